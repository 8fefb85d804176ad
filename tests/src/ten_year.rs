//! A ten-year plan, written through the core's public API (so every row is as
//! the app would write it), deterministic from a seed: 150 goals with 900 steps,
//! a 600-course prospectus with 300 chosen courses and 4,000 sessions marked,
//! 12,000 reflections of about 150 words (English and German, some accents and
//! emoji), 80 finished reviews rating every life area, 40 of them check-ins
//! with a tutor's suggestions, and 30 shares in the share log. Also a plan of
//! one term ([`ONE_TERM`]). For benchmarks; tests use small plans.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use waymark_core::plan::courses::{AttendanceState, CourseChoice, CourseRecord};
use waymark_core::plan::journal::ReflectionInput;
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::{GoalInput, GoalStatus, Store};

use crate::Result;

pub const GOALS: usize = 150;
pub const STEPS_PER_GOAL: usize = 6;
pub const PROSPECTUS: usize = 600;
pub const CHOSEN: usize = 300;
pub const SESSIONS: usize = 4_000;
pub const REFLECTIONS: usize = 12_000;
pub const WORDS: usize = 150;
pub const REVIEWS: usize = 80;
pub const CHECK_INS: usize = 40;
pub const SHARES: usize = 30;

/// How much a plan holds.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub name: &'static str,
    pub goals: usize,
    pub steps_per_goal: usize,
    pub prospectus: usize,
    pub chosen: usize,
    pub sessions: usize,
    pub reflections: usize,
    pub words: usize,
    pub reviews: usize,
    pub check_ins: usize,
    pub shares: usize,
}

/// Ten years of a student's plan.
pub const TEN_YEARS: Size = Size {
    name: "ten-years",
    goals: GOALS,
    steps_per_goal: STEPS_PER_GOAL,
    prospectus: PROSPECTUS,
    chosen: CHOSEN,
    sessions: SESSIONS,
    reflections: REFLECTIONS,
    words: WORDS,
    reviews: REVIEWS,
    check_ins: CHECK_INS,
    shares: SHARES,
};

/// One term: a new student's plan after twelve weeks.
pub const ONE_TERM: Size = Size {
    name: "one-term",
    goals: 5,
    steps_per_goal: 5,
    prospectus: 60,
    chosen: 4,
    sessions: 40,
    reflections: 36,
    words: WORDS,
    reviews: 2,
    check_ins: 1,
    shares: 2,
};

impl Size {
    /// One line saying what the plan holds.
    pub fn describe(&self) -> String {
        format!(
            "{} goals with {} steps, a {}-course prospectus with {} chosen courses and {} sessions marked, \
             {} reflections of about {} words, {} reviews rating 9 life areas ({} check-ins), {} shares",
            self.goals,
            self.goals * self.steps_per_goal,
            self.prospectus,
            self.chosen,
            self.sessions,
            self.reflections,
            self.words,
            self.reviews,
            self.check_ins,
            self.shares
        )
    }
}

/// What was written, and how long it took.
#[derive(Debug)]
pub struct Written {
    pub took: Duration,
    pub bytes: u64,
}

/// A small, fixed pseudo-random sequence, so a seed always writes the same plan.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn draw(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        // Skewed to the front of the list, as everyday words are.
        let (i, j) = (self.draw() % words.len(), self.draw() % words.len());
        words[i.min(j)]
    }
}

const ENGLISH: &[&str] = &[
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
    "café",
    "naïve",
    "volunteering",
    "sister",
    "neighbour",
];
const GERMAN: &[&str] = &[
    "ich",
    "und",
    "die",
    "der",
    "heute",
    "war",
    "gut",
    "Übung",
    "ruhig",
    "Gruppe",
    "Spaziergang",
    "Kurs",
    "Freundin",
    "Küche",
    "Garten",
    "Musik",
    "Schritt",
    "stolz",
    "müde",
    "Frühstück",
    "Gespräch",
    "größer",
    "schön",
    "Straße",
    "Mut",
    "weiter",
];
const EMOJI: &[&str] = &["🙂", "🌱", "☕", "🎨", "🚶", "✨"];
const AREAS: &[&str] = &[
    "learning",
    "work",
    "relationships",
    "home",
    "money",
    "creativity",
    "community",
    "looking_after_me",
    "hopes",
];

