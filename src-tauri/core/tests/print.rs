//! "Print my plan": a large-print PDF of the student's own plan, checked with
//! independent tools: `qpdf --check`, `pdfinfo` (tagged), `pdftotext` (exactly
//! the chosen parts; a private reflection only when ticked) and the size of
//! every word on the page (`pdftotext -bbox`: nothing under 14 pt), in
//! English and German.

mod common;

use std::path::Path;
use std::process::Command;

use waymark_core::export::print::PrintChoice;
use waymark_core::export::words::Words;
use waymark_core::plan::courses::{CourseChoice, CourseRecord};
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::Store;

const SHAREABLE: &str = "We walked by the heron pond and I felt steady";
const PRIVATE: &str = "A private thought about the quiet kingfisher";

fn plan() -> (tempfile::TempDir, Store) {
    let (dir, store) = common::plan();
    store
        .save_about_me(&AboutMe {
            preferred_name: "Robin".into(),
            strengths: "Listening and sticking with things".into(),
            ..AboutMe::default()
        })
        .expect("about me");
    let goal = common::goal_id(&store, "Walk by the river with a group");
    store
        .add_step(&goal, "Buy comfortable shoes")
        .expect("step");
    let course = store
        .add_own_course(&CourseRecord {
            title: "Walking for wellbeing".into(),
            start_date: Some("2026-10-10".into()),
            ..CourseRecord::default()
        })
        .expect("course");
    store
        .set_course_choice(&course.id, Some(CourseChoice::Attending))
        .expect("choose");
    for (body, shareable) in [(SHAREABLE, true), (PRIVATE, false)] {
        store
            .create_reflection(&ReflectionInput {
                written_on: "2026-11-20".into(),
                body: body.into(),
                shareable,
                ..ReflectionInput::default()
            })
            .expect("reflection");
    }
    (dir, store)
}

/// The PDF checked by qpdf and pdfinfo, and its text (pdftotext), with the
/// smallest height of a word on its pages, in points.
fn read(pdf: &[u8]) -> (String, f64) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, pdf).expect("write");
    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .expect("qpdf runs");
    assert!(
        qpdf.status.success(),
        "{}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
    let info = run("pdfinfo", &path, &[]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.trim_end().ends_with(" yes")),
        "{info}"
    );
    let text = run("pdftotext", &path, &["-"]);
    let boxes = run("pdftotext", &path, &["-bbox", "-"]);
    let smallest = boxes
        .lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| attr(l, "yMax") - attr(l, "yMin"))
        .fold(f64::INFINITY, f64::min);
    (
        text.split_whitespace().collect::<Vec<_>>().join(" "),
        smallest,
    )
}

