//! Reviews on a real plan file: a draft that can be resumed and completed, a
//! goal's earlier wording kept when it changes, a tutor's suggestion taken on
//! as a step, and the life-areas chart for any two reviews.

use waymark_core::plan::reviews::{Decision, ReviewInput};
use waymark_core::{Error, Field, GoalInput, GoalStatus, Store};

mod common;
use common::plan;

fn goal(store: &Store, title: &str) -> String {
    store
        .create_goal(&GoalInput {
            title: title.into(),
            why: "To feel at home in the water".into(),
            life_area: "looking_after_me".into(),
            target_date: Some("2027-06-30".into()),
        })
        .expect("goal")
        .id
}

#[test]
fn a_review_is_a_draft_that_can_be_resumed_and_completed() {
    let (dir, store) = plan();
    let swim = goal(&store, "Swim a length");
    let review = store.start_review(false).expect("start").review;
    assert_eq!(review.completed_at, None);
    store.rate_area(&review.id, "home", Some(6)).expect("rate");
    store.rate_area(&review.id, "work", Some(3)).expect("rate");
    store
        .rate_area(&review.id, "work", None)
        .expect("skip after all");
    store
        .review_goal(
            &review.id,
            &swim,
            "I got in the pool twice",
            Some(1),
            Some("keep"),
        )
        .expect("goal");
    store
        .save_review(
            &review.id,
            &ReviewInput {
                went_well: "Going with a friend".into(),
                next_review_on: Some("2027-02-01".into()),
                ..ReviewInput::default()
            },
        )
        .expect("save");
    drop(store);

    // Half done, closed, and found again.
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    let unfinished = store.unfinished_review().expect("query").expect("there");
    assert_eq!(unfinished.id, review.id);
    let detail = store.review(&review.id).expect("detail");
    assert_eq!(detail.areas.len(), 1);
    assert_eq!(
        (detail.areas[0].life_area.as_str(), detail.areas[0].rating),
        ("home", 6)
    );
    assert_eq!(detail.goals[0].progress, "I got in the pool twice");
    assert_eq!(detail.goals[0].attainment, Some(1));
    assert_eq!(detail.goals[0].decision, Some(Decision::Keep));
    assert_eq!(detail.review.next_review_on.as_deref(), Some("2027-02-01"));

    let done = store.complete_review(&review.id).expect("complete");
    assert!(done.review.completed_at.is_some());
    assert_eq!(store.unfinished_review().expect("query"), None);
    assert_eq!(store.reviews().expect("list").len(), 1);
}

