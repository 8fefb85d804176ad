//! What the fuzz targets (`fuzz/`) run on each input, and the ordinary test
//! command replays on every file in `fuzz/regressions/`: read a file from
//! outside as Waymark does, and when it is accepted, do with it all a student
//! or tutor would (receive it, show it, export it in every format and
//! language). Each function panics when Waymark breaks a promise:
//! - nothing panics (a renderer or a parser that is not total);
//! - a refusal's developer text is short, so no file's words ride along;
//! - a refused file changes nothing in the plan;
//! - what is accepted can be shown and exported afterwards.
//!
//! Built only with the `fuzzing` feature: never part of what students install.

use crate::error::{Error, ErrorCode};
use crate::export::save::ExportFormat;
use crate::export::words::Words;
use crate::files::feedback_file::FeedbackFile;
use crate::files::plan_file::{PlanFile, Section};
use crate::share::choice::ShareChoice;
use crate::share::feedback::FeedbackDecision;
use crate::store::connection::Store;

/// The longest developer text an error may carry.
const MESSAGE_MAX: usize = 200;

fn quiet(error: &Error) {
    let text = error.to_string();
    assert!(
        text.len() <= MESSAGE_MAX,
        "an error of {} bytes: {}",
        text.len(),
        text.chars().take(300).collect::<String>()
    );
}

fn store() -> Store {
    Store::open_in_memory().expect("an empty plan opens")
}

/// Everything a tutor does with a shared plan: both packs, both languages.
fn show(file: &PlanFile) {
    for language in ["en-GB", "de"] {
        let words = Words::new(language);
        let html = crate::export::html::html(&file.plan, &words, &file.exported_at, "fuzz");
        assert!(html.ends_with("</html>\n"));
        crate::export::pdf::pdf(&file.plan, &words, &file.exported_at, "fuzz")
            .expect("the PDF is made");
    }
    // Tutor review mode refuses a private move file, and nothing else.
    let Ok(opened) = file.clone().opened("fuzz.waymark") else {
        assert!(file.everything.is_some() || file.sections.contains(&Section::Everything));
        return;
    };
    for goal in opened.plan.goals.iter().flatten() {
        assert!(opened
            .target(crate::files::feedback_file::TargetKind::Goal, &goal.id)
            .is_some());
    }
}

/// Every export of a plan, in both languages.
fn export_all(store: &Store) {
    for format in [
        ExportFormat::Html,
        ExportFormat::Pdf,
        ExportFormat::Waymark,
        ExportFormat::Everything,
    ] {
        for language in ["en-GB", "de"] {
            store
                .export(format, &ShareChoice::default(), language, "fuzz")
                .expect("an accepted plan exports");
        }
    }
    // And what Waymark writes, Waymark reads.
    let again = store
        .export(
            ExportFormat::Everything,
            &ShareChoice::default(),
            "en-GB",
            "fuzz",
        )
        .expect("exports");
    PlanFile::parse(&again).expect("Waymark reads what it writes");
}

/// A plan file someone shared, opened in tutor review mode.
pub fn plan_file(data: &[u8]) {
    match PlanFile::parse(data) {
        Ok(file) => {
            show(&file);
            // A plan set against itself never shows a change (a tutor's
            // "what changed" never invents one).
            let changes = crate::tutor::changes::plan_changes(&file, &file);
            assert!(changes.is_empty(), "{changes:?}");
        }
        Err(error) => quiet(&error),
    }
}

/// A tutor's phrases file: refused quietly, changing nothing, or brought in
/// whole; what Waymark then writes, it reads back the same.
pub fn phrases_file(data: &[u8]) {
    use crate::tutor::phrases::PhrasesFile;
    let store = store();
    match PhrasesFile::parse(data) {
        Ok(file) => {
            let brought = store.bring_in_phrases(&file).expect("brought in");
            assert_eq!(
                (brought.added + brought.already) as usize,
                file.phrases.len()
            );
            let again = store.phrases_file("fuzz").expect("written");
            let bytes = again.to_json().expect("json");
            let read = PhrasesFile::parse(&bytes).expect("Waymark reads what it writes");
            assert_eq!(read.phrases, again.phrases);
        }
        Err(error) => {
            quiet(&error);
            assert!(store.phrases().expect("phrases").is_empty());
        }
    }
}

