//! `cargo bench -p waymark-core --bench prospectus_import`: reading and
//! importing a 2,000-course prospectus into a real plan file, and typing a
//! search in the catalogue over it. Prints median, min and max; asserts nothing
//! about time (benchmarks report, tests decide).

mod common;

use std::time::Instant;

use common::report;

use waymark_core::files::prospectus::parse;
use waymark_core::plan::courses::CourseQuery;
use waymark_core::Store;

const RUNS: usize = 15;

fn prospectus(courses: usize) -> String {
    let mut csv = String::from(
        "Code;Title;Description;Category;What you will learn;Delivery;Venue;Start date;Sessions;Session times;Term;Tutors\n",
    );
    let topics = [
        "anxiety",
        "confidence",
        "money",
        "writing",
        "peer support",
        "sleep",
        "cooking",
        "walking",
    ];
    for i in 0..courses {
        let topic = topics[i % topics.len()];
        csv.push_str(&format!(
            "C{i:05};Understanding {topic} {i};\"A gentle course about {topic}.\nIn small steps, together.\";Theme {};\
             \"What {topic} is; small things that help\";{};Library room {};{:02}/{:02}/2027;{};Tuesdays 10:00;Term {};Sam Reid, Priya Shah\n",
            i % 12,
            ["In person", "Online", "Both"][i % 3],
            i % 9,
            1 + i % 28,
            1 + i % 12,
            1 + i % 10,
            i % 3
        ));
    }
    csv
}

fn main() {
    let csv = prospectus(2_000);
    println!("prospectus: 2,000 courses, {} KB of CSV", csv.len() / 1024);

    let mut parse_times = Vec::new();
    let mut import_times = Vec::new();
    let mut reimport_times = Vec::new();
    let mut search_times = Vec::new();
    for _ in 0..RUNS {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open_in_dir(dir.path()).expect("open");

        let start = Instant::now();
        let preview = parse(csv.as_bytes(), Some("p.csv")).expect("parse");
        parse_times.push(start.elapsed());
        assert_eq!(preview.courses.len(), 2_000);

        let start = Instant::now();
        let summary = store.import_prospectus(&preview.courses).expect("import");
        import_times.push(start.elapsed());
        assert_eq!(summary.added, 2_000);

        let start = Instant::now();
        let summary = store
            .import_prospectus(&preview.courses)
            .expect("re-import");
        reimport_times.push(start.elapsed());
        assert_eq!(summary.unchanged, 2_000);

        // Typing "peer" one letter at a time: each keystroke is one query.
        for typed in ["p", "pe", "pee", "peer"] {
            let start = Instant::now();
            let found = store
                .courses(
                    &CourseQuery {
                        text: typed.into(),
                        ..Default::default()
                    },
                    200,
                )
                .expect("search");
            search_times.push(start.elapsed());
            assert!(!found.is_empty());
        }
    }
    report("parse 2,000-course CSV", parse_times);
    report(
        "import 2,000 new courses (one commit, FULL sync)",
        import_times,
    );
    report("re-import the same 2,000 (all unchanged)", reimport_times);
    report("catalogue search per keystroke (first 200)", search_times);
}