#[test]
fn decisions_change_the_goal_and_bad_values_change_nothing() {
    let (_dir, store) = plan();
    let swim = goal(&store, "Swim a length");
    let id = store.start_review(true).expect("start").review.id;
    store
        .review_goal(&id, &swim, "", None, Some("achieved"))
        .expect("achieved");
    assert_eq!(
        store.goal(&swim).expect("goal").status,
        GoalStatus::Achieved
    );
    store
        .review_goal(&id, &swim, "", None, Some("pause"))
        .expect("pause");
    assert_eq!(store.goal(&swim).expect("goal").status, GoalStatus::Paused);

    let before = store.review(&id).expect("detail");
    let field = |e: Error| e.field().expect("a field");
    assert_eq!(
        field(store.rate_area(&id, "home", Some(11)).expect_err("11")),
        Field::Rating
    );
    assert_eq!(
        field(store.rate_area(&id, "home", Some(0)).expect_err("0")),
        Field::Rating
    );
    assert_eq!(
        field(store.rate_area(&id, "symptoms", Some(5)).expect_err("area")),
        Field::LifeArea
    );
    assert_eq!(
        field(
            store
                .review_goal(&id, &swim, "", Some(3), None)
                .expect_err("3")
        ),
        Field::Attainment
    );
    assert_eq!(
        field(
            store
                .review_goal(&id, &swim, "", None, Some("fail"))
                .expect_err("d")
        ),
        Field::Decision
    );
    assert_eq!(
        field(
            store
                .save_review(
                    &id,
                    &ReviewInput {
                        next_review_on: Some("2027-02-30".into()),
                        ..ReviewInput::default()
                    }
                )
                .expect_err("date")
        ),
        Field::NextReview
    );
    assert_eq!(store.review(&id).expect("detail"), before);
    assert!(matches!(
        store.rate_area("no-such-review", "home", Some(5)),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn a_changed_goal_keeps_its_earlier_wording() {
    let (_dir, store) = plan();
    let swim = goal(&store, "Swim a length");
    let first = store.start_review(false).expect("start").review.id;
    store
        .change_goal_at_review(
            &first,
            &swim,
            &GoalInput {
                title: "Swim ten lengths".into(),
                why: "To feel at home in the water".into(),
                life_area: "looking_after_me".into(),
                target_date: Some("2027-09-30".into()),
            },
        )
        .expect("change");
    store.complete_review(&first).expect("complete");
    let second = store.start_review(false).expect("start").review.id;
    store
        .change_goal_at_review(
            &second,
            &swim,
            &GoalInput {
                title: "Swim in the sea".into(),
                why: "To feel at home in the water".into(),
                life_area: "hopes".into(),
                target_date: None,
            },
        )
        .expect("change");
    let history = store.goal_history(&swim).expect("history");
    let titles: Vec<&str> = history.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(titles, ["Swim a length", "Swim ten lengths"]);
    assert_eq!(history[0].target_date.as_deref(), Some("2027-06-30"));
    assert_eq!(history[0].review_id.as_deref(), Some(first.as_str()));
    assert_eq!(store.goal(&swim).expect("goal").title, "Swim in the sea");
    assert_eq!(
        store.review(&second).expect("detail").goals[0].decision,
        Some(Decision::Change)
    );

    // The history survives the goal's delete and restore with it.
    let undo = store.delete_goal(&swim).expect("delete");
    assert!(store.goal_history(&swim).expect("history").is_empty());
    store.restore_deleted(&undo).expect("restore");
    assert_eq!(store.goal_history(&swim).expect("history").len(), 2);
    assert_eq!(store.review(&second).expect("detail").goals.len(), 1);
}

#[test]
fn taking_on_a_suggestion_adds_the_step_in_one_action() {
    let (_dir, store) = plan();
    let swim = goal(&store, "Swim a length");
    let id = store.start_review(true).expect("start").review.id;
    let detail = store
        .add_suggestion(&id, "  Try the quiet session on Sunday  ")
        .expect("add");
    let suggestion = detail.suggestions[0].clone();
    assert_eq!(suggestion.text, "Try the quiet session on Sunday");
    assert!(!suggestion.taken_on, "a suggestion is only a suggestion");
    assert!(store.goal(&swim).expect("goal").steps.is_empty());

    let detail = store
        .take_on_suggestion(&suggestion.id, Some(&swim))
        .expect("take on");
    let taken = &detail.suggestions[0];
    assert!(taken.taken_on);
    let steps = store.goal(&swim).expect("goal").steps;
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].text, "Try the quiet session on Sunday");
    assert_eq!(taken.step_id.as_deref(), Some(steps[0].id.as_str()));
    // Taking it on twice adds nothing more.
    store
        .take_on_suggestion(&suggestion.id, Some(&swim))
        .expect("again");
    assert_eq!(store.goal(&swim).expect("goal").steps.len(), 1);
    // A suggestion for a goal that is gone changes nothing.
    let other = store
        .add_suggestion(&id, "Bring a towel")
        .expect("add")
        .suggestions[1]
        .clone();
    let unknown = store
        .take_on_suggestion(&other.id, Some("no-such-goal"))
        .expect_err("no such goal");
    assert_eq!(
        unknown.code(),
        waymark_core::ErrorCode::NotFound,
        "{unknown:?}"
    );
    assert!(!store.review(&id).expect("detail").suggestions[1].taken_on);
    assert_eq!(
        store.add_suggestion(&id, "   ").expect_err("empty").field(),
        Some(Field::Suggestion)
    );
}

#[test]
fn the_chart_compares_any_two_reviews_including_an_area_added_between() {
    let (dir, store) = plan();
    let first = store.start_review(false).expect("start").review.id;
    store.rate_area(&first, "home", Some(4)).expect("rate");
    store.rate_area(&first, "money", Some(2)).expect("rate");
    drop(store);
    // An area that did not exist at the first review.
    let conn =
        rusqlite::Connection::open(dir.path().join(waymark_core::DB_FILE_NAME)).expect("raw");
    conn.execute(
        "INSERT INTO life_area (key, label, position) VALUES ('faith', 'Faith and meaning', 10)",
        [],
    )
    .expect("area");
    drop(conn);
    let store = Store::open_in_dir(dir.path()).expect("reopen");
    let second = store.start_review(false).expect("start").review.id;
    store.rate_area(&second, "home", Some(7)).expect("rate");
    store.rate_area(&second, "faith", Some(8)).expect("rate");

    let chart = store.chart(&first, &second).expect("chart");
    let find = |key: &str| {
        chart
            .iter()
            .find(|p| p.life_area == key)
            .expect(key)
            .clone()
    };
    assert_eq!(
        (find("home").before, find("home").after),
        (Some(4), Some(7))
    );
    assert_eq!(
        (find("money").before, find("money").after),
        (Some(2), None),
        "skipped later"
    );
    assert_eq!(
        (find("faith").before, find("faith").after),
        (None, Some(8)),
        "added later"
    );
    assert_eq!(chart.len(), 10, "every area, in order");
    assert_eq!(chart[0].life_area, "learning");
    // The same review twice, or either way round, is fine.
    assert_eq!(store.chart(&second, &second).expect("same")[0].before, None);
    assert!(matches!(
        store.chart(&first, "nope"),
        Err(Error::NotFound(_))
    ));
}
