//! A friendly, fictional plan for pictures meant for people (the README's
//! screenshots): Robin's goals, courses from the sample prospectus, a few
//! reflections and two reviews some weeks apart. No test strings in it.

use std::path::Path;

use waymark_core::plan::courses::{AttendanceState, CourseChoice, CourseQuery, CourseRecord};
use waymark_core::plan::journal::{AboutMe, ReflectionInput};
use waymark_core::plan::reviews::ReviewInput;
use waymark_core::{GoalInput, GoalStatus, Store};

use crate::Result;

/// The reflection Robin lets their tutor see, by its first words.
pub const SHAREABLE: &str = "We walked by the river";

/// Writes Robin's plan into `dir`; returns the id of the shareable reflection.
pub fn plan(dir: &Path) -> Result<String> {
    let store = Store::open_in_dir(dir)?;
    store.save_about_me(&AboutMe {
        preferred_name: "Robin".into(),
        for_tutors: "I can be quiet at first. Please give me a little time to answer.".into(),
        strengths: "Listening, and sticking with things".into(),
        interests: "walking, cooking, birds".into(),
        supports: vec!["quiet_space".into(), "extra_time".into()],
        support_words: "Slides the day before help me a lot.".into(),
    })?;
    let walk = store.create_goal(&GoalInput {
        title: "Walk by the river with a group".into(),
        why: "To be outside, with other people, and feel part of something.".into(),
        life_area: "relationships".into(),
        target_date: Some("2027-05-31".into()),
    })?;
    for text in [
        "Find a walking group near me",
        "Buy comfortable shoes",
        "Go on the first walk",
    ] {
        store.add_step(&walk.id, text)?;
    }
    let steps = store.goal(&walk.id)?.steps;
    store.set_step_done(&steps[0].id, true)?;
    let cook = store.create_goal(&GoalInput {
        title: "Cook a meal for my sister".into(),
        why: "We used to eat together every Sunday.".into(),
        life_area: "home".into(),
        target_date: None,
    })?;
    store.add_step(&cook.id, "Choose a simple recipe")?;
    let swim = store.create_goal(&GoalInput {
        title: "Learn to swim".into(),
        why: String::new(),
        life_area: "looking_after_me".into(),
        target_date: None,
    })?;
    store.set_goal_status(&swim.id, GoalStatus::Paused)?;
    let course_goal = store.create_goal(&GoalInput {
        title: "Ring the college about courses".into(),
        why: String::new(),
        life_area: "learning".into(),
        target_date: None,
    })?;
    store.set_goal_status(&course_goal.id, GoalStatus::Achieved)?;

    // The sample prospectus (next term's courses, and the college's
    // fictional support contacts), one of them chosen; and a course Robin
    // goes to this term, with its sessions.
    store.import_prospectus_preview(&waymark_core::files::prospectus::sample("en-GB")?)?;
    let courses = store.courses(&CourseQuery::default(), 100)?;
    let next_term = courses
        .iter()
        .find(|c| c.details.title.contains("confidence"))
        .unwrap_or(&courses[0])
        .id
        .clone();
    store.set_course_choice(&next_term, Some(CourseChoice::Enrolled))?;
    let walking = store
        .add_own_course(&CourseRecord {
            title: "Walking for wellbeing".into(),
            description: "Gentle walks by the river, at the group's own pace.".into(),
            venue: "Riverside Park, by the café".into(),
            session_times: "Saturdays 10:00 to 11:30".into(),
            term: "Autumn 2026".into(),
            start_date: Some("2026-10-10".into()),
            sessions: Some(10),
            ..CourseRecord::default()
        })?
        .id;
    store.set_course_choice(&walking, Some(CourseChoice::Attending))?;
    store.link_course(&walk.id, &walking, "Walking with others is the goal itself")?;
    for (day, state) in [
        ("2026-11-07", AttendanceState::Attended),
        ("2026-11-14", AttendanceState::Missed),
        ("2026-11-21", AttendanceState::Attended),
        ("2026-11-28", AttendanceState::Attended),
    ] {
        store.record_attendance(&walking, day, state, "")?;
    }

    let mut shareable = String::new();
    for (day, body, feeling, share, goal) in [
        (
            "2026-11-24",
            "We walked by the river for an hour. I was nervous at first, then it was fine.",
            Some(4),
            true,
            Some(walk.id.clone()),
        ),
        (
            "2026-11-18",
            "A slow day. I stayed in and rested, and that was all right.",
            Some(2),
            false,
            None,
        ),
        (
            "2026-11-05",
            "First session of the course. Everyone was kind.",
            Some(4),
            false,
            None,
        ),
    ] {
        let id = store
            .create_reflection(&ReflectionInput {
                written_on: day.into(),
                body: body.into(),
                learned: if share {
                    "Walking with others is easier than I thought.".into()
                } else {
                    String::new()
                },
                feeling,
                shareable: share,
                goal_id: goal,
                ..ReflectionInput::default()
            })?
            .id;
        if share {
            shareable = id;
        }
    }

    // Two reviews, some weeks apart: the earlier one a check-in with Alex.
    let mut reviews = Vec::new();
    for (ratings, check_in, progress) in [
        (
            [
                ("relationships", 3),
                ("home", 5),
                ("looking_after_me", 4),
                ("learning", 5),
                ("work", 2),
            ],
            true,
            "Looked up walking groups near me.",
        ),
        (
            [
                ("relationships", 6),
                ("home", 6),
                ("looking_after_me", 5),
                ("learning", 7),
                ("work", 2),
            ],
            false,
            "Found a group that meets on Saturdays, and went three times.",
        ),
    ] {
        let review = store.start_review(check_in)?.review.id;
        for (area, rating) in ratings {
            store.rate_area(&review, area, Some(rating))?;
        }
        store.review_goal(&review, &walk.id, progress, Some(1), Some("keep"))?;
        store.save_review(
            &review,
            &ReviewInput {
                check_in,
                tutor_name: if check_in {
                    "Alex".into()
                } else {
                    String::new()
                },
                went_well: "I went to every walk but one.".into(),
                whats_next: "Invite my sister for Sunday lunch.".into(),
                ..ReviewInput::default()
            },
        )?;
        store.complete_review(&review)?;
        reviews.push(review);
    }
    drop(store);
    // Dated as a student's would be: goals set in September, reviews in
    // early October and late November.
    let conn = rusqlite::Connection::open(dir.join(waymark_core::DB_FILE_NAME))?;
    conn.execute_batch(
        "UPDATE goal SET created_at = '2026-09-10T10:00:00.000Z', updated_at = '2026-09-10T10:00:00.000Z';
         UPDATE goal_status_change SET changed_at = '2026-11-20T10:00:00.000Z';
         UPDATE step SET created_at = '2026-09-10T10:00:00.000Z', done_at = CASE WHEN done_at IS NULL THEN NULL ELSE '2026-10-01T10:00:00.000Z' END;",
    )?;
    for (id, day) in reviews.iter().zip(["2026-10-03", "2026-11-26"]) {
        conn.execute(
            "UPDATE review SET started_at = ?2 || 'T10:00:00.000Z', completed_at = ?2 || 'T11:00:00.000Z',
                 updated_at = ?2 || 'T11:00:00.000Z' WHERE id = ?1",
            (id, day),
        )?;
    }
    Ok(shareable)
}
