//! `cargo bench -p waymark-tests --bench export`: saving a ten-year plan
//! (150 goals, 900 steps, 300 chosen courses, 4,000 sessions, 12,000
//! reflections, 80 reviews) as a tutor pack (HTML and PDF) and as a plan file,
//! each written whole to a file as the share screen does. Prints median, min
//! and max; asserts nothing about time.

use waymark_core::export::save::ExportFormat;
use waymark_core::plan::journal::JournalQuery;
use waymark_core::share::choice::ShareChoice;
use waymark_core::Store;
use waymark_tests::bench::{report, time};
use waymark_tests::ten_year::write_plan;
use waymark_tests::Result;

const RUNS: usize = 7;

fn main() -> Result<()> {
    let dir = tempfile::tempdir()?;
    write_plan(dir.path(), 2026)?;
    let store = Store::open_in_dir(dir.path())?;
    // Every reflection marked "My tutor may see this", newest first, page by page.
    let mut shareable = Vec::new();
    loop {
        let page = store
            .journal(&JournalQuery {
                shareable_only: true,
                offset: shareable.len() as u32,
                ..JournalQuery::default()
            })?
            .reflections;
        if page.is_empty() {
            break;
        }
        shareable.extend(page);
    }
    let out = tempfile::tempdir()?;
    for (what, count) in [
        ("the 50 newest shareable reflections", 50),
        ("all shareable reflections", shareable.len()),
    ] {
        let choice = ShareChoice {
            reflections: shareable.iter().take(count).map(|r| r.id.clone()).collect(),
            ..ShareChoice::default()
        };
        println!("every section, with {what} ({count})");
        let mut total = 0.0;
        for format in [ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Waymark] {
            let path = out.path().join(format!("plan.{}", format.extension()));
            let (ms, _) = time(RUNS, || {
                store
                    .export_to(format, &choice, "", &path, "en-GB", "bench", None)
                    .expect("export")
            });
            let size = std::fs::metadata(&path)?.len();
            let mut sorted = ms.clone();
            sorted.sort_by(f64::total_cmp);
            total += sorted[sorted.len() / 2];
            report(
                &format!("  {} ({:.1} MB)", format.as_str(), size as f64 / 1e6),
                ms,
            );
        }
        println!("  all three formats, medians added: {total:.0} ms");
    }
    let path = out.path().join("everything.waymark");
    let (ms, _) = time(RUNS, || {
        store
            .export_to(
                ExportFormat::Everything,
                &ShareChoice::default(),
                "",
                &path,
                "en-GB",
                "bench",
                None,
            )
            .expect("everything")
    });
    report(
        &format!(
            "everything, for myself ({:.1} MB)",
            std::fs::metadata(&path)?.len() as f64 / 1e6
        ),
        ms,
    );
    Ok(())
}
