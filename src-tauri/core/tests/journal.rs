//! About me, learning support, reflections and the plan-wide search, on a real
//! SQLite file in a temporary folder.

use proptest::prelude::*;
use waymark_core::files::prospectus::parse;
use waymark_core::plan::courses::AttendanceState;
use waymark_core::plan::courses::CourseChoice;
use waymark_core::plan::courses::CourseQuery;
use waymark_core::plan::journal::{AboutMe, JournalQuery, ReflectionInput};
use waymark_core::plan::search::HitKind;
use waymark_core::{Error, Field, GoalInput, Problem, Store};

mod common;
use common::{goal_id, plan};

fn field_of(error: Error) -> Field {
    error.field().expect("a validation error")
}

fn written(on: &str, body: &str) -> ReflectionInput {
    ReflectionInput {
        written_on: on.into(),
        body: body.into(),
        ..ReflectionInput::default()
    }
}

/// What a search finds, as (kind, id) pairs in rank order.
fn found(store: &Store, text: &str) -> Vec<(HitKind, String)> {
    store
        .search(text, 0)
        .expect("search never errors")
        .hits
        .into_iter()
        .map(|hit| (hit.kind, hit.id))
        .collect()
}

#[test]
fn about_me_starts_empty_and_keeps_the_students_words() {
    let (dir, store) = plan();
    assert_eq!(store.about_me().expect("about"), AboutMe::default());
    let about = AboutMe {
        preferred_name: "  Jo  ".into(),
        for_tutors: "I like to sit near the door.\nMornings are hard.".into(),
        strengths: "Listening".into(),
        interests: "painting, walking; cooking\nbirds".into(),
        supports: vec!["quiet_space".into(), "large_print".into()],
        support_words: "Please send slides the day before".into(),
    };
    store.save_about_me(&about).expect("save");
    drop(store);

    let store = Store::open_in_dir(dir.path()).expect("reopen");
    let kept = store.about_me().expect("about");
    assert_eq!(kept.preferred_name, "Jo");
    assert_eq!(
        kept.for_tutors,
        "I like to sit near the door.\nMornings are hard."
    );
    // Supports come back in the list's order, whatever order they were sent in.
    assert_eq!(kept.supports, vec!["large_print", "quiet_space"]);
    assert_eq!(
        kept.interest_list(),
        vec!["painting", "walking", "cooking", "birds"]
    );

    // Unticking works; an unknown support is refused and changes nothing.
    let mut fewer = kept.clone();
    fewer.supports = vec!["quiet_space".into()];
    assert_eq!(
        store.save_about_me(&fewer).expect("save").supports,
        vec!["quiet_space"]
    );
    let mut bad = fewer.clone();
    bad.supports.push("a_diagnosis".into());
    bad.strengths = "changed".into();
    assert_eq!(
        field_of(store.save_about_me(&bad).expect_err("refused")),
        Field::Support
    );
    assert_eq!(store.about_me().expect("about"), fewer);

    let mut long = fewer;
    long.preferred_name = "n".repeat(101);
    assert_eq!(
        field_of(store.save_about_me(&long).expect_err("refused")),
        Field::PreferredName
    );
}

