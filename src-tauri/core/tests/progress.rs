//! The progress view and the home screen on a real plan file: a goal's story as
//! one thread, courses and sessions per term, things I've done, and what's next.

use chrono::NaiveDate;
use waymark_core::plan::courses::AttendanceState;
use waymark_core::plan::courses::CourseChoice;
use waymark_core::plan::courses::CourseRecord;
use waymark_core::plan::journal::ReflectionInput;
use waymark_core::plan::progress::StoryEvent;
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::store::settings::Reminders;
use waymark_core::{Error, GoalInput, GoalStatus, Store};

mod common;
use common::{goal_id, plan};

fn course(store: &Store, title: &str, term: &str, start: &str, choice: CourseChoice) -> String {
    let id = store
        .add_own_course(&CourseRecord {
            title: title.into(),
            term: term.into(),
            start_date: Some(start.into()),
            session_times: "Tuesdays 10:00 to 12:00".into(),
            ..CourseRecord::default()
        })
        .expect("course")
        .id;
    store.set_course_choice(&id, Some(choice)).expect("choose");
    id
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

#[test]
fn a_goals_story_is_one_thread_that_survives_delete_and_restore() {
    let (dir, store) = plan();
    let goal = goal_id(&store, "Cook for friends");
    let goal_now = store.add_step(&goal, "Learn three dishes").expect("step");
    store.add_step(&goal, "Invite two friends").expect("step");
    store
        .set_step_done(&goal_now.steps[0].id, true)
        .expect("tick");
    let cooking = course(
        &store,
        "Cooking on a budget",
        "Autumn 2026",
        "2026-09-01",
        CourseChoice::Attending,
    );
    store.link_course(&goal, &cooking, "").expect("link");
    store
        .create_reflection(&ReflectionInput {
            written_on: "2026-10-01".into(),
            body: "Made soup for my sister. It went better than I feared.".into(),
            goal_id: Some(goal.clone()),
            ..ReflectionInput::default()
        })
        .expect("reflection");
    let review = store.start_review(false).expect("review").review.id;
    store
        .review_goal(&review, &goal, "Two dishes so far", Some(1), Some("change"))
        .expect("review goal");
    store
        .change_goal_at_review(
            &review,
            &goal,
            &GoalInput {
                title: "Cook a Sunday lunch for friends".into(),
                why: String::new(),
                life_area: "learning".into(),
                target_date: None,
            },
        )
        .expect("reword");
    store.complete_review(&review).expect("complete");
    store
        .set_goal_status(&goal, GoalStatus::Paused)
        .expect("pause");
    store
        .set_goal_status(&goal, GoalStatus::Paused)
        .expect("same again");
    store
        .set_goal_status(&goal, GoalStatus::Active)
        .expect("back");

    let story = store.goal_story(&goal).expect("story");
    assert!(matches!(story[0], StoryEvent::Started { .. }));
    let kinds: Vec<&str> = story
        .iter()
        .map(|e| match e {
            StoryEvent::Started { .. } => "started",
            StoryEvent::Status { .. } => "status",
            StoryEvent::Reworded { .. } => "reworded",
            StoryEvent::StepDone { .. } => "step",
            StoryEvent::Course { .. } => "course",
            StoryEvent::Reviewed { .. } => "reviewed",
            StoryEvent::Reflection { .. } => "reflection",
        })
        .collect();
    for kind in ["step", "course", "reflection", "reviewed", "reworded"] {
        assert_eq!(
            kinds.iter().filter(|k| **k == kind).count(),
            1,
            "{kind} in {kinds:?}"
        );
    }
    // Paused once (setting it again is not a change), then active again.
    let statuses: Vec<GoalStatus> = story
        .iter()
        .filter_map(|e| match e {
            StoryEvent::Status { status, .. } => Some(*status),
            _ => None,
        })
        .collect();
    assert_eq!(statuses, [GoalStatus::Paused, GoalStatus::Active]);
    assert!(story.iter().any(|e| matches!(e,
        StoryEvent::Reworded { earlier, .. } if earlier == "Cook for friends")));
    assert!(story.iter().any(|e| matches!(e,
        StoryEvent::Reviewed { attainment: Some(1), progress, .. } if progress == "Two dishes so far")));
    assert!(story.iter().any(|e| matches!(e,
        StoryEvent::Course { title, choice: Some(CourseChoice::Attending), .. } if title == "Cooking on a budget")));
    assert!(story.iter().any(|e| matches!(e,
        StoryEvent::Reflection { excerpt, .. } if excerpt.starts_with("Made soup"))));
    // Oldest first: the reflection's day (2026-10-01) before today's events.
    let reflection_at = kinds
        .iter()
        .position(|k| *k == "reflection")
        .expect("reflection");
    let review_at = kinds
        .iter()
        .position(|k| *k == "reviewed")
        .expect("reviewed");
    assert!(reflection_at < review_at, "{kinds:?}");

    // Deleted and restored, the goal comes back with its whole story.
    let undo = store.delete_goal(&goal).expect("delete");
    assert!(matches!(store.goal_story(&goal), Err(Error::NotFound(_))));
    store.restore_deleted(&undo).expect("restore");
    drop(store);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert_eq!(store.goal_story(&goal).expect("story again"), story);
}

#[test]
fn terms_and_highlights_count_what_was_done_without_scores() {
    let (_dir, store) = plan();
    let art = course(
        &store,
        "Art for wellbeing",
        "Spring 2026",
        "2026-01-10",
        CourseChoice::Completed,
    );
    let walk = course(
        &store,
        "Walking group",
        "Autumn 2026",
        "2026-09-05",
        CourseChoice::Attending,
    );
    course(
        &store,
        "Just curious",
        "Autumn 2026",
        "2026-09-05",
        CourseChoice::Interested,
    );
    for (c, date, state) in [
        (&art, "2026-01-10", AttendanceState::Attended),
        (&art, "2026-01-17", AttendanceState::Missed),
        (&art, "2026-01-24", AttendanceState::Attended),
        (&walk, "2026-09-05", AttendanceState::Attended),
    ] {
        store.record_attendance(c, date, state, "").expect("attend");
    }
    let terms = store.terms().expect("terms");
    assert_eq!(terms.len(), 2, "{terms:?}");
    assert_eq!(terms[0].term, "Autumn 2026");
    assert_eq!(terms[0].taking, ["Walking group"]);
    assert_eq!(terms[0].sessions_attended, 1);
    assert_eq!(terms[1].term, "Spring 2026");
    assert_eq!(terms[1].completed, ["Art for wellbeing"]);
    assert_eq!(terms[1].sessions_attended, 2);

    let goal = goal_id(&store, "Walk to the park");
    let with_step = store.add_step(&goal, "Walk to the corner").expect("step");
    store
        .set_step_done(&with_step.steps[0].id, true)
        .expect("tick");
    store
        .set_goal_status(&goal, GoalStatus::Achieved)
        .expect("achieved");

    let before = store.highlights().expect("highlights");
    assert_eq!(before.since, None);
    assert_eq!(before.steps_done, 1);
    assert_eq!(before.courses_completed, 1);
    assert_eq!(before.sessions_attended, 3);
    assert_eq!(before.achieved.len(), 1);
    assert_eq!(before.achieved[0].title, "Walk to the park");
    assert_eq!(before.recent_steps[0].goal_title, "Walk to the park");

    let review = store.start_review(false).expect("review").review.id;
    store.complete_review(&review).expect("complete");
    let step = store.add_step(&goal, "Walk to the lake").expect("step");
    store.set_step_done(&step.steps[1].id, true).expect("tick");
    let after = store.highlights().expect("highlights");
    assert!(after.since.is_some());
    assert_eq!(after.steps_done, 2);
    assert_eq!(after.steps_done_since, 1);
    assert_eq!(after.reviews, 1);
    assert_eq!(after.recent_steps[0].text, "Walk to the lake");
}

#[test]
fn the_progress_view_compares_the_latest_review_with_the_chosen_one() {
    let (_dir, store) = plan();
    let empty = store.progress_view(None).expect("empty view");
    assert!(empty.chart.is_empty() && empty.reviews.is_empty());

    let mut ids = Vec::new();
    for rating in [3, 5, 8] {
        let id = store.start_review(false).expect("review").review.id;
        store.rate_area(&id, "home", Some(rating)).expect("rate");
        store.complete_review(&id).expect("complete");
        ids.push(id);
    }
    store.start_review(false).expect("unfinished");
    let view = store.progress_view(None).expect("view");
    assert_eq!(view.reviews.len(), 4);
    assert_eq!(view.compared_with.as_deref(), Some(ids[1].as_str()));
    let home = view
        .chart
        .iter()
        .find(|p| p.life_area == "home")
        .expect("home");
    assert_eq!((home.before, home.after), (Some(5), Some(8)));

    let view = store.progress_view(Some(&ids[0])).expect("picked");
    let home = view
        .chart
        .iter()
        .find(|p| p.life_area == "home")
        .expect("home");
    assert_eq!((home.before, home.after), (Some(3), Some(8)));
    assert!(matches!(
        store.progress_view(Some("not-a-review")),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn home_shows_whats_next_and_offers_the_review_when_its_day_comes() {
    let (dir, store) = plan();
    let home = store.home(day("2026-11-26")).expect("home");
    assert_eq!(home.next_review_on, None);
    assert!(!home.review_due);
    assert!(home.next_steps.is_empty() && home.courses.is_empty());

    let swim = goal_id(&store, "Swim a length");
    let swim_steps = store.add_step(&swim, "Find the pool times").expect("step");
    store.add_step(&swim, "Go with Sam").expect("step");
    store
        .set_step_done(&swim_steps.steps[0].id, true)
        .expect("tick");
    let paused = goal_id(&store, "Learn Spanish");
    store.add_step(&paused, "Buy a phrase book").expect("step");
    store
        .set_goal_status(&paused, GoalStatus::Paused)
        .expect("pause");
    course(
        &store,
        "Pottery",
        "Winter 2027",
        "2027-01-12",
        CourseChoice::Enrolled,
    );
    course(
        &store,
        "Choir",
        "Autumn 2026",
        "2026-09-01",
        CourseChoice::Attending,
    );
    course(
        &store,
        "Maybe later",
        "Autumn 2026",
        "2026-09-01",
        CourseChoice::Interested,
    );

    let review = store.start_review(false).expect("review").review.id;
    store
        .save_review(
            &review,
            &ReviewInput {
                next_review_on: Some("2026-12-10".into()),
                ..ReviewInput::default()
            },
        )
        .expect("save");
    store.complete_review(&review).expect("complete");
    drop(store);
    let store = Store::open_in_dir(dir.path()).expect("reopen");

    let home = store.home(day("2026-11-26")).expect("home");
    assert_eq!(home.next_review_on.as_deref(), Some("2026-12-10"));
    assert!(!home.review_due);
    assert_eq!(
        home.next_steps.len(),
        1,
        "paused goals wait: {:?}",
        home.next_steps
    );
    assert_eq!(home.next_steps[0].text, "Go with Sam");
    let titles: Vec<&str> = home.courses.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Choir", "Pottery"]);
    assert_eq!(home.courses[0].starts_on, None, "already started");
    assert_eq!(home.courses[1].starts_on.as_deref(), Some("2027-01-12"));
    assert_eq!(home.active_goals, 1);

    assert!(
        store
            .home(day("2026-12-10"))
            .expect("on the day")
            .review_due
    );
    assert!(store.home(day("2027-01-02")).expect("after").review_due);

    // The reminder: only when the student turned it on and the day has come,
    // with the page's words checked as any text is (one line, not empty).
    let remind = |on: &str| store.review_reminder("Review", "It is time", day(on));
    assert_eq!(
        remind("2026-12-10").expect("off"),
        None,
        "off until turned on"
    );
    store
        .set_reminders(Reminders {
            review_notification: true,
        })
        .expect("turn on");
    assert_eq!(remind("2026-11-26").expect("not yet"), None);
    assert_eq!(
        remind("2026-12-10").expect("due"),
        Some(("Review".to_string(), "It is time".to_string()))
    );
    assert_eq!(
        store
            .review_reminder("Your\nreview", "b", day("2026-12-10"))
            .expect("folded"),
        Some(("Your review".to_string(), "b".to_string()))
    );
    let error = store
        .review_reminder("   ", "b", day("2026-12-10"))
        .expect_err("no words");
    assert_eq!(error.field(), Some(waymark_core::Field::ReviewText));
}

#[test]
fn reminders_are_off_until_the_student_turns_them_on() {
    let (dir, store) = plan();
    assert!(!store.reminders().expect("read").review_notification);
    store
        .set_reminders(Reminders {
            review_notification: true,
        })
        .expect("turn on");
    drop(store);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    assert!(store.reminders().expect("read").review_notification);
}
