//! Courses on a real SQLite file: import, update in place, choices, links to
//! goals, attendance, and the catalogue's search and filters.

use waymark_core::files::prospectus::parse;
use waymark_core::plan::courses::AttendanceState;
use waymark_core::plan::courses::CourseChoice;
use waymark_core::plan::courses::{CourseQuery, CourseSort, ImportSummary};
use waymark_core::plan::courses::{CourseRecord, Delivery};
use waymark_core::{Error, ErrorCode, Field, GoalInput, Store};

mod common;
use common::plan;

const TERM_ONE: &str = "Code;Title;Description;Category;Delivery;Start date;Sessions;Term\n\
RC1;Understanding anxiety;Ways to notice worry;Wellbeing;In person;13/01/2027;4;Spring 2027\n\
RC2;Creative writing;Write for yourself;Creativity;Online;20/01/2027;6;Spring 2027\n\
;Managing money;Budgets without fear;Life skills;Both;03/02/2027;3;Spring 2027\n\
RC4;Peer support;Learn to support others;Peer support;In person;10/03/2027;8;Spring 2027\n";

fn records(csv: &str) -> Vec<CourseRecord> {
    parse(csv.as_bytes(), Some("p.csv")).expect("parse").courses
}

fn all(store: &Store) -> Vec<waymark_core::plan::courses::Course> {
    store
        .courses(&CourseQuery::default(), 10_000)
        .expect("courses")
}

#[test]
fn reimporting_updates_in_place_and_keeps_what_the_student_chose_and_linked() {
    let (dir, store) = plan();
    assert_eq!(
        store.import_prospectus(&records(TERM_ONE)).expect("import"),
        ImportSummary {
            added: 4,
            updated: 0,
            unchanged: 0,
            support_contacts: 0
        }
    );
    let goal = store
        .create_goal(&GoalInput {
            title: "Feel calmer on the bus".into(),
            why: String::new(),
            life_area: "looking_after_me".into(),
            target_date: None,
        })
        .expect("goal");
    let find = |store: &Store, title: &str| {
        all(store)
            .into_iter()
            .find(|c| c.details.title == title)
            .expect(title)
    };
    let anxiety = find(&store, "Understanding anxiety");
    let money = find(&store, "Managing money");
    store
        .set_course_choice(&anxiety.id, Some(CourseChoice::Enrolled))
        .expect("choose");
    store
        .link_course(&goal.id, &anxiety.id, "It helps me with worry")
        .expect("link");
    store
        .set_course_choice(&money.id, Some(CourseChoice::Interested))
        .expect("choose");
    store
        .record_attendance(
            &anxiety.id,
            "2027-01-13",
            AttendanceState::Attended,
            "Good first week",
        )
        .expect("attend");

    // The next prospectus: RC1 renamed and moved, the money course (no code)
    // has a new description, RC2 unchanged, RC4 gone, RC5 new.
    let next = "Code;Title;Description;Category;Delivery;Start date;Sessions;Term\n\
RC1;Understanding anxiety and worry;Ways to notice worry;Wellbeing;Online;14/01/2027;5;Spring 2027\n\
RC2;Creative writing;Write for yourself;Creativity;Online;20/01/2027;6;Spring 2027\n\
;Managing money;Budgets without fear, step by step;Life skills;Both;03/02/2027;3;Spring 2027\n\
RC5;Introduction to peer support;Start here;Peer support;In person;12/03/2027;6;Spring 2027\n";
    assert_eq!(
        store.import_prospectus(&records(next)).expect("reimport"),
        ImportSummary {
            added: 1,
            updated: 2,
            unchanged: 1,
            support_contacts: 0
        }
    );
    drop(store);

    let store = Store::open_in_dir(dir.path()).expect("reopen");
    let courses = all(&store);
    assert_eq!(courses.len(), 5, "nothing is deleted: {courses:#?}");
    let anxiety_now = store.course(&anxiety.id).expect("same course, same id");
    assert_eq!(
        anxiety_now.course.details.title,
        "Understanding anxiety and worry"
    );
    assert_eq!(anxiety_now.course.details.delivery, Some(Delivery::Online));
    assert_eq!(anxiety_now.course.details.sessions, Some(5));
    assert_eq!(
        anxiety_now.course.choice.map(|c| c.as_str()),
        Some("enrolled")
    );
    assert_eq!(anxiety_now.goals.len(), 1);
    assert_eq!(anxiety_now.goals[0].why, "It helps me with worry");
    assert_eq!(anxiety_now.attendance.len(), 1);
    let money_now = store.course(&money.id).expect("matched by title and term");
    assert_eq!(
        money_now.course.details.description,
        "Budgets without fear, step by step"
    );
    assert_eq!(
        money_now.course.choice.map(|c| c.as_str()),
        Some("interested")
    );
    assert!(
        courses.iter().any(|c| c.details.title == "Peer support"),
        "RC4 stays"
    );
    let linked = store.goal_courses(&goal.id).expect("goal's courses");
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].0.id, anxiety.id);
}