#[test]
fn a_reflection_is_private_by_default_and_links_to_a_course_and_a_goal() {
    let (_dir, store) = plan();
    let goal_id = goal_id(&store, "Feel calmer in groups");
    let csv = "Title;Start date;Sessions\nUnderstanding anxiety;12/01/2027;4\n";
    store
        .import_prospectus(&parse(csv.as_bytes(), Some("p.csv")).expect("parse").courses)
        .expect("import");
    let course = store.courses(&CourseQuery::default(), 10).expect("courses")[0].clone();

    let made = store
        .create_reflection(&ReflectionInput {
            written_on: "2027-01-12".into(),
            learned: "Breathing slowly helps".into(),
            how_it_went: "Better than I thought".into(),
            feeling: Some(4),
            course_id: Some(course.id.clone()),
            session_date: Some("2027-01-12".into()),
            goal_id: Some(goal_id.clone()),
            ..ReflectionInput::default()
        })
        .expect("create");
    assert!(!made.shareable, "private unless the student says so");
    assert_eq!(made.course_title.as_deref(), Some("Understanding anxiety"));
    assert_eq!(made.goal_title.as_deref(), Some("Feel calmer in groups"));
    assert_eq!(made.session_date.as_deref(), Some("2027-01-12"));
    assert_eq!(made.body, "");

    let mut input = ReflectionInput {
        written_on: made.written_on.clone(),
        learned: made.learned.clone(),
        shareable: true,
        goal_id: Some(goal_id.clone()),
        ..ReflectionInput::default()
    };
    let edited = store.update_reflection(&made.id, &input).expect("update");
    assert!(edited.shareable);
    assert_eq!(edited.course_id, None);
    assert_eq!(edited.session_date, None, "a session needs its course");
    assert_eq!(edited.how_it_went, "");

    // Deleting the goal keeps the reflection: only the link goes.
    store.delete_goal(&goal_id).expect("delete goal");
    let kept = store.reflection(&made.id).expect("still there");
    assert_eq!(kept.goal_id, None);
    assert_eq!(kept.learned, "Breathing slowly helps");

    input.goal_id = None;
    store.delete_reflection(&made.id).expect("delete");
    assert!(matches!(
        store.reflection(&made.id),
        Err(Error::NotFound(_))
    ));
    assert!(matches!(
        store.delete_reflection(&made.id),
        Err(Error::NotFound(_))
    ));
    assert!(matches!(
        store.update_reflection(&made.id, &input),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn bad_reflections_are_refused_with_the_field_and_change_nothing() {
    let (_dir, store) = plan();
    let ok = store
        .create_reflection(&written("2027-02-01", "A good day"))
        .expect("ok");
    let cases: Vec<(ReflectionInput, Field)> = vec![
        (written("2027-02-01", "  \n "), Field::ReflectionText),
        (written("2027-02-30", "text"), Field::WrittenOn),
        (written("", "text"), Field::WrittenOn),
        (written("yesterday", "text"), Field::WrittenOn),
        (
            written("2027-02-01", &"x".repeat(20_001)),
            Field::ReflectionText,
        ),
        (
            ReflectionInput {
                feeling: Some(6),
                ..written("2027-02-01", "text")
            },
            Field::Feeling,
        ),
        (
            ReflectionInput {
                feeling: Some(0),
                ..written("2027-02-01", "text")
            },
            Field::Feeling,
        ),
        (
            ReflectionInput {
                course_id: Some("no-such-course".into()),
                ..written("2027-02-01", "text")
            },
            Field::Course,
        ),
        (
            ReflectionInput {
                goal_id: Some("'; DROP TABLE goal; --".into()),
                ..written("2027-02-01", "text")
            },
            Field::Goal,
        ),
    ];
    for (input, expected) in cases {
        let before = store.journal(&JournalQuery::default()).expect("journal");
        assert_eq!(
            field_of(store.create_reflection(&input).expect_err("refused")),
            expected
        );
        assert_eq!(
            field_of(
                store
                    .update_reflection(&ok.id, &input)
                    .expect_err("refused")
            ),
            expected
        );
        assert_eq!(
            store.journal(&JournalQuery::default()).expect("journal"),
            before
        );
    }
    let empty = store
        .create_reflection(&written("2027-02-01", " "))
        .expect_err("empty");
    assert_eq!(
        empty.invalid().map(|i| i.problem.clone()),
        Some(Problem::Empty)
    );
}

#[test]
fn the_journal_is_newest_first_and_filters() {
    let (_dir, store) = plan();
    let goal_id = goal_id(&store, "Make a friend");
    let mut ids = Vec::new();
    for (day, shareable, with_goal) in [
        ("2027-01-05", false, false),
        ("2027-01-20", true, true),
        ("2027-02-03", false, true),
        ("2027-03-10", true, false),
    ] {
        let input = ReflectionInput {
            shareable,
            goal_id: with_goal.then(|| goal_id.clone()),
            ..written(day, &format!("Written on {day}"))
        };
        ids.push(store.create_reflection(&input).expect("create").id);
    }
    let days = |query: JournalQuery| -> Vec<String> {
        store
            .journal(&query)
            .expect("journal")
            .reflections
            .into_iter()
            .map(|r| r.written_on)
            .collect()
    };
    assert_eq!(
        days(JournalQuery::default()),
        vec!["2027-03-10", "2027-02-03", "2027-01-20", "2027-01-05"]
    );
    assert_eq!(
        days(JournalQuery {
            shareable_only: true,
            ..JournalQuery::default()
        }),
        vec!["2027-03-10", "2027-01-20"]
    );
    assert_eq!(
        days(JournalQuery {
            goal_id: Some(goal_id.clone()),
            ..JournalQuery::default()
        }),
        vec!["2027-02-03", "2027-01-20"]
    );
    assert_eq!(
        days(JournalQuery {
            from: Some("2027-01-20".into()),
            to: Some("2027-02-28".into()),
            ..JournalQuery::default()
        }),
        vec!["2027-02-03", "2027-01-20"]
    );
    // A half-typed date filters nothing rather than failing.
    assert_eq!(
        days(JournalQuery {
            from: Some("2027-0".into()),
            ..JournalQuery::default()
        })
        .len(),
        4
    );
    let page = store
        .journal(&JournalQuery {
            limit: Some(2),
            offset: 2,
            ..JournalQuery::default()
        })
        .expect("page");
    assert_eq!(page.total, 4);
    assert_eq!(page.reflections.len(), 2);
    assert_eq!(page.reflections[0].written_on, "2027-01-20");
}

#[test]
fn the_search_index_follows_every_edit_and_delete() {
    let (_dir, store) = plan();
    let goal_id = goal_id(&store, "Learn to paint with watercolours");
    let with_step = store
        .add_step(&goal_id, "Buy a small brush set")
        .expect("step");
    let step_id = with_step.steps[0].id.clone();
    let reflection = store
        .create_reflection(&written("2027-01-12", "Die Übung mit Farben war schön"))
        .expect("reflection");

    assert_eq!(
        found(&store, "watercolour"),
        vec![(HitKind::Goal, goal_id.clone())]
    );
    assert_eq!(
        found(&store, "brush"),
        vec![(HitKind::Step, step_id.clone())]
    );
    // Accents are folded both ways.
    assert_eq!(
        found(&store, "ubung"),
        vec![(HitKind::Reflection, reflection.id.clone())]
    );
    assert_eq!(
        found(&store, "ÜBUNG"),
        vec![(HitKind::Reflection, reflection.id.clone())]
    );
    assert_eq!(
        found(&store, "schon farben"),
        vec![(HitKind::Reflection, reflection.id.clone())]
    );
    // Text written with combining accents (as some keyboards send it) too.
    let decomposed = store
        .create_reflection(&written("2027-01-13", "Cafe\u{301} mit Ku\u{308}chen"))
        .expect("decomposed");
    assert_eq!(
        found(&store, "kuchen"),
        vec![(HitKind::Reflection, decomposed.id.clone())]
    );
    assert_eq!(
        found(&store, "café"),
        vec![(HitKind::Reflection, decomposed.id.clone())]
    );
    store.delete_reflection(&decomposed.id).expect("delete");

    // Edits: the old words are gone, the new ones found.
    store
        .update_goal(
            &goal_id,
            &GoalInput {
                title: "Learn to draw birds".into(),
                why: "Sketching outdoors".into(),
                life_area: "creativity".into(),
                target_date: None,
            },
        )
        .expect("edit goal");
    assert!(found(&store, "watercolour").is_empty());
    assert_eq!(
        found(&store, "birds"),
        vec![(HitKind::Goal, goal_id.clone())]
    );
    assert_eq!(
        found(&store, "sketching"),
        vec![(HitKind::Goal, goal_id.clone())]
    );
    store
        .edit_step(&step_id, "Find a pencil")
        .expect("edit step");
    assert!(found(&store, "brush").is_empty());
    assert_eq!(
        found(&store, "pencil"),
        vec![(HitKind::Step, step_id.clone())]
    );
    store
        .update_reflection(&reflection.id, &written("2027-01-12", "Heute: Gedichte"))
        .expect("edit reflection");
    assert!(found(&store, "ubung").is_empty());
    assert_eq!(
        found(&store, "gedichte"),
        vec![(HitKind::Reflection, reflection.id.clone())]
    );

    // Deletes: nothing is found that is no longer in the plan, including the
    // steps that went with their goal.
    store.delete_reflection(&reflection.id).expect("delete");
    assert!(found(&store, "gedichte").is_empty());
    store.delete_goal(&goal_id).expect("delete goal");
    assert!(found(&store, "birds").is_empty());
    assert!(found(&store, "pencil").is_empty());
    let keys: i64 = store.search_index_size().expect("size");
    assert_eq!(keys, 0, "the index holds nothing for a now-empty plan");
}

#[test]
fn courses_are_found_once_chosen_and_session_notes_are_found() {
    let (_dir, store) = plan();
    let csv = "Title;Start date;Sessions\nPottery for beginners;12/01/2027;4\n";
    store
        .import_prospectus(&parse(csv.as_bytes(), Some("p.csv")).expect("parse").courses)
        .expect("import");
    let course = store.courses(&CourseQuery::default(), 10).expect("courses")[0].clone();
    assert!(
        found(&store, "pottery").is_empty(),
        "the whole prospectus is not the plan"
    );
    store
        .set_course_choice(&course.id, Some(CourseChoice::Enrolled))
        .expect("choose");
    assert_eq!(
        found(&store, "pottery"),
        vec![(HitKind::Course, course.id.clone())]
    );
    store
        .record_attendance(
            &course.id,
            "2027-01-12",
            AttendanceState::Attended,
            "Made a wobbly bowl",
        )
        .expect("attend");
    let page = store.search("wobbly", 0).expect("search");
    assert_eq!(page.hits.len(), 1);
    assert_eq!(page.hits[0].kind, HitKind::Note);
    assert_eq!(page.hits[0].open_id, course.id);
    assert_eq!(page.hits[0].date.as_deref(), Some("2027-01-12"));
    store.set_course_choice(&course.id, None).expect("unchoose");
    assert!(found(&store, "pottery").is_empty());
}

#[test]
fn matches_are_ranked_and_highlighted_as_plain_segments() {
    let (_dir, store) = plan();
    store
        .create_reflection(&written(
            "2027-01-01",
            "I went for a walk. Later, more walking, walking everywhere.",
        ))
        .expect("r");
    let goal_id = goal_id(&store, "Walk every day");
    store
        .create_reflection(&written(
            "2027-01-02",
            "Nothing about that here <b>walk</b>",
        ))
        .expect("r");
    let page = store.search("walk", 0).expect("search");
    assert_eq!(page.total, 3);
    // A match in a goal's title ranks first.
    assert_eq!(page.hits[0].id, goal_id);
    let title = &page.hits[0].title;
    assert!(title.iter().any(|s| s.hit && s.text == "Walk"), "{title:?}");
    // Text that looks like HTML is just text, and the segments rebuild it.
    let html = page
        .hits
        .iter()
        .find(|h| h.snippet.iter().any(|s| s.text.contains("<b>")))
        .expect("the html-looking one");
    let joined: String = html.snippet.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, "Nothing about that here <b>walk</b>");
    assert!(html.snippet.iter().any(|s| s.hit && s.text == "walk"));
}

#[test]
fn search_syntax_and_sql_in_the_box_are_just_words() {
    let (_dir, store) = plan();
    let plain = store
        .create_reflection(&written("2027-01-01", "tea and biscuits"))
        .expect("r")
        .id;
    let near = store
        .create_reflection(&written("2027-01-02", "I sat near the window"))
        .expect("r")
        .id;
    let quoted = store
        .create_reflection(&written("2027-01-03", "She said \"hello\" to me"))
        .expect("r")
        .id;
    let has = |text: &str| -> Vec<String> {
        let mut ids: Vec<String> = found(&store, text).into_iter().map(|(_, id)| id).collect();
        ids.sort();
        ids
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    // AND, OR, NOT and NEAR are words, not operators.
    assert_eq!(has("tea AND biscuits"), vec![plain.clone()]);
    assert_eq!(has("tea OR window"), Vec::<String>::new());
    assert_eq!(has("NOT tea"), Vec::<String>::new());
    assert_eq!(has("near"), vec![near.clone()]);
    assert_eq!(has("NEAR(tea biscuits)"), Vec::<String>::new());
    assert_eq!(has("\"hello\""), vec![quoted.clone()]);
    assert_eq!(has("said \"hello"), vec![quoted.clone()]);
    assert_eq!(has("hello\" OR \"tea"), Vec::<String>::new());
    // Column filters, prefixes and SQL are harmless.
    assert_eq!(has("body:tea"), Vec::<String>::new());
    assert_eq!(has("title : tea"), Vec::<String>::new());
    assert_eq!(
        has("t*"),
        sorted(vec![plain.clone(), near.clone(), quoted.clone()])
    );
    assert_eq!(has("'; DROP TABLE reflection; --"), Vec::<String>::new());
    assert_eq!(has("^tea"), vec![plain.clone()]);
    for nothing in [
        "", "   ", "\"", "\"\"", "*", "()", "-", "+", ":", "AND", "OR", "NOT",
    ] {
        let page = store.search(nothing, 0).expect("never an error");
        assert!(
            page.hits.iter().all(|h| h.kind == HitKind::Reflection),
            "{nothing:?}"
        );
    }
    assert_eq!(
        store
            .journal(&JournalQuery::default())
            .expect("journal")
            .total,
        3
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    /// Whatever is typed, the search answers (perhaps with nothing) and never
    /// errors.
    #[test]
    fn any_typed_text_searches_without_error(text in "\\PC{0,40}") {
        let (_dir, store) = plan_with_reflections();
        let page = store.search(&text, 0);
        prop_assert!(page.is_ok(), "{text:?}: {page:?}");
    }

    /// Every hit really contains each typed word (as the start of one of its
    /// words, whatever the case or accents), and every reflection that does is
    /// found: checked against a plain reading of the same texts.
    #[test]
    fn every_hit_contains_each_typed_word_and_none_is_missed(
        words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 1..4)
    ) {
        let (_dir, store) = plan_with_reflections();
        let typed = words.join(" ");
        let page = store.search(&typed, 0).expect("search");
        let fold = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.to_lowercase().replace('ü', "u"))
                .collect()
        };
        let matches = |body: &str| {
            let tokens = fold(body);
            fold(&typed).iter().all(|word| {
                tokens.iter().any(|t| if word.chars().count() > 1 { t.starts_with(word.as_str()) } else { t == word })
            })
        };
        let mut found = std::collections::BTreeSet::new();
        for hit in &page.hits {
            prop_assert_eq!(hit.kind, HitKind::Reflection);
            let body = &store.reflection(&hit.id).expect("hit").body;
            prop_assert!(matches(body), "{typed:?} found {body:?}");
            found.insert(body.clone());
        }
        let expected: std::collections::BTreeSet<String> =
            BODIES.iter().filter(|b| matches(b)).map(|b| b.to_string()).collect();
        prop_assert_eq!(found, expected, "{:?}", typed);
        prop_assert_eq!(page.total as usize, page.hits.len());
    }
}

/// The reflections of the property tests' plan.
const BODIES: [&str; 4] = [
    "tea and biscuits",
    "Übung macht den Meister",
    "walk NEAR the river",
    "x \"quoted\" y",
];

/// Words to search for: whole words, beginnings, other cases and accents,
/// one-letter words, and words in no reflection.
const VOCABULARY: &[&str] = &[
    "tea", "te", "biscuits", "bisc", "and", "ubung", "Übung", "üb", "macht", "MEISTER", "meis",
    "walk", "near", "NEAR", "river", "riv", "quoted", "quot", "x", "y", "t", "a", "zebra", "den",
];

/// One plan for the property test, with a few reflections in it.
fn plan_with_reflections() -> (tempfile::TempDir, Store) {
    let (dir, store) = plan();
    for (i, body) in BODIES.iter().enumerate() {
        store
            .create_reflection(&written(&format!("2027-01-0{}", i + 1), body))
            .expect("r");
    }
    (dir, store)
}
