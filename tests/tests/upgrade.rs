//! Every past schema version has a fixture plan in tests/fixtures (made by
//! make_fixtures.py, never regenerated); each migrates to the current schema
//! with all its data.

use std::path::Path;

use rusqlite::Connection;
use waymark_core::{GoalStatus, Store, Theme, DB_FILE_NAME, SCHEMA_VERSION};

#[test]
fn every_past_schema_version_migrates_with_all_its_data() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut versions = Vec::new();
    for version in 1..SCHEMA_VERSION {
        let fixture = fixtures.join(format!("plan-v{version}.sqlite3"));
        assert!(
            fixture.exists(),
            "a fixture for schema version {version} must be kept: {}",
            fixture.display()
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(DB_FILE_NAME);
        std::fs::copy(&fixture, &path).expect("copy");

        let store = Store::open(&path).expect("migrates");
        assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
        let goal = store.goal("fixture-goal-1").expect("goal");
        assert_eq!(goal.title, "Learn to cook for friends");
        assert_eq!(goal.why, "We used to eat together.\nI miss it.");
        assert_eq!(goal.target_date.as_deref(), Some("2027-06-30"));
        let steps: Vec<(&str, bool)> = goal
            .steps
            .iter()
            .map(|s| (s.text.as_str(), s.done))
            .collect();
        assert_eq!(
            steps,
            [("Find a simple recipe", true), ("Invite my sister", false)]
        );
        assert_eq!(
            store.goal("fixture-goal-2").expect("goal").status,
            GoalStatus::Paused
        );
        assert_eq!(
            store.draft("new-goal").expect("draft").as_deref(),
            Some(r#"{"title":"Half a thought"}"#)
        );
        if version >= 2 {
            let settings = store.display_settings().expect("settings");
            assert_eq!((settings.text_size, settings.theme), (150, Theme::Dark));
        }
        if version >= 3 {
            let course = store.course("fixture-course-1").expect("course");
            assert_eq!(course.course.details.title, "Pottery for beginners");
            assert_eq!(course.goals.len(), 1);
            assert_eq!(course.attendance[0].note, "Made a wobbly bowl");
            // What the plan held before the search index is found by it.
            let hits = store.search("wobbly", 0).expect("search").hits;
            assert_eq!(hits.len(), 1, "{hits:?}");
            assert_eq!(hits[0].open_id, "fixture-course-1");
            assert_eq!(store.search("pottery", 0).expect("search").total, 1);
            assert_eq!(store.search("astronomy", 0).expect("search").total, 0);
        }
        if version >= 4 {
            let about = store.about_me().expect("about");
            assert_eq!(about.preferred_name, "Jo");
            assert_eq!(about.supports, vec!["quiet_space"]);
            let r = store
                .reflection("fixture-reflection-1")
                .expect("reflection");
            assert_eq!(r.body, "Die Übung mit Ton war schön");
            assert_eq!((r.feeling, r.shareable), (Some(4), true));
            assert_eq!(store.search("ubung", 0).expect("search").total, 1);
        }
        if version >= 5 {
            // Recently deleted from that version can still be put back.
            let deleted = store.deleted_items().expect("deleted");
            assert_eq!(deleted.len(), 1);
            store.restore_deleted(&deleted[0].id).expect("restore");
            assert_eq!(
                store.goal("fixture-goal-3").expect("back").title,
                "Learn the guitar"
            );
        }
        if version >= 6 {
            let review = store.review("fixture-review-1").expect("review");
            assert_eq!(review.review.tutor_name, "Sam");
            assert_eq!(review.areas[0].rating, 6);
            assert_eq!(review.suggestions[0].text, "Try a soup first");
            let history = store.goal_history("fixture-goal-1").expect("history");
            assert_eq!(history[0].title, "Cook once");
            let home = store
                .home(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("day"))
                .expect("home");
            assert!(home.review_due);
        }
        if version >= 7 {
            // The status history of version 7 is in the story, and a plan from
            // then can be shared (version 8 adds the share log).
            let story = store.goal_story("fixture-goal-2").expect("story");
            assert!(story.iter().any(|e| matches!(
                e,
                waymark_core::plan::progress::StoryEvent::Status {
                    status: GoalStatus::Paused,
                    ..
                }
            )));
            let choice = waymark_core::share::choice::ShareChoice::default();
            store
                .log_share("waymark", &choice, "Sam", "plan.waymark")
                .expect("share log");
            let shared = store.shared_plan(&choice).expect("shared");
            assert!(shared
                .goals
                .iter()
                .flatten()
                .any(|g| g.id == "fixture-goal-1"));
        }
        if version >= 8 {
            let log = store.share_log().expect("share log");
            let kept = log
                .iter()
                .find(|entry| entry.file_name == "plan.html")
                .expect("the share log of version 8");
            assert_eq!(kept.tutor_name, "Sam");
            assert_eq!(
                kept.sections,
                [
                    waymark_core::files::plan_file::Section::Goals,
                    waymark_core::files::plan_file::Section::Steps
                ]
            );
        }
        if version >= 9 {
            let review = store.review("fixture-review-1").expect("review");
            let kept = review
                .suggestions
                .iter()
                .find(|s| s.text == "Try the Tuesday group")
                .expect("the tutor's suggestion of version 9");
            assert_eq!(kept.from_tutor, "Sam");
        }
        // Any plan shows where to find support (schema 10): none until a
        // prospectus brings them.
        let contacts = store.support_contacts().expect("support").contacts;
        if version >= 10 {
            assert_eq!(contacts.len(), 1, "the contact of version 10");
            assert_eq!(contacts[0].name, "Student support");
        } else {
            assert!(contacts.is_empty());
        }
        // A plan from any version takes a tutor's feedback (schema 9).
        let mut feedback = waymark_core::files::feedback_file::FeedbackFile {
            format: waymark_core::files::feedback_file::FORMAT.into(),
            format_version: 1,
            app_version: "test".into(),
            written_at: "2026-11-26T10:00:00Z".into(),
            plan_id: store.plan_id().expect("plan id"),
            exported_at: "2026-11-26T09:00:00Z".into(),
            tutor_name: "Alex".into(),
            items: Vec::new(),
        };
        feedback
            .add(
                waymark_core::files::feedback_file::Target {
                    kind: waymark_core::files::feedback_file::TargetKind::Goal,
                    id: "fixture-goal-1".into(),
                    reference: "Learn to cook for friends".into(),
                },
                waymark_core::files::feedback_file::ItemKind::Step,
                "Cook soup with Sam",
            )
            .expect("item");
        // ... and, since schema 12, feedback on the plan as a whole.
        let plan_id = feedback.plan_id.clone();
        feedback
            .add(
                waymark_core::files::feedback_file::Target {
                    kind: waymark_core::files::feedback_file::TargetKind::Plan,
                    id: plan_id,
                    reference: String::new(),
                },
                waymark_core::files::feedback_file::ItemKind::Comment,
                "You have come a long way this term.",
            )
            .expect("item");
        assert_eq!(feedback.format_version, 2);
        let received = store.receive_feedback(&feedback).expect("received");
        assert_eq!(received.items.len(), 2);
        assert!(
            received
                .items
                .iter()
                .all(|i| i.now == waymark_core::share::feedback::TargetNow::Same),
            "{received:?}"
        );
        // The tutor's own phrases and the feedback they sent (schema 11).
        if version >= 11 {
            assert_eq!(
                store.phrases().expect("phrases")[0].text,
                "Lovely to see how far you have come."
            );
            let sent = store
                .feedback_history("fixture-student-plan")
                .expect("history");
            assert_eq!(sent.len(), 1, "the feedback sent of version 11");
            assert_eq!(sent[0].text, "A good first step.");
        }
        // A goal from any version tells its story, and a status changed now
        // becomes part of it.
        store
            .set_goal_status("fixture-goal-2", GoalStatus::Active)
            .expect("status");
        let story = store.goal_story("fixture-goal-2").expect("story");
        assert!(
            story.iter().any(|e| matches!(
                e,
                waymark_core::plan::progress::StoryEvent::Status {
                    status: GoalStatus::Active,
                    ..
                }
            )),
            "{story:?}"
        );
        // Goals and steps from every version are found by the search.
        assert_eq!(store.search("cook", 0).expect("search").total, 1);
        assert_eq!(
            store.search("sister", 0).expect("search").hits[0].open_id,
            "fixture-goal-1"
        );
        drop(store);
        let ok: String = Connection::open(&path)
            .expect("raw")
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        assert_eq!(ok, "ok");
        versions.push(version);
    }
    println!("upgrade: schema versions {versions:?} migrated to {SCHEMA_VERSION}");
}
