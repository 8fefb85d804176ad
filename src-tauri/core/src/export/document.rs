//! The tutor pack as one document: what it says, in which order, in the
//! student's language, built once from the shared plan. The web page
//! (`html`) and the PDF (`pdf`) each render it; neither reads the plan.
//!
//! The document is walked, not kept: [`walk`] hands each block to the
//! rendering as it is made, so a ten-year plan never sits in memory twice.
//! Every text says where it comes from ([`Text`]): the plan's own words are
//! isolated for direction by each rendering, Waymark's are not.

use crate::export::words::{isolate, Titled, Words};
use crate::files::plan_file::{SharedChart, SharedPlan};
use crate::plan::courses::AttendanceState;

/// A piece of text, by where its words come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// Words from the plan (a title, a name, a course's term): a rendering
    /// isolates them, so no direction mark in them turns what is around.
    Plan(String),
    /// Waymark's own words, already in the student's language.
    Waymark(String),
    /// Waymark's sentence `key` around words from the plan (`args`): each
    /// rendering says it, isolating the plan's words in its own way.
    Sentence {
        key: &'static str,
        args: Vec<(&'static str, String)>,
    },
}

impl Text {
    /// The text as one line of plain text, the plan's words isolated with
    /// Unicode marks (for renderings without markup).
    pub fn plain(&self, words: &Words) -> String {
        match self {
            Text::Plan(text) => isolate(text),
            Text::Waymark(text) => text.clone(),
            Text::Sentence { key, args } => {
                let isolated: Vec<(&str, String)> =
                    args.iter().map(|(k, v)| (*k, isolate(v))).collect();
                let args: Vec<(&str, &str)> =
                    isolated.iter().map(|(k, v)| (*k, v.as_str())).collect();
                words.get(key, &args)
            }
        }
    }
}

/// Which list a list is: each rendering marks its items its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// The ways the student says they learn best (Waymark's words).
    Supports,
    /// A goal's steps, done or to do.
    Steps,
    /// What was suggested at a check-in, and whether it was taken on.
    Suggestions,
    /// Lines of a sheet (a check-in sheet's "what is due").
    Plain,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub text: Text,
    /// For a step: whether it is done.
    pub done: Option<bool>,
    /// A few words after it: "done", "taken on".
    pub note: Option<String>,
}

/// A label and the words under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub label: Text,
    pub text: String,
    /// A few of Waymark's words after the text (a goal's attainment).
    pub note: Option<String>,
    /// Whether `text` is the plan's own words (kept with their line breaks
    /// and direction), not a day Waymark wrote.
    pub plan_words: bool,
}

/// One part of life on the progress picture: then and now.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaRow {
    /// The area's name, as the student's language says it (not isolated).
    pub area: String,
    pub before: Option<i32>,
    pub after: Option<i32>,
    /// What each bar's words say: "4 of 10", or "not rated".
    pub before_value: String,
    pub after_value: String,
    /// "up 2", "down 1", "the same"; `None` unless both reviews rated it.
    pub change: Option<String>,
}

/// The progress picture: for each part of life, the earlier review and the
/// latest as a bar each, named in words, with its number in words beside
/// it. Colour is never the only difference: the earlier bar is outlined and
/// each bar has its review's word before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    /// "Earlier review, 3 October 2026" (`None` with one review only).
    pub before_label: Option<String>,
    /// "Latest review, 26 November 2026", or "Review, …" with one only.
    pub after_label: String,
    /// The word before each bar: "Earlier", and "Latest" (or "Rated").
    pub before_word: String,
    pub after_word: String,
    pub rows: Vec<AreaRow>,
}

