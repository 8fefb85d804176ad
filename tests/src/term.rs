//! A tutor's term, made on disk for the real-app tests and the screenshots:
//! students' plans shared weeks apart (each a real plan file from a real
//! plan), and a tutor's Waymark that is locked, keeps students' plans and has
//! a phrase saved.

use std::path::Path;
use std::time::Duration;

use fantoccini::key::Key;
use waymark_core::files::plan_file::PlanFile;
use waymark_core::plan::journal::AboutMe;
use waymark_core::share::choice::ShareChoice;
use waymark_core::store::keys::{DataKey, KdfParams, KeyFile, Password, RecoveryCode};
use waymark_core::{GoalInput, Store};

use crate::{App, Result};

/// The tutor's password.
pub const PASSWORD: &str = "a tutor's long own words";
/// The phrase the tutor saved, to use in feedback.
pub const PHRASE: &str = "That is a real step forward. What helped you do it?";

pub fn goal(title: &str) -> GoalInput {
    GoalInput {
        title: title.into(),
        why: "It matters to me.".into(),
        life_area: "learning".into(),
        target_date: None,
    }
}

/// A student's plan as they share it (About me, goals and steps, the
/// reviews) into `path`, as if on the day given: a term's plans are weeks
/// apart.
pub fn share(store: &Store, path: &Path, on: &str) -> Result<PlanFile> {
    let mut file = store.plan_file(&ShareChoice::default(), "1.0.0")?;
    file.exported_at = format!("{on}T10:00:00Z");
    std::fs::write(path, file.to_json()?)?;
    Ok(file)
}

/// A student called `name` with one goal ("Swim a length") and its step.
pub fn student(dir: &Path, name: &str) -> Result<(Store, String)> {
    let store = Store::open_in_dir(dir)?;
    store.save_about_me(&AboutMe {
        preferred_name: name.into(),
        ..AboutMe::default()
    })?;
    let goal = store.create_goal(&goal("Swim a length"))?.id;
    store.add_step(&goal, "Find the pool times")?;
    Ok((store, goal))
}

/// The tutor's Waymark in `dir`: locked with [`PASSWORD`], keeping students'
/// plans, with [`PHRASE`] saved. Its store comes back, open (drop it before
/// the app opens the plan).
pub fn tutor(dir: &Path) -> Result<Store> {
    let mut store = Store::open_in_dir(dir)?;
    let key = DataKey::random()?;
    let keys = KeyFile::new(
        &key,
        &Password::new_one(PASSWORD.into())?,
        &RecoveryCode::random()?,
        KdfParams::MINIMUM,
    )?;
    store.lock_with(key, &keys)?;
    store.set_keep_students(true)?;
    store.add_phrase(PHRASE)?;
    Ok(store)
}

/// Unlocks the tutor's Waymark by keyboard.
pub async fn unlock(app: &App) -> Result<()> {
    app.find("#unlock-password").await?;
    app.tab_to("#unlock-password", 5).await?;
    app.keys(PASSWORD).await?;
    app.press(Key::Enter).await?;
    Ok(())
}

/// Waits until the element `css` says `words`.
pub async fn wait_text(app: &App, css: &str, words: &str) -> Result<()> {
    app.wait_js(
        &format!(
            "const e = document.querySelector({css:?}); return !!e && e.textContent.includes({words:?})"
        ),
        Duration::from_secs(15),
    )
    .await
}

/// Four files a tutor might find in a folder of plans, each wrong in its own
/// way (broken JSON with markup in it, binary bytes, a newer format, a
/// feedback file whose name hides a right-to-left override), written into
/// `dir`.
pub fn hostile_files(dir: &Path) -> Result<()> {
    let at = |name: &str| dir.join(name);
    std::fs::write(
        at("kaputt.waymark"),
        br#"{"format":"waymark-plan","format_version":1,"plan_id":"<img src=x onerror=alert(1)>","#,
    )?;
    std::fs::write(
        at("bin\u{e4}r.waymark"),
        [0u8, 159, 146, 150, 0xff, 0xfe, 0, 1],
    )?;
    std::fs::write(
        at("zu-neu.waymark"),
        br#"{"format":"waymark-plan","format_version":99,"plan":"onerror"}"#,
    )?;
    std::fs::write(
        at("seltsam-\u{202e}gnp.waymark"),
        br#"{"format":"waymark-feedback","format_version":1,"items":"onerror"}"#,
    )?;
    Ok(())
}

/// A finished check-in in `store` with a rating of "Money" and the next
/// review's date.
fn check_in(store: &Store, money: i32, next: &str) -> Result<()> {
    let id = store.start_review(true)?.review.id;
    store.save_review(
        &id,
        &waymark_core::plan::reviews::ReviewInput {
            check_in: true,
            tutor_name: "Jordan".into(),
            next_review_on: Some(next.into()),
            ..Default::default()
        },
    )?;
    store.rate_area(&id, "money", Some(money))?;
    store.complete_review(&id)?;
    Ok(())
}

/// Robin's term, into `folder`: a plan shared on 3 October (a goal with a
/// step, a course of interest, a check-in that rated Money 3); then a step
/// done, a new goal hoped for by 1 February, the course enrolled on and a
/// check-in that rated Money 5 with the next review on 14 January, and the
/// plan shared again on 21 November. Robin's own Waymark is in `dir`; its
/// store comes back.
pub fn robins_term(dir: &Path, folder: &Path) -> Result<Store> {
    let (robin, swim) = student(dir, "Robin")?;
    let pottery = robin
        .add_own_course(&waymark_core::plan::courses::CourseRecord {
            title: "Pottery for beginners".into(),
            term: "Autumn 2026".into(),
            ..Default::default()
        })?
        .id;
    robin.set_course_choice(
        &pottery,
        Some(waymark_core::plan::courses::CourseChoice::Interested),
    )?;
    check_in(&robin, 3, "2026-11-20")?;
    share(&robin, &folder.join("robin-october.waymark"), "2026-10-03")?;
    let step = robin.goal(&swim)?.steps.remove(0).id;
    robin.set_step_done(&step, true)?;
    robin.create_goal(&GoalInput {
        target_date: Some("2027-02-01".into()),
        ..goal("Cook for my friends")
    })?;
    robin.set_course_choice(
        &pottery,
        Some(waymark_core::plan::courses::CourseChoice::Enrolled),
    )?;
    check_in(&robin, 5, "2027-01-14")?;
    share(&robin, &folder.join("robin-november.waymark"), "2026-11-21")?;
    Ok(robin)
}
