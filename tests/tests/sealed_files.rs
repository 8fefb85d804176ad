//! Sealed files against independent tools: a sealed Waymark file opens with
//! Debian's `age` command and the agreed passphrase (and not with another);
//! the PDF with a password is refused by `pdftotext` without it, read with
//! it, and passes `qpdf --check`. Also what sealing costs, printed.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::Instant;

use waymark_core::export::save::ExportFormat;
use waymark_core::files::plan_file::PlanFile;
use waymark_core::files::sealed::Passphrase;
use waymark_core::share::choice::ShareChoice;
use waymark_tests::sample::{full_plan, PRIVATE, SHARED};
use waymark_tests::Result;

const WORDS: &str = "apple river candle";

/// `age -d` on `sealed`, typing `passphrase` at its prompt (it reads the
/// passphrase only from a terminal: `script` gives it one). The opened
/// bytes, or `None` if age refused.
fn age_decrypt(sealed: &std::path::Path, passphrase: &str) -> Result<Option<Vec<u8>>> {
    let dir = tempfile::tempdir()?;
    let out = dir.path().join("opened");
    let command = format!(
        "age --decrypt --output '{}' '{}'",
        out.display(),
        sealed.display()
    );
    let mut child = Command::new("script")
        .args(["--quiet", "--return", "--command", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    // Typed once age asks.
    std::thread::sleep(std::time::Duration::from_millis(500));
    child
        .stdin
        .take()
        .ok_or("stdin")?
        .write_all(format!("{passphrase}\n").as_bytes())?;
    let status = child.wait_with_output()?.status;
    Ok(if status.success() && out.exists() {
        Some(std::fs::read(&out)?)
    } else {
        None
    })
}

#[test]
fn a_sealed_waymark_file_opens_with_the_age_tool_and_the_agreed_passphrase() -> Result<()> {
    let plan_dir = tempfile::tempdir()?;
    let (store, shared) = full_plan(plan_dir.path())?;
    let choice = ShareChoice {
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    let usb = tempfile::tempdir()?;
    let path = usb.path().join("sam.waymark");
    let passphrase = Passphrase::typed(WORDS)?;
    store.export_to(
        ExportFormat::Waymark,
        &choice,
        "",
        &path,
        "en-GB",
        "1.0.0",
        Some(&passphrase),
    )?;
    let opened = age_decrypt(&path, WORDS)?.ok_or("age refused the agreed passphrase")?;
    let file = PlanFile::parse(&opened)?;
    let json = String::from_utf8(opened)?;
    assert!(json.contains(SHARED) && !json.contains(PRIVATE));
    assert!(file.everything.is_none());
    assert_eq!(
        age_decrypt(&path, "pear river candle")?,
        None,
        "age opened it with another passphrase"
    );
    Ok(())
}

/// The PDF pack, with a password.
fn protected_pdf(dir: &std::path::Path) -> Result<std::path::PathBuf> {
    let plan_dir = tempfile::tempdir()?;
    let (store, shared) = full_plan(plan_dir.path())?;
    let choice = ShareChoice {
        reflections: vec![shared],
        ..ShareChoice::default()
    };
    let path = dir.join("pack.pdf");
    store.export_to(
        ExportFormat::Pdf,
        &choice,
        "",
        &path,
        "en-GB",
        "1.0.0",
        Some(&Passphrase::typed(WORDS)?),
    )?;
    Ok(path)
}

#[test]
fn the_pdf_with_a_password_is_aes_256_and_opens_only_with_it() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let pdf = protected_pdf(dir.path())?;
    let check = Command::new("qpdf").arg("--check").arg(&pdf).output()?;
    // qpdf --check needs the password to check the content; with it, clean.
    let checked = Command::new("qpdf")
        .arg(format!("--password={WORDS}"))
        .arg("--check")
        .arg(&pdf)
        .output()?;
    let report = String::from_utf8_lossy(&checked.stdout);
    let warnings = String::from_utf8_lossy(&checked.stderr);
    assert!(
        checked.status.success(),
        "qpdf --check:\n{report}\n{warnings}"
    );
    assert!(
        report.contains("No syntax or stream encoding errors"),
        "{report}"
    );
    // The security handler is AES-256, revision 6 (PDF 2.0).
    let shown = Command::new("qpdf")
        .arg(format!("--password={WORDS}"))
        .arg("--show-encryption")
        .arg(&pdf)
        .output()?;
    let encryption = String::from_utf8_lossy(&shown.stdout);
    assert!(encryption.contains("R = 6"), "{encryption}");
    assert!(encryption.contains("AESv3"), "{encryption}");
    assert!(!check.status.success() || String::from_utf8_lossy(&check.stderr).contains("password"));
    // pdftotext refuses it without the password…
    let refused = Command::new("pdftotext").arg(&pdf).arg("-").output()?;
    assert!(
        !refused.status.success(),
        "pdftotext read it without a password"
    );
    assert!(String::from_utf8_lossy(&refused.stderr).contains("Incorrect password"));
    let wrong = Command::new("pdftotext")
        .args(["-upw", "pear river candle"])
        .arg(&pdf)
        .arg("-")
        .output()?;
    assert!(!wrong.status.success());
    // …and reads it with it.
    let read = Command::new("pdftotext")
        .args(["-upw", WORDS])
        .arg(&pdf)
        .arg("-")
        .output()?;
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let text = String::from_utf8(read.stdout)?;
    assert!(text.contains(SHARED) && !text.contains(PRIVATE), "{text}");
    Ok(())
}

/// What sealing costs for each kind of file on the ten-year plan, printed
/// (not asserted; docs/PERFORMANCE.md has the figures).
#[test]
fn what_sealing_costs_is_printed() -> Result<()> {
    let plan = waymark_tests::ten_year::cached(&waymark_tests::ten_year::TEN_YEARS, 7)?;
    let dir = tempfile::tempdir()?;
    waymark_tests::ten_year::copy_plan(&plan, dir.path())?;
    let store = waymark_core::Store::open_in_dir(dir.path())?;
    let usb = tempfile::tempdir()?;
    let passphrase = Passphrase::typed(WORDS)?;
    let choice = ShareChoice::default();
    for format in [
        ExportFormat::Waymark,
        ExportFormat::Everything,
        ExportFormat::Pdf,
    ] {
        let plain = Instant::now();
        let bytes = store.export(format, &choice, "en-GB", "1.0.0")?;
        let plain = plain.elapsed();
        let sealed = Instant::now();
        let path = usb.path().join(format.suggested_name("Sam", "2026-12-02"));
        store.export_to(
            format,
            &choice,
            "",
            &path,
            "en-GB",
            "1.0.0",
            Some(&passphrase),
        )?;
        let sealed = sealed.elapsed();
        println!(
            "sealing {:<10} {:>8.1} KB: unsealed {:>7.1} ms, sealed {:>7.1} ms",
            format.as_str(),
            bytes.len() as f64 / 1024.0,
            plain.as_secs_f64() * 1e3,
            sealed.as_secs_f64() * 1e3
        );
        if format != ExportFormat::Pdf {
            let opened = Instant::now();
            waymark_core::files::plan_file::read_plan_file(&path, Some(&passphrase))?;
            println!(
                "opening {:<10} sealed {:>7.1} ms",
                format.as_str(),
                opened.elapsed().as_secs_f64() * 1e3
            );
        }
    }
    Ok(())
}
