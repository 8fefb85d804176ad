//! Files that travel, sealed with a passphrase, on real plans and real
//! files: each kind round-trips; a wrong passphrase, a changed or cut file, a
//! file asking for too much work, a sealed file inside a sealed one and one of
//! the wrong kind are each refused for what they are, quickly, and change
//! nothing; the PDF with a password fails closed.

use std::time::{Duration, Instant};

use waymark_core::export::save::ExportFormat;
use waymark_core::files::feedback_file::{
    read_feedback_file, FeedbackFile, ItemKind, Target, TargetKind,
};
use waymark_core::files::plan_file::read_plan_file;
use waymark_core::files::sealed::{self, Passphrase, WORK_FACTOR_CAP};
use waymark_core::plan::journal::ReflectionInput;
use waymark_core::share::choice::ShareChoice;
use waymark_core::{Error, FileFault, FileKind, GoalInput, Store};

mod common;
use common::plan;

const WORDS: &str = "apple river candle";

fn passphrase(words: &str) -> Passphrase {
    Passphrase::typed(words).expect("a passphrase")
}

/// A small plan: a goal and a reflection the student may share.
fn sample(store: &Store) -> ShareChoice {
    store
        .create_goal(&GoalInput {
            title: "Swim a length".into(),
            why: "Ich möchte wieder schwimmen 🏊".into(),
            life_area: "learning".into(),
            target_date: None,
        })
        .expect("goal");
    let reflection = store
        .create_reflection(&ReflectionInput {
            written_on: "2026-11-20".into(),
            body: "مرحبا: the pool was loud.".into(),
            shareable: true,
            ..ReflectionInput::default()
        })
        .expect("reflection")
        .id;
    ShareChoice {
        reflections: vec![reflection],
        ..ShareChoice::default()
    }
}

/// `format` saved sealed with `WORDS` into `dir`.
fn saved(
    store: &Store,
    choice: &ShareChoice,
    format: ExportFormat,
    dir: &std::path::Path,
) -> std::path::PathBuf {
    let path = dir.join(format.suggested_name("Sam", "2026-12-02"));
    store
        .export_to(
            format,
            choice,
            "Alex",
            &path,
            "en-GB",
            "1.0.0",
            Some(&passphrase(WORDS)),
        )
        .expect("saved sealed");
    path
}

/// How long `f` took, and what it gave.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let out = f();
    (out, started.elapsed())
}

/// The fault of a refused file.
fn fault(error: &Error) -> Option<FileFault> {
    error.fault()
}

#[test]
fn a_plan_file_and_a_move_file_are_sealed_and_open_only_with_their_passphrase() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let usb = tempfile::tempdir().expect("usb");
    for format in [ExportFormat::Waymark, ExportFormat::Everything] {
        let path = saved(&store, &choice, format, usb.path());
        let bytes = std::fs::read(&path).expect("read");
        assert!(
            bytes.starts_with(sealed::SEALED_MAGIC),
            "{format:?} is sealed"
        );
        // Nothing the student wrote can be read in the sealed file.
        for words in ["Swim a length", "schwimmen", "pool was loud", "Sam"] {
            assert!(
                !bytes.windows(words.len()).any(|w| w == words.as_bytes()),
                "{format:?} shows {words:?}"
            );
        }
        let needed = read_plan_file(&path, None).expect_err("needs the passphrase");
        assert!(
            matches!(
                needed,
                Error::PassphraseNeeded {
                    file: FileKind::Plan
                }
            ),
            "{needed:?}"
        );
        let wrong =
            read_plan_file(&path, Some(&passphrase("apple river candles"))).expect_err("wrong");
        assert!(
            matches!(
                wrong,
                Error::WrongPassphrase {
                    file: FileKind::Plan
                }
            ),
            "{wrong:?}"
        );
        // Typed again with other capitals and spaces, it is the same passphrase.
        let file =
            read_plan_file(&path, Some(&passphrase("  Apple RIVER   candle "))).expect("opens");
        assert_eq!(
            file.plan.goals.as_ref().expect("goals")[0].title,
            "Swim a length"
        );
        assert_eq!(
            file.everything.is_some(),
            format == ExportFormat::Everything
        );
        // Refusals changed nothing: the file is as it was written.
        assert_eq!(std::fs::read(&path).expect("read"), bytes);
    }
}

