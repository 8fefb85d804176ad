//! `cargo bench -p waymark-tests --bench progress_view`: the progress view of a
//! ten-year plan (150 goals, 900 steps, 300 chosen courses, 4,000 sessions,
//! 12,000 reflections, 80 reviews). Measures the core's one call, its JSON for
//! IPC, and (when the app and tauri-driver are there, under Xvfb) the real
//! app's own figure: from the review screen starting to the progress view
//! drawn, IPC and rendering included. Prints median, min and max; asserts
//! nothing about time.

use std::time::Duration;

use waymark_core::Store;
use waymark_tests::bench::{report, time};
use waymark_tests::ten_year::{self, write_plan};
use waymark_tests::{app_binary, App, Result};

const RUNS: usize = 25;
const APP_RUNS: usize = 15;

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<()> {
    // `cargo bench` passes --bench; a plain `cargo test` run passes nothing we need.
    let dir = tempfile::tempdir()?;
    // WAYMARK_BENCH_PLAN=one-review: the same walk over a plan with a single
    // review, to tell the cost of the data from the cost of the screen itself.
    if std::env::var("WAYMARK_BENCH_PLAN").as_deref() == Ok("one-review") {
        let store = Store::open_in_dir(dir.path())?;
        let review = store.start_review(false)?.review.id;
        store.rate_area(&review, "home", Some(6))?;
        store.complete_review(&review)?;
        drop(store);
        return app_walk(dir.path(), "one review").await;
    }
    let written = write_plan(dir.path(), 2026)?;
    println!(
        "ten-year plan: {} goals, {} steps, {} of {} courses chosen, {} sessions, {} reflections x {} words, {} reviews ({} check-ins)",
        ten_year::GOALS,
        ten_year::GOALS * ten_year::STEPS_PER_GOAL,
        ten_year::CHOSEN,
        ten_year::PROSPECTUS,
        ten_year::SESSIONS,
        ten_year::REFLECTIONS,
        ten_year::WORDS,
        ten_year::REVIEWS,
        ten_year::CHECK_INS,
    );
    println!(
        "written through the core's API in {:.1} s, {:.1} MB on disk",
        written.took.as_secs_f64(),
        written.bytes as f64 / 1_048_576.0
    );

    {
        let store = Store::open_in_dir(dir.path())?;
        let (times, view) = time(RUNS, || store.progress_view(None).expect("view"));
        report(
            "core: progress_view (reviews, chart, terms, highlights)",
            times,
        );
        let (times, json) = time(RUNS, || serde_json::to_vec(&view).expect("json"));
        report(
            &format!(
                "core: its JSON for IPC ({:.1} KB)",
                json.len() as f64 / 1024.0
            ),
            times,
        );
        let busiest = store
            .goals()?
            .into_iter()
            .max_by_key(|g| store.goal_story(&g.id).map(|s| s.len()).unwrap_or(0))
            .ok_or("no goals")?;
        let (times, story) = time(RUNS, || store.goal_story(&busiest.id).expect("story"));
        report(
            &format!("core: goal_story, busiest goal ({} events)", story.len()),
            times,
        );
        let today = chrono::Local::now().date_naive();
        let (times, _) = time(RUNS, || store.home(today).expect("home"));
        report("core: home", times);
    }

    if !app_binary().exists() || std::env::var_os("DISPLAY").is_none() {
        println!(
            "app: skipped (needs {} and a display; run under xvfb-run)",
            app_binary().display()
        );
        return Ok(());
    }
    app_walk(dir.path(), "ten-year plan").await
}

/// Home, then the progress view, again and again, in the real app; prints the
/// page's own figure for each visit.
async fn app_walk(dir: &std::path::Path, plan: &str) -> Result<()> {
    println!("app: {}", app_binary().display());
    let app = App::launch(dir).await?;
    let result = async {
        let mut times = Vec::new();
        let mut ipc = Vec::new();
        for _ in 0..APP_RUNS {
            app.js("delete document.body.dataset.progressMs; return true")
                .await?;
            app.click("#nav-home").await?;
            app.find("#home-heading").await?;
            app.click("#nav-review").await?;
            app.wait_js(
                "return document.body.dataset.progressMs !== undefined",
                Duration::from_secs(30),
            )
            .await?;
            let figures = app
                .js("const d = document.body.dataset; return [Number(d.progressMs), Number(d.progressIpcMs)]")
                .await?;
            let figure = |i: usize| figures[i].as_f64().ok_or("no figure from the page");
            times.push(figure(0)?);
            ipc.push(figure(1)?);
        }
        println!(
            "app: first visit after launch {:.0} ms (of which loading and building the page {:.0} ms)",
            times[0], ipc[0]
        );
        report("app: progress view, loading over IPC and building the page", ipc);
        report(
            &format!("app: progress view, {plan}, IPC + rendering (the page's clock)"),
            times,
        );
        let rows = app
            .js("return document.querySelectorAll('.area-row').length")
            .await?;
        println!("app: the progress picture has {rows} rows");
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}
