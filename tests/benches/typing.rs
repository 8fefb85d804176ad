//! `xvfb-run cargo bench -p waymark-tests --bench typing`: typing never
//! blocks. In the real app, on a copy of the ten-year plan, the IPC round trip
//! of what each keystroke sends is timed from the page (`performance.now()`
//! around `invoke`): the plan search as each letter is typed, the catalogue
//! search, a reflection's autosave and the draft of a new one. Prints median
//! and max per command and writes `target/perf/typing.json`; asserts nothing.

use std::time::Duration;

use serde_json::Value;
use waymark_tests::bench::report;
use waymark_tests::ten_year::{self, TEN_YEARS};
use waymark_tests::{app_binary, workspace_root, App, Result};

const SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const invoke = window.__TAURI_INTERNALS__.invoke;
  const time = async (list, cmd, args) => {
    const t = performance.now();
    await invoke(cmd, args);
    list.push(performance.now() - t);
  };
  const out = { search_plan: [], list_courses: [], update_reflection: [], save_draft: [] };
  const words = 'tutor group session walking';
  for (let round = 0; round < 3; round++) {
    for (let i = 1; i <= words.length; i++) {
      await time(out.search_plan, 'search_plan', { text: words.slice(0, i), offset: 0 });
      await time(out.list_courses, 'list_courses', {
        query: { text: words.slice(0, i), category: null, delivery: null, term: null, from: null, to: null, chosen_only: false, sort: 'title' },
      });
    }
  }
  const page = await invoke('list_reflections', {
    query: { course_id: null, goal_id: null, from: null, to: null, shareable_only: false, limit: 1, offset: 0 },
  });
  const r = page.reflections[0];
  const text = 'Today I went to the group and we talked about what helps when the bus is loud. '.repeat(3);
  for (let i = 1; i <= 80; i++) {
    const input = { written_on: r.written_on, body: r.body + text.slice(0, i), learned: r.learned, how_it_went: r.how_it_went,
      try_next: r.try_next, feeling: r.feeling, shareable: r.shareable, course_id: r.course_id, session_date: r.session_date, goal_id: r.goal_id };
    await time(out.update_reflection, 'update_reflection', { id: r.id, input });
    await time(out.save_draft, 'save_draft', { key: 'new-reflection', body: JSON.stringify({ body: text.slice(0, i) }) });
  }
  done(out);
})().catch((e) => done({ error: String(e && (e.message || JSON.stringify(e))) }));
"#;

#[tokio::main]
async fn main() -> Result<()> {
    if !app_binary().exists() || std::env::var_os("DISPLAY").is_none() {
        println!(
            "typing: skipped (needs {} and a display; run under xvfb-run)",
            app_binary().display()
        );
        return Ok(());
    }
    println!("app: {}", app_binary().display());
    let plan = ten_year::cached(&TEN_YEARS, 7)?;
    let dir = tempfile::tempdir()?;
    ten_year::copy_plan(&plan, dir.path())?;
    let app = App::launch(dir.path()).await?;
    let outcome = async {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let out = app.client.execute_async(SCRIPT, vec![]).await?;
        if let Some(error) = out.get("error") {
            return Err(format!("the page could not measure: {error}").into());
        }
        Ok::<Value, Box<dyn std::error::Error + Send + Sync>>(out)
    }
    .await;
    app.quit().await?;
    let out = outcome?;
    for (name, what) in [
        ("search_plan", "plan search, per letter typed"),
        ("list_courses", "catalogue search, per letter typed"),
        ("update_reflection", "reflection autosave, per keystroke"),
        ("save_draft", "new reflection's draft, per keystroke"),
    ] {
        let times: Vec<f64> = out[name]
            .as_array()
            .ok_or("no figures")?
            .iter()
            .filter_map(Value::as_f64)
            .collect();
        report(&format!("IPC round trip: {what}"), times);
    }
    let dir = workspace_root().join("target/perf");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("typing.json"), serde_json::to_string_pretty(&out)?)?;
    Ok(())
}