fn run(tool: &str, path: &Path, args: &[&str]) -> String {
    let mut command = Command::new(tool);
    if tool == "pdftotext" {
        command.args(args.iter().filter(|a| a.starts_with('-') && **a != "-"));
        command.arg(path).arg("-");
    } else {
        command.arg(path);
    }
    let out = command
        .output()
        .unwrap_or_else(|_| panic!("{tool} runs (poppler-utils)"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// How far down its page `word` first stands, in points.
fn top_of(pdf: &[u8], word: &str) -> f64 {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, pdf).expect("write");
    let boxes = run("pdftotext", &path, &["-bbox", "-"]);
    let line = boxes
        .lines()
        .find(|l| l.contains(&format!(">{word}</word>")))
        .unwrap_or_else(|| panic!("{word} is not on a page"));
    attr(line, "yMin")
}

fn attr(line: &str, name: &str) -> f64 {
    let at = line.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
    line[at..]
        .split('"')
        .next()
        .expect("value")
        .parse()
        .expect("number")
}

fn everything() -> PrintChoice {
    PrintChoice {
        about_me: true,
        goals: true,
        courses: true,
        reviews: true,
        reflections: true,
        private_reflections: false,
    }
}

#[test]
fn my_plan_prints_large_with_exactly_the_parts_i_chose() {
    let (_dir, store) = plan();
    let words = Words::new("en-GB");
    let (text, smallest) = read(
        &store
            .print_plan(everything(), &words, "2026-12-03", "test")
            .expect("print"),
    );
    assert!(text.contains("Robin's learning plan"), "{text}");
    assert!(text.contains("Printed on 3 December 2026"), "{text}");
    assert!(
        text.contains("Walk by the river with a group") && text.contains("Buy comfortable shoes")
    );
    assert!(text.contains("Walking for wellbeing"));
    assert!(text.contains("Listening and sticking with things"));
    assert!(
        text.contains("My journal") && text.contains(SHAREABLE),
        "{text}"
    );
    assert!(
        !text.contains(PRIVATE),
        "a private reflection only when ticked"
    );
    assert!(!text.contains("Reflections shared with you") && !text.contains("never in a pack"));
    // Every word on every page is at least 14 pt (a word's box is about
    // 1.16 times its size in DejaVu Sans).
    assert!(
        smallest >= 14.0 * 1.1,
        "the smallest word is {smallest:.1} pt high"
    );

    // Only my goals.
    let only_goals = PrintChoice {
        goals: true,
        ..PrintChoice::default()
    };
    let (text, _) = read(
        &store
            .print_plan(only_goals, &words, "2026-12-03", "test")
            .expect("print"),
    );
    assert!(text.contains("Buy comfortable shoes"));
    for absent in [
        "Walking for wellbeing",
        "Listening and sticking",
        SHAREABLE,
        PRIVATE,
        "My journal",
    ] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
}

#[test]
fn private_reflections_are_printed_only_when_ticked() {
    let (_dir, store) = plan();
    let words = Words::new("en-GB");
    let with_private = PrintChoice {
        private_reflections: true,
        ..everything()
    };
    let (text, _) = read(
        &store
            .print_plan(with_private, &words, "2026-12-03", "test")
            .expect("print"),
    );
    assert!(text.contains(PRIVATE) && text.contains(SHAREABLE), "{text}");
    // The private ones alone.
    let private_only = PrintChoice {
        private_reflections: true,
        ..PrintChoice::default()
    };
    let (text, _) = read(
        &store
            .print_plan(private_only, &words, "2026-12-03", "test")
            .expect("print"),
    );
    assert!(
        text.contains(PRIVATE) && !text.contains(SHAREABLE),
        "{text}"
    );
}

#[test]
fn in_german_and_with_easy_reading_it_is_still_large_and_tagged() {
    let (_dir, store) = plan();
    let mut settings = store.display_settings().expect("settings");
    settings.easy_reading = true;
    store
        .set_display_settings(settings.clone())
        .expect("easy reading");
    let words = Words::new("de");
    let pdf = store
        .print_plan(everything(), &words, "2026-12-03", "test")
        .expect("print");
    let (text, smallest) = read(&pdf);
    assert!(text.contains("Lernplan von Robin"), "{text}");
    assert!(
        text.contains("Gedruckt am 3. Dezember 2026") && text.contains("Mein Tagebuch"),
        "{text}"
    );
    assert!(smallest >= 14.0 * 1.1, "{smallest:.1}");
    // Easy reading spaces the lines further apart: the same words stand
    // lower on the page than without it.
    settings.easy_reading = false;
    store
        .set_display_settings(settings.clone())
        .expect("standard");
    let standard = store
        .print_plan(everything(), &words, "2026-12-03", "test")
        .expect("print");
    let words_of = |pdf: &[u8]| {
        let (text, _) = read(pdf);
        let mut words: Vec<String> = text.split(' ').map(String::from).collect();
        words.sort();
        words
    };
    assert_eq!(
        words_of(&pdf),
        words_of(&standard),
        "the same words (on other pages)"
    );
    let easy = top_of(&pdf, "Listening");
    let plain = top_of(&standard, "Listening");
    assert!(
        easy > plain + 20.0,
        "easy reading {easy:.0} pt down, standard {plain:.0} pt"
    );
}

#[test]
fn the_tutor_pack_keeps_its_own_size_and_words() {
    // The pack is not large print: its page header stays small, so the
    // size check above can tell the two apart.
    let (_dir, store) = plan();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("pack.pdf");
    store
        .export_to(
            waymark_core::export::save::ExportFormat::Pdf,
            &Default::default(),
            "Alex",
            &path,
            "en-GB",
            "test",
            None,
        )
        .expect("pack");
    let (text, smallest) = read(&std::fs::read(&path).expect("read"));
    assert!(smallest < 14.0, "{smallest:.1}");
    assert!(text.contains("never in a pack") && !text.contains(PRIVATE));
}
