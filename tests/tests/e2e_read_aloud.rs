//! The real app, end to end: "Read this to me". The speech layer is the test
//! run's voice (`WAYMARK_TEST_SPEECH_DIR`): espeak-ng writes each sentence it
//! says to a WAV file, with a line of what it said, in which language, voice
//! and speed, and takes as long as the sentence lasts.
//! - Home's button reads the screen's words, in order, in English; the
//!   sentence being read is marked on the page; `sox` hears speech in the
//!   WAV; Escape stops it at once.
//! - A goal written in German is read in German.
//! - The speed and voice chosen in Settings are used, and kept for the next
//!   start.
//! - Without a voice on the laptop, the button says what to install.

use std::path::Path;
use std::time::Duration;

use fantoccini::key::Key;
use serde_json::Value;
use waymark_core::{GoalInput, Store};
use waymark_tests::{App, Result};

/// What the test voice has said so far (`said.jsonl`), line by line.
fn said(dir: &Path) -> Vec<Value> {
    std::fs::read_to_string(dir.join("said.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// Waits until what the test voice has said meets `enough` (15 s at most).
async fn wait_until(
    dir: &Path,
    what: &str,
    enough: impl Fn(&[Value]) -> bool,
) -> Result<Vec<Value>> {
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let lines = said(dir);
        if enough(&lines) {
            return Ok(lines);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("{what}; the voice said: {lines:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the test voice has said at least `n` lines.
async fn wait_said(dir: &Path, n: usize) -> Result<Vec<Value>> {
    wait_until(dir, &format!("fewer than {n} lines said"), |lines| {
        lines.len() >= n
    })
    .await
}

/// The RMS amplitude `sox` hears in a WAV file (0 is silence).
fn loudness(wav: &str) -> Result<f64> {
    let out = std::process::Command::new("sox")
        .args([wav, "-n", "stat"])
        .output()?;
    let report = String::from_utf8_lossy(&out.stderr);
    let line = report
        .lines()
        .find(|l| l.starts_with("RMS     amplitude"))
        .ok_or_else(|| format!("no RMS amplitude from sox: {report}"))?;
    Ok(line.rsplit(':').next().unwrap_or_default().trim().parse()?)
}

fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_laptop_reads_my_plan_to_me_marks_each_sentence_and_stops_at_escape() -> Result<()> {
    let data = tempfile::tempdir()?;
    waymark_tests::friendly::plan(data.path())?;
    {
        let store = Store::open_in_dir(data.path())?;
        store.create_goal(&GoalInput {
            title: "Wieder Rad fahren".into(),
            why: "Ich möchte wieder mit dem Rad zur Arbeit fahren, weil es mir gut tut.".into(),
            life_area: "looking_after_me".into(),
            target_date: None,
        })?;
    }
    let voice = tempfile::tempdir()?;
    let env = [("WAYMARK_TEST_SPEECH_DIR", voice.path())];
    let app = App::launch_with(data.path(), &env).await?;
    let result = async {
        // Home, with the keyboard: the screen's button is right after its words.
        app.find("#home-courses-heading").await?;
        app.tab_to(".screen-head .read-aloud-button", 30).await?;
        app.press(Key::Enter).await?;
        let first = wait_said(voice.path(), 1).await?;
        let heading = folded(&app.text("#home-heading").await?);
        assert_eq!(first[0]["text"], heading.as_str(), "{first:?}");
        assert_eq!(first[0]["language"], "en-GB");
        assert_eq!(first[0]["rate"], 0);
        // The sentence being read is marked on the page.
        app.wait_js(
            "const h = CSS.highlights.get('waymark-reading'); return !!h && h.size === 1",
            Duration::from_secs(5),
        )
        .await?;
        let lines = wait_said(voice.path(), 2).await?;
        let marked = app
            .js("return [...CSS.highlights.get('waymark-reading')][0].toString()")
            .await?;
        let last = lines
            .iter()
            .rev()
            .find_map(|l| l["text"].as_str())
            .unwrap_or_default();
        assert!(
            lines.iter().any(|l| l["text"].as_str() == marked.as_str().map(folded).as_deref()),
            "marked {marked} but said {last}"
        );
        app.screenshot("read-aloud-home").await?;
        let wav = first[0]["wav"].as_str().unwrap_or_default().to_owned();
        let rms = loudness(&wav)?;
        assert!(rms > 0.01, "the WAV is silent: RMS {rms}");

        // Escape stops at once: the voice notes it stopped, says nothing
        // more, and the button is back.
        app.press(Key::Escape).await?;
        wait_until(voice.path(), "Escape did not stop the reading", |lines| {
            lines.iter().any(|l| l.get("stopped").is_some())
        })
        .await?;
        let stopped = said(voice.path()).len();
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(said(voice.path()).len(), stopped, "nothing said after Escape");
        assert_eq!(
            app.js("return document.querySelector('.screen-head .read-aloud-button').getAttribute('aria-pressed')")
                .await?,
            "false"
        );
        assert_eq!(
            app.js("return CSS.highlights.has('waymark-reading')").await?,
            false
        );

        // A goal written in German is read in German.
        app.go_to("goals").await?;
        app.wait_js(
            "const b = [...document.querySelectorAll('.goal-open')].find(b => b.textContent.includes('Wieder Rad fahren')); if (b) b.click(); return !!b",
            Duration::from_secs(10),
        )
        .await?;
        app.wait_focus("#goal-heading").await?;
        let before = said(voice.path()).len();
        app.press_on("#read-goal").await?;
        let lines = wait_said(voice.path(), before + 1).await?;
        assert_eq!(lines[before]["text"], "Wieder Rad fahren");
        let is_german = |l: &Value| l["text"].as_str().is_some_and(|t| t.starts_with("Ich möchte"));
        let lines = wait_until(voice.path(), "the German words were not read", |lines| {
            lines[before..].iter().any(is_german)
        })
        .await?;
        let german = lines[before..].iter().find(|l| is_german(l)).ok_or("no German")?;
        assert_eq!(german["language"], "de", "{german}");
        app.screenshot("read-aloud-goal").await?;
        app.press_on("#read-goal").await?;

        // Settings: slower, and a voice for English; tried at once.
        app.go_to("settings").await?;
        app.click("input[name=speech-speed][value=slower]").await?;
        app.wait_saved().await?;
        app.find("#voice-en option[value='en-gb-scotland']").await?;
        app.find("#voice-en")
            .await?
            .select_by_value("en-gb-scotland")
            .await?;
        app.wait_saved().await?;
        app.js("document.querySelector('#read-aloud-heading').scrollIntoView({ block: 'start' }); return true")
            .await?;
        app.screenshot("read-aloud-settings").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // The next start keeps them, and reads with them.
    let app = App::launch_with(data.path(), &env).await?;
    let result = async {
        app.go_to("settings").await?;
        app.find("#voice-en option[value='en-gb-scotland']").await?;
        assert_eq!(
            app.js(
                "return document.querySelector('input[name=speech-speed][value=slower]').checked"
            )
            .await?,
            true
        );
        assert_eq!(
            app.js("return document.querySelector('#voice-en').value")
                .await?,
            "en-gb-scotland"
        );
        let before = said(voice.path()).len();
        app.press_on("#voice-try-en").await?;
        let lines = wait_said(voice.path(), before + 1).await?;
        let tried = &lines[before];
        assert_eq!(tried["text"], "Hello.");
        assert_eq!(tried["voice"], "en-gb-scotland");
        assert_eq!(tried["rate"], -25);
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_voice_the_button_says_what_to_install() -> Result<()> {
    let data = tempfile::tempdir()?;
    waymark_tests::friendly::plan(data.path())?;
    // A laptop where no voice program can be found.
    let nowhere = tempfile::tempdir()?;
    let app = App::launch_with(data.path(), &[("WAYMARK_SPEECH_PATH", nowhere.path())]).await?;
    let result = async {
        app.find("#home-courses-heading").await?;
        app.click(".screen-head .read-aloud-button").await?;
        let said = app.text(".screen-head .read-aloud-problem").await?;
        assert_eq!(
            said,
            "This laptop cannot read aloud yet: it needs a free voice added. This is nothing you did wrong, and everything else in Waymark works as usual. If someone helps you with computers, show them this: please install “speech-dispatcher” and “espeak-ng”, then start Waymark again."
        );
        app.screenshot("read-aloud-no-voice").await?;
        app.go_to("settings").await?;
        app.find("#read-aloud-no-voice").await?;
        assert_eq!(
            app.js("return document.querySelectorAll('input[name=speech-speed]').length")
                .await?,
            0
        );
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}