/// The passphrase the sealed seeds are sealed with.
pub const SEALED_WORDS: &str = "apple river candle";

/// A sealed file someone chose, opened with the agreed passphrase: either it
/// is refused with a short, quiet error, or what is inside is read as a plan
/// file would be (and shown).
pub fn sealed_file(data: &[u8]) {
    let passphrase = crate::files::sealed::Passphrase::typed(SEALED_WORDS).expect("words");
    match crate::files::sealed::unseal(
        data.to_vec(),
        Some(&passphrase),
        crate::FileKind::Plan,
        crate::files::plan_file::FILE_MAX,
    ) {
        Ok(opened) => plan_file(opened.bytes()),
        Err(error) => quiet(&error),
    }
}

/// A whole plan, moved into an empty Waymark.
pub fn everything_file(data: &[u8]) {
    let file = match PlanFile::parse(data) {
        Ok(file) => file,
        Err(error) => return quiet(&error),
    };
    let mut store = store();
    let before = tables(&store);
    match store.import_everything(&file) {
        Ok(()) => {
            store
                .home(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day"))
                .expect("home");
            store.goals().expect("goals");
            export_all(&store);
        }
        Err(error) => {
            quiet(&error);
            assert_eq!(before, tables(&store), "a refused file changed the plan");
        }
    }
}

/// Every table of the plan, as JSON text.
fn tables(store: &Store) -> String {
    let bytes = store
        .export(
            ExportFormat::Everything,
            &ShareChoice::default(),
            "en-GB",
            "fuzz",
        )
        .expect("exports");
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
    value["everything"]["tables"].to_string()
}

/// A tutor's feedback, received by the plan it names, and decided on.
pub fn feedback_file(data: &[u8]) {
    let mut file = match FeedbackFile::parse(data) {
        Ok(file) => file,
        Err(error) => return quiet(&error),
    };
    let store = store();
    let goal = store
        .create_goal(&crate::GoalInput {
            title: "A goal".into(),
            why: String::new(),
            life_area: "learning".into(),
            target_date: None,
        })
        .expect("goal");
    file.plan_id = store.plan_id().expect("id");
    let received = match store.receive_feedback(&file) {
        Ok(received) => received,
        Err(error) => {
            quiet(&error);
            assert_ne!(error.code(), ErrorCode::Internal);
            return;
        }
    };
    for item in &received.items {
        if let Err(error) = store.decide_feedback(&item.id, FeedbackDecision::Taken, Some(&goal.id))
        {
            // Only a step for a goal that is not there may be refused.
            quiet(&error);
            assert_eq!(error.code(), ErrorCode::Invalid, "{error:?}");
        }
    }
    store.feedback_received().expect("the list of feedback");
    export_all(&store);
}

/// A prospectus (CSV or JSON, as `name` says), previewed and imported.
pub fn prospectus(data: &[u8], name: &str) {
    let preview = match crate::files::prospectus::parse(data, Some(name)) {
        Ok(preview) => preview,
        Err(error) => {
            assert!(error.to_string().len() <= MESSAGE_MAX);
            return;
        }
    };
    serde_json::to_string(&preview).expect("the preview crosses IPC");
    let store = store();
    store
        .import_prospectus(&preview.courses)
        .expect("what the preview shows can be imported");
    store
        .courses(&crate::plan::courses::CourseQuery::default(), 100_000)
        .expect("courses");
    store.course_facets().expect("facets");
    export_all(&store);
}