fn words(rng: &mut Lcg, n: usize) -> String {
    let german = rng.draw().is_multiple_of(4);
    let mut out = Vec::with_capacity(n + 1);
    for _ in 0..n {
        out.push(rng.pick(if german { GERMAN } else { ENGLISH }));
    }
    if rng.draw().is_multiple_of(5) {
        out.push(EMOJI[rng.draw() % EMOJI.len()]);
    }
    out.join(" ")
}

fn day(first: NaiveDate, n: usize) -> String {
    (first + Days::new(n as u64)).format("%Y-%m-%d").to_string()
}

/// Writes the ten-year plan into `dir` (a new, empty plan folder).
pub fn write_plan(dir: &Path, seed: u64) -> Result<Written> {
    write_sized(dir, seed, &TEN_YEARS)
}

/// The plan of `size` in `dir`, written once and kept under `target/bench-data`
/// for later runs (the same seed always writes the same plan). Benchmarks that
/// write copy it first.
pub fn cached(size: &Size, seed: u64) -> Result<std::path::PathBuf> {
    let dir = crate::workspace_root()
        .join("target/bench-data")
        .join(format!(
            "{}-{seed}-v{}",
            size.name,
            waymark_core::SCHEMA_VERSION
        ));
    if dir.join("complete").exists() {
        return Ok(dir);
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let written = write_sized(&dir, seed, size)?;
    eprintln!(
        "wrote the {} plan in {:.1} s ({:.1} MB), kept in {}",
        size.name,
        written.took.as_secs_f64(),
        written.bytes as f64 / 1e6,
        dir.display()
    );
    std::fs::write(dir.join("complete"), size.describe())?;
    Ok(dir)
}

/// Copies a plan folder's SQLite file (after a checkpoint) into `to`.
pub fn copy_plan(from: &Path, to: &Path) -> Result<()> {
    let file = waymark_core::DB_FILE_NAME;
    let conn = rusqlite::Connection::open(from.join(file))?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    drop(conn);
    std::fs::copy(from.join(file), to.join(file))?;
    Ok(())
}

/// A plan of `size` in `dir`, deterministic from `seed`.
pub fn write_sized(dir: &Path, seed: u64, size: &Size) -> Result<Written> {
    let start = Instant::now();
    let mut rng = Lcg::new(seed);
    let store = Store::open_in_dir(dir)?;
    let first = NaiveDate::from_ymd_opt(2016, 9, 1).ok_or("date")?;

    // Goals and their steps; some achieved, resting or let go over the years.
    let mut goals = Vec::with_capacity(size.goals);
    for g in 0..size.goals {
        let goal = store.create_goal(&GoalInput {
            title: format!("Goal {g}: {}", words(&mut rng, 5)),
            why: words(&mut rng, 20),
            life_area: AREAS[g % AREAS.len()].into(),
            target_date: Some(day(first, 300 + g * 20)),
        })?;
        let mut last = goal.clone();
        for s in 0..size.steps_per_goal {
            last = store.add_step(&goal.id, &format!("Step {s}: {}", words(&mut rng, 6)))?;
        }
        for step in last.steps.iter().take(size.steps_per_goal * 3 / 5) {
            store.set_step_done(&step.id, true)?;
        }
        match g % 10 {
            0..=3 => {
                store.set_goal_status(&goal.id, GoalStatus::Achieved)?;
            }
            4 => {
                store.set_goal_status(&goal.id, GoalStatus::Paused)?;
            }
            5 => {
                store.set_goal_status(&goal.id, GoalStatus::LetGo)?;
            }
            _ => {}
        }
        goals.push(goal.id);
    }

    // The prospectus, a term at a time, and the courses chosen from it.
    let seasons = ["Autumn", "Spring", "Summer"];
    let records: Vec<CourseRecord> = (0..size.prospectus)
        .map(|c| {
            let term = c * 30 / size.prospectus;
            CourseRecord {
                code: Some(format!("RC{c:04}")),
                title: format!("Course {c}: {}", words(&mut rng, 3)),
                description: words(&mut rng, 30),
                category: ["Wellbeing", "Life skills", "Creative", "Understanding"][c % 4].into(),
                start_date: Some(day(first, term * 122)),
                sessions: Some(12),
                session_times: "Tuesdays 10:00 to 12:00".into(),
                term: format!("{} {}", seasons[term % 3], 2016 + term / 3),
                ..CourseRecord::default()
            }
        })
        .collect();
    store.import_prospectus(&records)?;
    let courses = store.courses(
        &waymark_core::plan::courses::CourseQuery::default(),
        size.prospectus,
    )?;
    let chosen: Vec<_> = courses.iter().step_by(2).take(size.chosen).collect();
    for (n, course) in chosen.iter().enumerate() {
        let choice = match n % 10 {
            0..=6 => CourseChoice::Completed,
            7 => CourseChoice::Withdrawn,
            8 => CourseChoice::Attending,
            _ => CourseChoice::Interested,
        };
        store.set_course_choice(&course.id, Some(choice))?;
        if n % 3 == 0 {
            store.link_course(&goals[n % size.goals], &course.id, "It helps with this")?;
        }
    }
    for s in 0..size.sessions {
        let course = chosen[s % size.chosen];
        let start = course.details.start_date.as_deref().unwrap_or("2016-09-01");
        let start = NaiveDate::parse_from_str(start, "%Y-%m-%d")?;
        let week = (s / size.chosen) as u64;
        let state = if s % 7 == 0 {
            AttendanceState::Missed
        } else {
            AttendanceState::Attended
        };
        let on = (start + Days::new(week * 7)).format("%Y-%m-%d").to_string();
        store.record_attendance(&course.id, &on, state, "")?;
    }

    // Twelve thousand reflections, a few a day over ten years.
    for r in 0..size.reflections {
        store.create_reflection(&ReflectionInput {
            written_on: day(first, r * 3650 / size.reflections),
            body: words(&mut rng, size.words),
            feeling: Some((r % 5) as i32 + 1),
            shareable: r % 3 == 0,
            goal_id: (r % 4 == 0).then(|| goals[r % size.goals].clone()),
            ..ReflectionInput::default()
        })?;
    }

    // Eighty reviews, every six weeks or so; every other one a check-in.
    for v in 0..size.reviews {
        let check_in = v % 2 == 0 && v / 2 < size.check_ins;
        let review = store.start_review(check_in)?.review.id;
        for (a, area) in AREAS.iter().enumerate() {
            let rating = 1 + (v / 10 + a + rng.draw() % 3) % 10;
            store.rate_area(&review, area, Some(rating as i32))?;
        }
        for g in 0..5 {
            let goal = &goals[(v * 5 + g) % size.goals];
            let attainment = (rng.draw() % 5) as i32 - 2;
            store.review_goal(
                &review,
                goal,
                &words(&mut rng, 12),
                Some(attainment),
                Some("keep"),
            )?;
        }
        store.save_review(
            &review,
            &ReviewInput {
                check_in,
                tutor_name: if check_in {
                    "Sam".into()
                } else {
                    String::new()
                },
                talked_about: words(&mut rng, 15),
                went_well: words(&mut rng, 15),
                whats_next: words(&mut rng, 10),
                next_review_on: Some(day(first, (v + 1) * 45)),
            },
        )?;
        if check_in {
            let detail = store.add_suggestion(&review, &words(&mut rng, 6))?;
            store.add_suggestion(&review, &words(&mut rng, 6))?;
            store.take_on_suggestion(&detail.suggestions[0].id, Some(&goals[v % size.goals]))?;
        }
        store.complete_review(&review)?;
    }

    // Shares with a tutor over the years, in the share log.
    let usb = tempfile::tempdir()?;
    for n in 0..size.shares {
        let format = [
            waymark_core::export::save::ExportFormat::Html,
            waymark_core::export::save::ExportFormat::Waymark,
        ][n % 2];
        let choice = waymark_core::share::choice::ShareChoice {
            reviews: n % 3 != 0,
            ..Default::default()
        };
        let file = usb.path().join(format!("share-{n}.{}", format.extension()));
        store.export_to(format, &choice, "Sam", &file, "en-GB", "bench", None)?;
    }
    drop(store);
    let bytes = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok()?.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    Ok(Written {
        took: start.elapsed(),
        bytes,
    })
}