#[test]
fn the_move_file_is_always_sealed_and_the_web_page_never() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let usb = tempfile::tempdir().expect("usb");
    let path = usb.path().join("everything.waymark-move");
    let unsealed = store
        .export_to(
            ExportFormat::Everything,
            &choice,
            "",
            &path,
            "en-GB",
            "1.0.0",
            None,
        )
        .expect_err("a move file needs a passphrase");
    assert_eq!(unsealed.field(), Some(waymark_core::Field::Passphrase));
    let page = usb.path().join("pack.html");
    let sealed_page = store
        .export_to(
            ExportFormat::Html,
            &choice,
            "",
            &page,
            "en-GB",
            "1.0.0",
            Some(&passphrase(WORDS)),
        )
        .expect_err("a web page cannot be sealed");
    assert_eq!(sealed_page.field(), Some(waymark_core::Field::Passphrase));
    // Neither left a file, nor anything in the share log.
    assert_eq!(std::fs::read_dir(usb.path()).expect("dir").count(), 0);
    assert!(store.share_log().expect("log").is_empty());
}

#[test]
fn an_unsealed_move_file_from_before_still_moves_in() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let usb = tempfile::tempdir().expect("usb");
    let path = usb.path().join("old.waymark-move");
    std::fs::write(
        &path,
        store
            .export(ExportFormat::Everything, &choice, "en-GB", "1.0.0")
            .expect("bytes"),
    )
    .expect("write");
    let (_d2, mut new_laptop) = plan();
    new_laptop
        .import_everything(&read_plan_file(&path, None).expect("reads, unsealed"))
        .expect("moves in");
    assert_eq!(
        new_laptop.counts().expect("counts"),
        store.counts().expect("counts")
    );
}

#[test]
fn a_sealed_move_file_moves_in_with_its_passphrase() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let usb = tempfile::tempdir().expect("usb");
    let path = saved(&store, &choice, ExportFormat::Everything, usb.path());
    let (_d2, mut new_laptop) = plan();
    let before = new_laptop.counts().expect("counts");
    // A wrong passphrase moves nothing in.
    assert!(read_plan_file(&path, Some(&passphrase("pear river candle"))).is_err());
    assert_eq!(new_laptop.counts().expect("counts"), before);
    new_laptop
        .import_everything(&read_plan_file(&path, Some(&passphrase(WORDS))).expect("opens"))
        .expect("moves in");
    assert_eq!(
        new_laptop.counts().expect("counts"),
        store.counts().expect("counts")
    );
}

#[test]
fn the_tutors_feedback_is_sealed_and_opens_only_with_its_passphrase() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let usb = tempfile::tempdir().expect("usb");
    let path = saved(&store, &choice, ExportFormat::Waymark, usb.path());
    let opened = read_plan_file(&path, Some(&passphrase(WORDS)))
        .expect("opens")
        .opened("sam.waymark")
        .expect("shared");
    let goal = opened.plan.goals.as_ref().expect("goals")[0].id.clone();
    let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0").expect("feedback");
    feedback
        .add(
            Target {
                kind: TargetKind::Goal,
                id: goal,
                reference: "Swim a length".into(),
            },
            ItemKind::Step,
            "Try the quiet session on Sundays",
        )
        .expect("step");
    let back = usb.path().join("feedback.waymark-feedback");
    let tutors = passphrase("Tisch Wolke Apfel");
    feedback.write_to(&back, Some(&tutors)).expect("sealed");
    let bytes = std::fs::read(&back).expect("read");
    assert!(sealed::is_sealed(&bytes));
    assert!(!bytes.windows(7).any(|w| w == b"Sundays"));
    let needed = read_feedback_file(&back, None).expect_err("needs it");
    assert!(
        matches!(
            needed,
            Error::PassphraseNeeded {
                file: FileKind::Feedback
            }
        ),
        "{needed:?}"
    );
    let wrong = read_feedback_file(&back, Some(&passphrase(WORDS))).expect_err("wrong");
    assert!(
        matches!(
            wrong,
            Error::WrongPassphrase {
                file: FileKind::Feedback
            }
        ),
        "{wrong:?}"
    );
    let read = read_feedback_file(&back, Some(&passphrase("tisch wolke apfel"))).expect("opens");
    assert_eq!(read, feedback);
    // The student takes the step on.
    store.receive_feedback(&read).expect("received");
}

