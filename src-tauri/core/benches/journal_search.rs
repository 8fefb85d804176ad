//! `cargo bench -p waymark-core --bench journal_search`: a plan with 12,000
//! reflections of about 150 words each (years of writing), searched the way a
//! student types. Prints median, min and max; asserts nothing about time.

mod common;

use std::time::Instant;

use common::report;
use waymark_core::plan::journal::{JournalQuery, ReflectionInput};
use waymark_core::Store;

const REFLECTIONS: usize = 12_000;
const WORDS: usize = 150;
const RUNS: usize = 25;

/// Everyday words, most common first; picked with a skew so some words are in
/// nearly every reflection and some in few (as in real writing).
const VOCABULARY: &[&str] = &[
    "i",
    "the",
    "and",
    "to",
    "a",
    "it",
    "was",
    "today",
    "felt",
    "my",
    "in",
    "of",
    "that",
    "with",
    "group",
    "session",
    "we",
    "talked",
    "about",
    "tutor",
    "learned",
    "how",
    "walk",
    "next",
    "time",
    "week",
    "try",
    "calm",
    "people",
    "course",
    "breathing",
    "notice",
    "worry",
    "friend",
    "kitchen",
    "garden",
    "music",
    "library",
    "bus",
    "morning",
    "evening",
    "confidence",
    "sleep",
    "money",
    "budget",
    "writing",
    "poem",
    "painting",
    "colours",
    "river",
    "park",
    "coffee",
    "tea",
    "listening",
    "sharing",
    "story",
    "plan",
    "goal",
    "small",
    "step",
    "proud",
    "tired",
    "hopeful",
    "nervous",
    "laughed",
    "Übung",
    "café",
    "naïve",
    "résumé",
    "volunteering",
    "interview",
    "cooking",
    "recipe",
    "soup",
    "bread",
    "walking",
    "group's",
    "quiet",
    "space",
    "break",
    "sunshine",
    "rain",
    "train",
];

/// A small, fixed pseudo-random sequence, so every run writes the same plan.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn reflection(rng: &mut Lcg) -> String {
    let mut words = Vec::with_capacity(WORDS);
    for _ in 0..WORDS {
        // Skewed towards the front of the list: min of two draws.
        let i = rng.next() % VOCABULARY.len();
        let j = rng.next() % VOCABULARY.len();
        words.push(VOCABULARY[i.min(j)]);
    }
    words.join(" ")
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open_in_dir(dir.path()).expect("create"));
    let path = dir.path().join(waymark_core::DB_FILE_NAME);

    // Write the plan in one transaction through the same triggers the app uses.
    let mut rng = Lcg(7);
    let start = Instant::now();
    {
        let mut conn = rusqlite::Connection::open(&path).expect("open");
        let tx = conn.transaction().expect("tx");
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO reflection (id, written_on, body, shareable, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                )
                .expect("prepare");
            let first = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
            for n in 0..REFLECTIONS {
                let day = first + chrono::Days::new((n / 4) as u64);
                insert
                    .execute(rusqlite::params![
                        format!("r{n:05}"),
                        day.format("%Y-%m-%d").to_string(),
                        reflection(&mut rng),
                        n % 3 == 0,
                        format!("{day}T10:00:00Z"),
                    ])
                    .expect("insert");
            }
        }
        tx.commit().expect("commit");
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0)
        + std::fs::metadata(path.with_extension("sqlite3-wal"))
            .map(|m| m.len())
            .unwrap_or(0);
    println!(
        "plan: {REFLECTIONS} reflections x {WORDS} words, written in {:.1} s, {:.1} MB on disk",
        start.elapsed().as_secs_f64(),
        size as f64 / 1_048_576.0
    );

    let start = Instant::now();
    let store = Store::open_in_dir(dir.path()).expect("open");
    println!(
        "open the plan (health check, migrations): {:.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    println!(
        "search index rows: {}",
        store.search_index_size().expect("size")
    );

    let cases: &[(&str, &str)] = &[
        ("common word (in nearly every reflection)", "today"),
        ("rarer word", "volunteering"),
        ("two words", "walk river"),
        ("accent folded (\"ubung\" finds \"Übung\")", "ubung"),
        ("two-letter prefix while typing", "ca"),
        ("no match", "zebra"),
    ];
    for (name, text) in cases {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..RUNS {
            let start = Instant::now();
            let page = store.search(text, 0).expect("search");
            times.push(start.elapsed());
            total = page.total;
        }
        report(&format!("search first page: {name} [{total} found]"), times);
    }

    let mut times = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let page = store
            .journal(&JournalQuery {
                limit: Some(50),
                ..JournalQuery::default()
            })
            .expect("journal");
        times.push(start.elapsed());
        assert_eq!(page.reflections.len(), 50);
    }
    report("journal first page (50 newest)", times);

    // Autosave while typing: one edit of a reflection, with its index row.
    let mut times = Vec::new();
    let id = "r06000";
    let mut body = store.reflection(id).expect("one").body;
    for n in 0..RUNS {
        body.push_str(&format!(" more{n}"));
        let input = ReflectionInput {
            written_on: "2024-02-10".into(),
            body: body.clone(),
            ..Default::default()
        };
        let start = Instant::now();
        store.update_reflection(id, &input).expect("update");
        times.push(start.elapsed());
    }
    report("autosave one reflection (commit, FULL sync)", times);
}