#[test]
fn the_catalogue_searches_filters_and_sorts() {
    let (_dir, store) = plan();
    store.import_prospectus(&records(TERM_ONE)).expect("import");
    let titles = |q: CourseQuery| -> Vec<String> {
        store
            .courses(&q, 100)
            .expect("query")
            .into_iter()
            .map(|c| c.details.title)
            .collect()
    };
    assert_eq!(
        titles(CourseQuery {
            text: "WORRY".into(),
            ..Default::default()
        }),
        ["Understanding anxiety"]
    );
    assert_eq!(
        titles(CourseQuery {
            text: "support learn".into(),
            ..Default::default()
        }),
        ["Peer support"]
    );
    assert_eq!(
        titles(CourseQuery {
            delivery: Some(Delivery::Online),
            ..Default::default()
        }),
        ["Creative writing", "Managing money"],
        "a course run both ways counts as online too"
    );
    assert_eq!(
        titles(CourseQuery {
            category: Some("Creativity".into()),
            ..Default::default()
        }),
        ["Creative writing"]
    );
    assert_eq!(
        titles(CourseQuery {
            from: Some("2027-02-01".into()),
            to: Some("2027-02-28".into()),
            ..Default::default()
        }),
        ["Managing money"]
    );
    assert_eq!(
        titles(CourseQuery {
            sort: CourseSort::StartDate,
            ..Default::default()
        }),
        [
            "Understanding anxiety",
            "Creative writing",
            "Managing money",
            "Peer support"
        ]
    );
    assert_eq!(
        titles(CourseQuery {
            text: "'; DROP TABLE course; --".into(),
            ..Default::default()
        }),
        Vec::<String>::new()
    );
    // A date still being typed (day only) or not a real day filters nothing.
    for half in ["0000-00-05", "2027-02-30", "soon"] {
        assert_eq!(
            titles(CourseQuery {
                from: Some(half.into()),
                ..Default::default()
            })
            .len(),
            4,
            "{half}"
        );
    }
    let (categories, terms) = store.course_facets().expect("facets");
    assert_eq!(
        categories,
        ["Creativity", "Life skills", "Peer support", "Wellbeing"]
    );
    assert_eq!(terms, ["Spring 2027"]);
}

#[test]
fn own_courses_choices_and_attendance_are_validated() {
    let (_dir, store) = plan();
    let own = store
        .add_own_course(&CourseRecord {
            title: "Evening pottery class".into(),
            venue: "Community centre".into(),
            start_date: Some("2027-04-01".into()),
            ..Default::default()
        })
        .expect("own course");
    assert!(own.own);
    assert_eq!(own.choice.map(|c| c.as_str()), Some("interested"));

    fn field<T: std::fmt::Debug>(r: Result<T, Error>) -> Field {
        match r {
            Err(Error::Invalid(i)) => i.field,
            other => panic!("expected invalid, got {other:?}"),
        }
    }
    assert_eq!(
        field(CourseChoice::parse("failed").map_err(Error::from)),
        Field::Choice
    );
    assert_eq!(
        field(AttendanceState::parse("late").map_err(Error::from)),
        Field::Attendance
    );
    assert_eq!(
        field(store.record_attendance(&own.id, "someday", AttendanceState::Missed, "")),
        Field::TargetDate
    );
    assert!(matches!(
        store.add_own_course(&CourseRecord::default()),
        Err(Error::Invalid(i)) if i.field == Field::Title
    ));
    assert_eq!(
        store
            .set_course_choice("nope", Some(CourseChoice::Enrolled))
            .expect_err("missing")
            .code(),
        ErrorCode::NotFound
    );

    store
        .record_attendance(
            &own.id,
            "2027-04-08",
            AttendanceState::Missed,
            "I was tired",
        )
        .expect("missed");
    let detail = store
        .record_attendance(&own.id, "2027-04-01", AttendanceState::Attended, "")
        .expect("attended");
    let states: Vec<&str> = detail.attendance.iter().map(|a| a.state.as_str()).collect();
    assert_eq!(states, ["attended", "missed"], "in date order");
    assert_eq!(
        store
            .set_course_choice(&own.id, None)
            .expect("clear")
            .course
            .choice,
        None
    );
}