/// A sealed plan file's bytes, at a small work factor (these tests are about
/// the file, not the work).
fn sealed_plan(store: &Store, choice: &ShareChoice) -> Vec<u8> {
    let json = store
        .export(ExportFormat::Waymark, choice, "en-GB", "1.0.0")
        .expect("json");
    sealed::seal_with(&json, &passphrase(WORDS), 10).expect("sealed")
}

/// Opens `bytes` as a plan file with `WORDS`, timed.
fn open(bytes: &[u8]) -> (Result<Vec<u8>, Error>, Duration) {
    timed(|| {
        sealed::unseal(
            bytes.to_vec(),
            Some(&passphrase(WORDS)),
            FileKind::Plan,
            64 << 20,
        )
        .map(|u| u.bytes().to_vec())
    })
}

#[test]
fn a_changed_or_cut_sealed_file_is_called_damaged_quickly() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let good = sealed_plan(&store, &choice);
    assert!(open(&good).0.is_ok());
    let header_end = good.windows(4).position(|w| w == b"\n---").expect("header") + 1;
    let mut cases: Vec<(&str, Vec<u8>)> = Vec::new();
    // A byte changed in the header's MAC, in the file key, in the payload.
    for (name, at) in [
        ("mac", header_end + 5),
        ("stanza body", header_end - 10),
        ("payload", good.len() - 20),
        ("nonce", header_end + 50),
    ] {
        let mut bad = good.clone();
        bad[at] ^= 0x01;
        cases.push((name, bad));
    }
    // Cut short in the header, just after it, in the payload; and a tail added.
    cases.push(("cut in the header", good[..header_end - 3].to_vec()));
    cases.push(("cut after the header", good[..header_end + 40].to_vec()));
    cases.push(("cut in the payload", good[..good.len() - 7].to_vec()));
    cases.push(("only the first line", sealed::SEALED_MAGIC.to_vec()));
    let mut tail = good.clone();
    tail.extend_from_slice(b"more");
    cases.push(("a tail added", tail));
    for (name, bytes) in cases {
        let (opened, took) = open(&bytes);
        let error = opened.expect_err(name);
        assert!(
            matches!(fault(&error), Some(FileFault::SealedDamaged))
                || matches!(error, Error::WrongPassphrase { .. }) && name == "stanza body",
            "{name}: {error:?}"
        );
        // Only the (small) legitimate key derivation, no more.
        assert!(took < Duration::from_secs(1), "{name} took {took:?}");
    }
}

#[test]
fn a_file_asking_for_too_much_work_is_refused_before_any_is_done() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let good = sealed_plan(&store, &choice);
    let text = String::from_utf8_lossy(&good).into_owned();
    let line_end =
        text[sealed::SEALED_MAGIC.len()..].find('\n').expect("line") + sealed::SEALED_MAGIC.len();
    for log_n in [WORK_FACTOR_CAP + 1, 30, 63] {
        let line = &text[..line_end];
        let changed = line
            .rsplit_once(' ')
            .map(|(head, _)| format!("{head} {log_n}"))
            .expect("arg");
        let mut bytes = changed.into_bytes();
        bytes.extend_from_slice(&good[line_end..]);
        let (opened, took) = open(&bytes);
        let error = opened.expect_err("too costly");
        assert_eq!(
            fault(&error),
            Some(FileFault::SealedTooCostly),
            "{log_n}: {error:?}"
        );
        assert!(took < Duration::from_millis(500), "{log_n} took {took:?}");
        // Without a passphrase too: it is refused before one is asked for.
        let asked = sealed::unseal(bytes, None, FileKind::Plan, 64 << 20)
            .err()
            .expect("refused");
        assert_eq!(fault(&asked), Some(FileFault::SealedTooCostly));
    }
}

