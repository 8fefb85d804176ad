//! The real app, end to end: a first start shows the welcome guide, which can
//! be skipped and opened again from Help; the college's support contacts,
//! brought in with its prospectus, are on the Support page; and a student who
//! writes that they are having a hard time is gently offered that page, with
//! nothing they wrote lost on the way.

use std::time::Duration;

use serde_json::Value;
use waymark_tests::{App, Result};

/// Whether nothing on the screen matches `css`.
async fn absent(app: &App, css: &str) -> Result<bool> {
    let found = app
        .js(&format!("return document.querySelector({css:?}) === null"))
        .await?;
    Ok(found == Value::Bool(true))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_welcome_guide_shows_once_and_comes_back_from_help() -> Result<()> {
    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    let result = async {
        app.find(".welcome").await?;
        assert_eq!(app.text("#welcome-heading").await?, "What Waymark is for");
        assert_eq!(app.text(".welcome-count").await?, "Page 1 of 4");
        // The first step is there beside it, never behind it.
        app.find("#home-first-goal").await?;
        app.screenshot("welcome").await?;
        for page in 2..=4 {
            app.click("#welcome-next").await?;
            app.wait_js(
                &format!("return document.querySelector('.welcome-count').textContent === 'Page {page} of 4'"),
                Duration::from_secs(5),
            )
            .await?;
        }
        assert_eq!(app.text("#welcome-heading").await?, "Help is close by");
        // The turned page's heading has focus, for a screen reader.
        app.wait_focus("#welcome-heading").await?;
        app.click("#welcome-done").await?;
        assert!(absent(&app, ".welcome").await?);
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result?;

    // Seen once: the next start does not show it again…
    let app = App::launch(data.path()).await?;
    let result = async {
        app.find("#home-first-goal").await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(absent(&app, ".welcome").await?, "seen once is enough");
        // …but Help opens it again, and Skip closes it.
        app.click("#nav-help").await?;
        app.find("#help-heading").await?;
        app.screenshot("help").await?;
        app.click("#welcome-again").await?;
        app.find(".welcome").await?;
        app.click("#welcome-skip").await?;
        assert!(absent(&app, ".welcome").await?);
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}

#[tokio::test(flavor = "multi_thread")]
async fn the_colleges_support_contacts_are_on_the_support_page_and_offered_at_a_hard_time(
) -> Result<()> {
    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    let result = async {
        // Before any prospectus: a kind word, and the tutor.
        app.click("#nav-help").await?;
        app.click("#open-support").await?;
        app.find("#find-support-heading").await?;
        app.find(".support-screen .empty").await?;

        // The sample prospectus brings a fictional college's contacts.
        app.click("#nav-courses").await?;
        app.click("#sample-prospectus").await?;
        app.click(".import-preview .primary").await?;
        app.find(".course-cards li").await?;
        app.click("#nav-help").await?;
        app.click("#open-support").await?;
        app.find(".support-contact").await?;
        let names = app
            .js("return [...document.querySelectorAll('.support-contact h2')].map(h => h.textContent)")
            .await?;
        assert_eq!(
            names,
            serde_json::json!([
                "Riverside student support team",
                "College office",
                "Listening line (a fictional example)"
            ])
        );
        let first = app.text(".support-contact").await?;
        assert!(first.contains("Phone"), "{first}");
        assert!(first.contains("0000 000 000 (fictional)"), "{first}");
        assert!(first.contains("Monday to Friday, 9am to 4pm"), "{first}");
        assert!(app
            .text(".support-college")
            .await?
            .contains("Riverside Recovery College (fictional)"));
        app.screenshot("support").await?;

        // A hard day, written down: the page is offered, gently, and the
        // words are kept while the student looks.
        app.click("#nav-journal").await?;
        app.click("#write-reflection").await?;
        app.find("#reflection-new-body")
            .await?
            .send_keys("A heavy day.")
            .await?;
        assert!(
            absent(&app, "#offer-support").await?,
            "not offered before it is chosen"
        );
        app.click("input[name='reflection-new-feeling'][value='1']")
            .await?;
        let offer = app.text(".support-offer").await?;
        assert!(offer.starts_with("Thank you for writing it down."), "{offer}");
        app.screenshot("hard-time-offer").await?;
        app.click("#offer-support").await?;
        app.find(".support-contact").await?;
        app.click("#nav-journal").await?;
        let body = app.find("#reflection-new-body").await?;
        assert_eq!(body.prop("value").await?.as_deref(), Some("A heavy day."));
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    result
}
