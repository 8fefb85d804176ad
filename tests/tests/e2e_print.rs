//! The real app, end to end, from Settings with the keyboard: Print my
//! plan; the student ticks their private reflections too and saves; the PDF
//! (checked with qpdf and pdftotext) holds exactly the chosen parts, a
//! private reflection among them only because it was ticked.

use std::path::Path;
use std::time::Duration;

use fantoccini::key::Key;
use waymark_tests::{App, Result};

fn text_of(pdf: &Path) -> Result<String> {
    let check = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(pdf)
        .output()?;
    if !check.status.success() {
        return Err(format!("qpdf: {}", String::from_utf8_lossy(&check.stdout)).into());
    }
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" "))
}

#[tokio::test(flavor = "multi_thread")]
async fn my_plan_prints_with_my_private_reflections_only_when_i_tick_them() -> Result<()> {
    let data = tempfile::tempdir()?;
    waymark_tests::friendly::plan(data.path())?;
    let out = tempfile::tempdir()?;
    let saved = out.path().join("printed");
    let app = App::launch_with(data.path(), &[("WAYMARK_TEST_SAVE_FILE", saved.as_path())]).await?;
    let pdf = saved.with_extension("pdf");
    let result = async {
        app.go_to("settings").await?;
        app.tab_to("#open-print", 60).await?;
        app.press(Key::Enter).await?;
        app.wait_focus("#print-heading").await?;
        // First without the private reflections.
        app.tab_to("#print-reflections", 20).await?;
        app.press(Key::Space).await?;
        app.tab_to("#print-save", 10).await?;
        app.press(Key::Enter).await?;
        app.wait_js(
            "return !!document.getElementById('print-saved')",
            Duration::from_secs(10),
        )
        .await?;
        let shared_only = text_of(&pdf)?;
        assert!(
            shared_only.contains("Robin's learning plan"),
            "{shared_only}"
        );
        assert!(shared_only.contains("Walk by the river with a group"));
        assert!(
            shared_only.contains("We walked by the river for an hour"),
            "the one Robin shares"
        );
        assert!(
            !shared_only.contains("A slow day"),
            "a private one, not ticked"
        );

        // Then with them.
        std::fs::remove_file(&pdf)?;
        app.tab_to("#print-private", 30).await?;
        app.press(Key::Space).await?;
        app.screenshot("print-choice").await?;
        app.tab_to("#print-save", 10).await?;
        app.press(Key::Enter).await?;
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !pdf.exists() && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let with_private = text_of(&pdf)?;
        assert!(
            with_private.contains("A slow day. I stayed in and rested"),
            "{with_private}"
        );
        assert!(with_private.contains("We walked by the river for an hour"));
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}