#[test]
fn a_sealed_file_inside_a_sealed_file_and_one_of_the_wrong_kind_are_named() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let inner = sealed_plan(&store, &choice);
    let twice = sealed::seal_with(&inner, &passphrase(WORDS), 10).expect("sealed twice");
    let (opened, _) = open(&twice);
    assert_eq!(
        fault(&opened.expect_err("twice")),
        Some(FileFault::SealedTwice)
    );

    // A tutor's feedback sealed, opened where a plan was expected.
    let usb = tempfile::tempdir().expect("usb");
    let plan_path = saved(&store, &choice, ExportFormat::Waymark, usb.path());
    let opened = read_plan_file(&plan_path, Some(&passphrase(WORDS)))
        .expect("opens")
        .opened("sam.waymark")
        .expect("shared");
    let mut feedback = FeedbackFile::for_plan(&opened, "Alex", "1.0.0").expect("feedback");
    feedback
        .add(
            Target {
                kind: TargetKind::Goal,
                id: opened.plan.goals.as_ref().expect("goals")[0].id.clone(),
                reference: "Swim".into(),
            },
            ItemKind::Comment,
            "Well done",
        )
        .expect("comment");
    let feedback_path = usb.path().join("f.waymark-feedback");
    feedback
        .write_to(&feedback_path, Some(&passphrase(WORDS)))
        .expect("sealed");
    let error = read_plan_file(&feedback_path, Some(&passphrase(WORDS))).expect_err("wrong kind");
    assert_eq!(fault(&error), Some(FileFault::IsFeedback), "{error:?}");
    let error = read_feedback_file(&plan_path, Some(&passphrase(WORDS))).expect_err("wrong kind");
    assert_eq!(fault(&error), Some(FileFault::IsPlan), "{error:?}");
}

#[test]
fn huge_headers_and_files_sealed_with_a_key_are_refused_quickly() {
    // A header of ten million bytes of stanzas: no passphrase stanza.
    let mut huge = sealed::SEALED_MAGIC.to_vec();
    for i in 0..200_000 {
        huge.extend_from_slice(
            format!("-> X25519 stanza{i:06}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n").as_bytes(),
        );
        huge.extend_from_slice(b"\n");
    }
    huge.extend_from_slice(b"--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
    let (opened, took) = open(&huge);
    let error = opened.expect_err("refused");
    assert!(
        matches!(
            fault(&error),
            Some(FileFault::SealedDamaged | FileFault::SealedWithKey)
        ),
        "{error:?}"
    );
    assert!(took < Duration::from_secs(1), "took {took:?}");

    // One endless header line.
    let mut line = sealed::SEALED_MAGIC.to_vec();
    line.extend(std::iter::repeat_n(b'a', 8 << 20));
    let (opened, took) = open(&line);
    assert_eq!(
        fault(&opened.expect_err("refused")),
        Some(FileFault::SealedDamaged)
    );
    assert!(took < Duration::from_secs(1), "took {took:?}");

    // Sealed for a key (the age tool's recipients), not with a passphrase.
    let key = age::x25519::Identity::generate();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&key.to_public() as &dyn age::Recipient))
            .expect("encryptor");
    let mut bytes = Vec::new();
    let mut writer = encryptor.wrap_output(&mut bytes).expect("writer");
    std::io::Write::write_all(&mut writer, b"{}").expect("write");
    writer.finish().expect("finish");
    let (opened, _) = open(&bytes);
    assert_eq!(
        fault(&opened.expect_err("a key")),
        Some(FileFault::SealedWithKey)
    );
}

#[test]
fn a_file_that_is_not_sealed_opens_as_before_and_a_bad_one_is_not_called_sealed() {
    let (_dir, store) = plan();
    let choice = sample(&store);
    let usb = tempfile::tempdir().expect("usb");
    let path = usb.path().join("plain.waymark");
    store
        .export_to(
            ExportFormat::Waymark,
            &choice,
            "Alex",
            &path,
            "en-GB",
            "1.0.0",
            None,
        )
        .expect("saved");
    // A passphrase given for a plain file is not needed, and does no harm.
    read_plan_file(&path, Some(&passphrase(WORDS))).expect("opens");
    std::fs::write(&path, b"age-encryption.org/v2\n").expect("write");
    let error = read_plan_file(&path, None).expect_err("not ours");
    assert_eq!(fault(&error), Some(FileFault::NotJson));
}