impl Chart {
    /// The whole picture in sentences, one per part of life.
    pub fn description(&self) -> String {
        self.rows
            .iter()
            .map(|row| {
                let mut line = format!("{}: ", isolate(&row.area));
                if self.before_label.is_some() {
                    line.push_str(&format!("{} {}, ", self.before_word, row.before_value));
                }
                line.push_str(&format!("{} {}", self.after_word, row.after_value));
                if let Some(change) = &row.change {
                    line.push_str(&format!(", {change}"));
                }
                line.push('.');
                line
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A block of the document, handed to the rendering in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The pack's title (the student's name as they like it, maybe empty),
    /// when it was shared, and the words under the title.
    Title {
        /// The tutor pack, or another document (a check-in sheet).
        of: Titled,
        name: String,
        exported_at: String,
        lede: String,
    },
    /// A part of the plan, with what to say when it has nothing in it.
    Section {
        id: &'static str,
        heading: String,
        none: Option<String>,
    },
    EndSection,
    /// One goal, course, review or reflection: its heading, a line about it,
    /// and a summary (a course's attendance).
    Item {
        heading: Text,
        meta: Option<Vec<Text>>,
        summary: Option<String>,
    },
    EndItem,
    /// A paragraph of the plan's own words, line breaks kept.
    Words(String),
    /// Waymark's heading over a paragraph of the plan's words.
    Passage {
        heading: String,
        text: String,
    },
    /// Labels with the words under them (those with no words are left out).
    Terms(Vec<Term>),
    List {
        kind: ListKind,
        title: Option<String>,
        items: Vec<ListItem>,
    },
    Chart(Chart),
    /// The last line: which Waymark made the pack.
    Footer(String),
}

/// What a rendering of the document does with each block.
pub trait Render {
    fn block(&mut self, block: Block);
}

/// Walks the tutor pack for `plan`, in `words`' language, block by block.
pub fn walk(
    plan: &SharedPlan,
    words: &Words,
    exported_at: &str,
    app_version: &str,
    out: &mut dyn Render,
) {
    walk_as(Titled::Pack, plan, words, exported_at, app_version, out)
}

/// Walks `plan` as the document `of` (the tutor pack, or the student's own
/// printed plan), block by block.
pub fn walk_as(
    of: Titled,
    plan: &SharedPlan,
    words: &Words,
    exported_at: &str,
    app_version: &str,
    out: &mut dyn Render,
) {
    let (lede, reflections, made_with) = of.walk_keys();
    let w = |key: &str| words.get(key, &[]);
    let day = |at: &str| words.date(at);
    let area = |key: &str| words.area(key, &plan.life_areas);
    let section = |id, heading: &str, empty: bool| Block::Section {
        id,
        heading: w(heading),
        none: empty.then(|| w("pack-none")),
    };

    out.block(Block::Title {
        of,
        name: plan.name.clone(),
        exported_at: exported_at.to_string(),
        lede: w(lede),
    });

    if let Some(about) = &plan.about_me {
        out.block(section("about", "about-me", false));
        out.block(Block::Terms(
            [
                ("about-for-tutors", &about.for_tutors),
                ("about-strengths", &about.strengths),
                ("about-interests", &about.interests),
            ]
            .into_iter()
            .map(|(key, text)| term(w(key), text))
            .collect(),
        ));
        out.block(Block::EndSection);
    }

    if let Some(support) = &plan.support {
        out.block(section("support", "support-title", false));
        if !support.supports.is_empty() {
            out.block(Block::List {
                kind: ListKind::Supports,
                title: None,
                items: support
                    .supports
                    .iter()
                    .map(|key| ListItem {
                        text: Text::Waymark(w(&format!("support-{key}"))),
                        done: None,
                        note: None,
                    })
                    .collect(),
            });
        }
        if !support.support_words.trim().is_empty() {
            out.block(Block::Passage {
                heading: w("support-words"),
                text: support.support_words.clone(),
            });
        }
        out.block(Block::EndSection);
    }

    if let Some(chart) = &plan.chart {
        out.block(section("chart", "chart-title", false));
        out.block(Block::Chart(chart_of(chart, words, &area)));
        out.block(Block::EndSection);
    }

    if let Some(goals) = &plan.goals {
        out.block(section("goals", "nav-goals", goals.is_empty()));
        for goal in goals {
            let mut meta = vec![
                Text::Plan(area(&goal.life_area)),
                Text::Waymark(w(&format!("status-{}", goal.status.as_str()))),
            ];
            if let Some(target) = &goal.target_date {
                meta.push(Text::Waymark(
                    words.get("pack-target", &[("date", &day(target))]),
                ));
            }
            out.block(Block::Item {
                heading: Text::Plan(goal.title.clone()),
                meta: Some(meta),
                summary: None,
            });
            if !goal.why.trim().is_empty() {
                out.block(Block::Words(goal.why.clone()));
            }
            if !goal.steps.is_empty() {
                out.block(Block::List {
                    kind: ListKind::Steps,
                    title: Some(w("steps-title")),
                    items: goal
                        .steps
                        .iter()
                        .map(|step| ListItem {
                            text: Text::Plan(step.text.clone()),
                            done: Some(step.done),
                            note: Some(w(if step.done {
                                "pack-step-done"
                            } else {
                                "pack-step-todo"
                            })),
                        })
                        .collect(),
                });
            }
            out.block(Block::EndItem);
        }
        out.block(Block::EndSection);
    }

    if let Some(courses) = &plan.courses {
        out.block(section("courses", "pack-courses", courses.is_empty()));
        for course in courses {
            let mut meta = Vec::new();
            if let Some(choice) = course.choice {
                meta.push(Text::Waymark(w(&format!("choice-{}", choice.as_str()))));
            }
            if !course.term.trim().is_empty() {
                meta.push(Text::Plan(course.term.clone()));
            }
            if let Some(start) = &course.start_date {
                meta.push(Text::Waymark(
                    words.get("pack-starts", &[("date", &day(start))]),
                ));
            }
            let summary = (!course.sessions.is_empty()).then(|| {
                let count = |state: AttendanceState| {
                    course
                        .sessions
                        .iter()
                        .filter(|s| s.state == state)
                        .count()
                        .to_string()
                };
                words.get(
                    "attendance-summary",
                    &[
                        ("attended", &count(AttendanceState::Attended)),
                        ("missed", &count(AttendanceState::Missed)),
                        ("cancelled", &count(AttendanceState::Cancelled)),
                    ],
                )
            });
            out.block(Block::Item {
                heading: Text::Plan(course.title.clone()),
                meta: Some(meta),
                summary,
            });
            out.block(Block::EndItem);
        }
        out.block(Block::EndSection);
    }

    if let Some(reviews) = &plan.reviews {
        out.block(section("reviews", "pack-reviews", reviews.is_empty()));
        let goal_title = |id: &str| {
            plan.goals
                .iter()
                .flatten()
                .find(|g| g.id == id)
                .map(|g| g.title.clone())
        };
        for review in reviews {
            let with = review.check_in.then(|| {
                vec![if review.tutor_name.trim().is_empty() {
                    Text::Waymark(w("review-check-in-short"))
                } else {
                    Text::Sentence {
                        key: "review-with",
                        args: vec![("name", review.tutor_name.clone())],
                    }
                }]
            });
            out.block(Block::Item {
                heading: Text::Waymark(
                    words.get("pack-review-of", &[("date", &day(&review.completed_at))]),
                ),
                meta: with,
                summary: None,
            });
            let mut terms: Vec<Term> = [
                ("review-talked", &review.talked_about),
                ("review-went-well", &review.went_well),
                ("review-whats-next", &review.whats_next),
            ]
            .into_iter()
            .map(|(key, text)| term(w(key), text))
            .collect();
            for goal in &review.goals {
                let Some(title) = goal_title(&goal.goal_id) else {
                    continue;
                };
                terms.push(Term {
                    label: Text::Plan(title),
                    text: goal.progress.clone(),
                    note: goal.attainment.map(|a| w(attainment_key(a))),
                    plan_words: true,
                });
            }
            if let Some(next) = &review.next_review_on {
                terms.push(Term {
                    label: Text::Waymark(w("review-next-date")),
                    text: day(next),
                    note: None,
                    plan_words: false,
                });
            }
            out.block(Block::Terms(terms));
            if !review.suggestions.is_empty() {
                out.block(Block::List {
                    kind: ListKind::Suggestions,
                    title: Some(w("review-suggestions")),
                    items: review
                        .suggestions
                        .iter()
                        .map(|s| ListItem {
                            text: Text::Plan(s.text.clone()),
                            done: None,
                            note: s.taken_on.then(|| w("pack-taken-on")),
                        })
                        .collect(),
                });
            }
            out.block(Block::EndItem);
        }
        out.block(Block::EndSection);
    }

    if !plan.reflections.is_empty() {
        out.block(section("reflections", reflections, false));
        for r in &plan.reflections {
            let about: Vec<Text> = [&r.goal_title, &r.course_title]
                .into_iter()
                .flatten()
                .map(|t| Text::Plan(t.clone()))
                .collect();
            out.block(Block::Item {
                heading: Text::Waymark(day(&r.written_on)),
                meta: (!about.is_empty()).then_some(about),
                summary: None,
            });
            if !r.body.trim().is_empty() {
                out.block(Block::Words(r.body.clone()));
            }
            out.block(Block::Terms(
                [
                    ("prompt-learned", &r.learned),
                    ("prompt-how-it-went", &r.how_it_went),
                    ("prompt-try-next", &r.try_next),
                ]
                .into_iter()
                .map(|(key, text)| term(w(key), text))
                .collect(),
            ));
            out.block(Block::EndItem);
        }
        out.block(Block::EndSection);
    }

    out.block(Block::Footer(
        words.get(made_with, &[("version", app_version)]),
    ));
}

/// Waymark's label over the plan's words.
fn term(label: String, text: &str) -> Term {
    Term {
        label: Text::Waymark(label),
        text: text.to_string(),
        note: None,
        plan_words: true,
    }
}

/// The words for a goal's attainment (-2 to +2).
fn attainment_key(attainment: i32) -> &'static str {
    match attainment {
        i32::MIN..=-2 => "attainment-minus2",
        -1 => "attainment-minus1",
        0 => "attainment-plus0",
        1 => "attainment-plus1",
        _ => "attainment-plus2",
    }
}

/// The progress picture's words.
fn chart_of(chart: &SharedChart, words: &Words, area: &dyn Fn(&str) -> String) -> Chart {
    let value = |v: Option<i32>| match v {
        Some(v) => words.get("chart-of-ten", &[("value", &v.to_string())]),
        None => words.get("chart-not-rated", &[]),
    };
    let rows = chart
        .points
        .iter()
        .map(|p| AreaRow {
            area: area(&p.life_area),
            before: p.before,
            after: p.after,
            before_value: value(p.before),
            after_value: value(p.after),
            change: match (chart.before.as_ref(), p.before, p.after) {
                (Some(_), Some(before), Some(after)) => Some(match after - before {
                    0 => words.get("chart-same", &[]),
                    by if by > 0 => words.get("chart-up", &[("by", &by.to_string())]),
                    by => words.get("chart-down", &[("by", &(-by).to_string())]),
                }),
                _ => None,
            },
        })
        .collect();
    let after_day = words.date(&chart.after);
    let before_label = chart
        .before
        .as_deref()
        .map(|b| words.get("chart-earlier", &[("date", &words.date(b))]));
    Chart {
        title: words.get("chart-title", &[]),
        after_label: words.get(
            if before_label.is_some() {
                "chart-latest"
            } else {
                "chart-one"
            },
            &[("date", &after_day)],
        ),
        before_label,
        before_word: words.get("chart-earlier-short", &[]),
        after_word: words.get(
            if chart.before.is_some() {
                "chart-latest-short"
            } else {
                "chart-rated-short"
            },
            &[],
        ),
        rows,
    }
}
