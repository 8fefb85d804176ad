//! A plan with something in every section, for tests of what leaves the
//! laptop: texts that try to break out of HTML, one shareable reflection and
//! one private one.

use std::path::Path;

use waymark_core::plan::courses::{AttendanceState, CourseChoice, CourseRecord};
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::{GoalInput, Store};

use crate::Result;

/// Words in the one reflection that is private: they must never leave.
pub const PRIVATE: &str = "PRIVATE only for me 7c1";
/// Words in the reflection marked "My tutor may see this".
pub const SHARED: &str = "I went and breathing helped";

/// The plan, and the id of its shareable reflection.
pub fn full_plan(dir: &Path) -> Result<(Store, String)> {
    let store = Store::open_in_dir(dir)?;
    store.save_about_me(&AboutMe {
        preferred_name: "Sam <b>O'Neil</b>".into(),
        for_tutors: "</style><script>alert(1)</script>\nSecond line".into(),
        strengths: "Patient".into(),
        supports: vec!["quiet_space".into(), "extra_time".into()],
        support_words: "javascript:alert(1) \u{202E}txt.exe".into(),
        ..AboutMe::default()
    })?;
    let goal = store.create_goal(&GoalInput {
        title: "Swim a length & more <i>".into(),
        why: "\"quoted\" 'words'".into(),
        life_area: "learning".into(),
        target_date: Some("2027-06-30".into()),
    })?;
    let step = store.add_step(&goal.id, "Go <with> my sister")?.steps[0]
        .id
        .clone();
    store.set_step_done(&step, true)?;
    store.add_step(&goal.id, "Book a lane")?;
    let course = store
        .add_own_course(&CourseRecord {
            title: "Pottery".into(),
            term: "Autumn 2026".into(),
            start_date: Some("2026-09-01".into()),
            ..CourseRecord::default()
        })?
        .id;
    store.set_course_choice(&course, Some(CourseChoice::Attending))?;
    store.record_attendance(&course, "2026-09-08", AttendanceState::Attended, "")?;
    let mut shared = String::new();
    for (body, shareable) in [(PRIVATE, false), (SHARED, true)] {
        let id = store
            .create_reflection(&ReflectionInput {
                written_on: "2026-11-02".into(),
                body: body.into(),
                learned: "Small steps <count>".into(),
                shareable,
                goal_id: Some(goal.id.clone()),
                ..ReflectionInput::default()
            })?
            .id;
        if shareable {
            shared = id;
        }
    }
    for (i, rating) in [4, 6].into_iter().enumerate() {
        let review = store.start_review(true)?.review.id;
        for (area, r) in [
            ("learning", rating),
            ("home", 5 + i as i32),
            ("work", 3),
            ("money", 7),
        ] {
            store.rate_area(&review, area, Some(r))?;
        }
        store.review_goal(&review, &goal.id, "Going well", Some(1), Some("keep"))?;
        store.save_review(
            &review,
            &ReviewInput {
                check_in: true,
                tutor_name: "Alex".into(),
                went_well: "I went every week".into(),
                ..ReviewInput::default()
            },
        )?;
        store.add_suggestion(&review, "Try <mornings>")?;
        store.complete_review(&review)?;
    }
    Ok((store, shared))
}
