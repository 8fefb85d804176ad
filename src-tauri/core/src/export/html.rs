//! The tutor pack: one self-contained HTML file made from a [`SharedPlan`].
//! No script, styles inline, a print stylesheet, `lang` set, headings in
//! order, the life-areas chart as an accessible SVG with a table beside it.
//! Opens from a USB stick in any browser.
//!
//! Every text from the plan is escaped and isolated for direction (`<bdi>`,
//! `dir="auto"`), so nothing a plan holds can become markup, a link or a
//! reordering of the words around it.

use std::fmt::Write;

use crate::export::words::{isolate, Words};
use crate::files::plan_file::SharedPlan;
use crate::plan::reviews::ChartPoint;

/// Waymark's words as HTML.
impl Words {
    /// The message `key` as HTML: its words escaped, and each argument (a
    /// name, a tutor's name, a day) isolated in `<bdi>`, so that no direction
    /// or control character in it can turn the sentence around it.
    pub fn html(&self, key: &str, args: &[(&str, &str)]) -> String {
        let marks: Vec<String> = (0..args.len())
            .map(|i| format!("\u{E000}{i}\u{E001}"))
            .collect();
        let marked: Vec<(&str, &str)> = args
            .iter()
            .zip(&marks)
            .map(|((name, _), mark)| (*name, mark.as_str()))
            .collect();
        let mut out = escape(&self.get(key, &marked));
        for ((_, value), mark) in args.iter().zip(&marks) {
            out = out.replace(mark.as_str(), &inline(value));
        }
        out
    }

    /// The pack's title as HTML, the name isolated.
    pub fn pack_title_html(&self, name: &str) -> String {
        match name.trim() {
            "" => self.html("pack-title", &[]),
            name => self.html("pack-title-named", &[("name", name)]),
        }
    }

    /// "Shared by … on …" as HTML, the name isolated.
    pub fn pack_shared_html(&self, name: &str, exported_at: &str) -> String {
        let date = self.date(exported_at);
        match name.trim() {
            "" => self.html("pack-shared-anon", &[("date", &date)]),
            name => self.html("pack-shared-by", &[("name", name), ("date", &date)]),
        }
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters HTML does not allow in text: shown as a replacement.
            c if (c.is_control() && c != '\n' && c != '\t') || is_noncharacter(c) => {
                out.push('\u{FFFD}')
            }
            c => out.push(c),
        }
    }
    out
}

fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE
}

/// A short text from the plan, inline, isolated for direction.
fn inline(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

const STYLE: &str = "
:root { color-scheme: light; }
body { font-family: 'Atkinson Hyperlegible', 'Inter', 'DejaVu Sans', Arial, sans-serif; font-size: 1.05rem;
  line-height: 1.55; color: #1f2a2e; background: #fbf8f3; margin: 0; }
.page { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
header { border-bottom: 2px solid #2f6f62; margin-bottom: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0.2rem 0 0.6rem; color: #1d4d44; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.6rem; color: #1d4d44; border-bottom: 1px solid #d8d2c8; padding-bottom: 0.2rem; }
h3 { font-size: 1.12rem; margin: 1.2rem 0 0.3rem; }
.meta { color: #4d5a5e; margin: 0.2rem 0; }
.card { background: #fff; border: 1px solid #ddd6cb; border-radius: 10px; padding: 0.6rem 1rem; margin: 0.8rem 0; break-inside: avoid; }
.words { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.3rem 0; }
dt { font-weight: 600; margin-top: 0.5rem; }
dd { margin: 0 0 0.3rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
ul { padding-left: 1.3rem; }
.steps { list-style: none; padding-left: 0; }
.steps li::before { content: '○ '; color: #2f6f62; }
.steps li.done::before { content: '✓ '; }
table { border-collapse: collapse; margin: 0.6rem 0; }
th, td { border: 1px solid #cfc8bc; padding: 0.25rem 0.6rem; text-align: left; }
.chart svg { max-width: 100%; height: auto; }
footer { margin-top: 2.5rem; color: #4d5a5e; font-size: 0.9rem; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  .card { border-color: #999; }
  h2 { break-after: avoid; }
  @page { margin: 18mm 16mm; }
}
";

/// The tutor pack for `plan`, in `words`' language.
pub fn html(plan: &SharedPlan, words: &Words, exported_at: &str, app_version: &str) -> String {
    let w = |key: &str| escape(&words.get(key, &[]));
    let title = words.pack_title(&plan.name);
    let area_label = |key: &str| words.area(key, &plan.life_areas);
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Waymark {version}\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<div class=\"page\">\n\
         <header>\n<p class=\"meta\">{shared_on}</p>\n<h1>{heading}</h1>\n<p class=\"meta\">{lede}</p>\n</header>\n<main>\n",
        lang = words.lang(),
        version = escape(app_version),
        title = escape(&title),
        heading = words.pack_title_html(&plan.name),
        shared_on = words.pack_shared_html(&plan.name, exported_at),
        lede = w("pack-lede"),
    );

    if let Some(about) = &plan.about_me {
        open_section(&mut out, "about", &w("about-me"), false, "");
        out.push_str("<dl>\n");
        terms(
            &mut out,
            words,
            &[
                ("about-for-tutors", &about.for_tutors),
                ("about-strengths", &about.strengths),
                ("about-interests", &about.interests),
            ],
        );
        out.push_str("</dl>\n</section>\n");
    }

    if let Some(support) = &plan.support {
        open_section(&mut out, "support", &w("support-title"), false, "");
        if !support.supports.is_empty() {
            out.push_str("<ul>\n");
            for key in &support.supports {
                let _ = writeln!(
                    out,
                    "<li>{}</li>",
                    escape(&words.get(&format!("support-{key}"), &[]))
                );
            }
            out.push_str("</ul>\n");
        }
        if !support.support_words.trim().is_empty() {
            let _ = write!(
                out,
                "<h3>{}</h3>\n<p class=\"words\" dir=\"auto\">{}</p>\n",
                w("support-words"),
                escape(&support.support_words)
            );
        }
        out.push_str("</section>\n");
    }

    if let Some(chart) = &plan.chart {
        open_section(&mut out, "chart", &w("chart-title"), false, "");
        let after = words.date(&chart.after);
        let before = chart.before.as_deref().map(|b| words.date(b));
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            escape(&match &before {
                Some(before) => words.get(
                    "pack-chart-compare",
                    &[("after", &after), ("before", before)]
                ),
                None => words.get("pack-chart-one", &[("after", &after)]),
            })
        );
        out.push_str(&chart_svg(&chart.points, words, &area_label));
        let _ = write!(
            out,
            "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>{}<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            w("chart-table"),
            w("chart-area"),
            before
                .as_deref()
                .map(|b| format!("<th scope=\"col\">{}</th>", escape(b)))
                .unwrap_or_default(),
            escape(&after)
        );
        let rating = |r: Option<i32>| r.map_or_else(|| w("chart-skipped"), |r| r.to_string());
        for point in &chart.points {
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{}</th>{}<td>{}</td></tr>",
                inline(&area_label(&point.life_area)),
                if before.is_some() {
                    format!("<td>{}</td>", rating(point.before))
                } else {
                    String::new()
                },
                rating(point.after)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    if let Some(goals) = &plan.goals {
        open_section(
            &mut out,
            "goals",
            &w("nav-goals"),
            goals.is_empty(),
            &w("pack-none"),
        );
        for goal in goals {
            let _ = write!(
                out,
                "<article class=\"card\">\n<h3>{}</h3>\n<p class=\"meta\">{} · {}{}</p>\n",
                inline(&goal.title),
                inline(&area_label(&goal.life_area)),
                w(&format!("status-{}", goal.status.as_str())),
                goal.target_date
                    .as_deref()
                    .map(|d| format!(
                        " · {}",
                        escape(&words.get("pack-target", &[("date", &words.date(d))]))
                    ))
                    .unwrap_or_default()
            );
            if !goal.why.trim().is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"words\" dir=\"auto\">{}</p>",
                    escape(&goal.why)
                );
            }
            if !goal.steps.is_empty() {
                let _ = write!(
                    out,
                    "<h4 class=\"meta\">{}</h4>\n<ul class=\"steps\">\n",
                    w("steps-title")
                );
                for step in &goal.steps {
                    let _ = writeln!(
                        out,
                        "<li{}>{}<span class=\"meta\"> ({})</span></li>",
                        if step.done { " class=\"done\"" } else { "" },
                        inline(&step.text),
                        w(if step.done {
                            "pack-step-done"
                        } else {
                            "pack-step-todo"
                        })
                    );
                }
                out.push_str("</ul>\n");
            }
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }

    if let Some(courses) = &plan.courses {
        open_section(
            &mut out,
            "courses",
            &w("pack-courses"),
            courses.is_empty(),
            &w("pack-none"),
        );
        for course in courses {
            let count = |state: crate::plan::courses::AttendanceState| {
                course
                    .sessions
                    .iter()
                    .filter(|s| s.state == state)
                    .count()
                    .to_string()
            };
            let mut meta = Vec::new();
            if let Some(choice) = course.choice {
                meta.push(words.get(&format!("choice-{}", choice.as_str()), &[]));
            }
            if !course.term.trim().is_empty() {
                meta.push(course.term.clone());
            }
            if let Some(start) = &course.start_date {
                meta.push(words.get("pack-starts", &[("date", &words.date(start))]));
            }
            let _ = write!(
                out,
                "<article class=\"card\">\n<h3>{}</h3>\n<p class=\"meta\">{}</p>\n",
                inline(&course.title),
                meta.iter()
                    .map(|m| inline(m))
                    .collect::<Vec<_>>()
                    .join(" · ")
            );
            if !course.sessions.is_empty() {
                use crate::plan::courses::AttendanceState::*;
                let _ = writeln!(
                    out,
                    "<p>{}</p>",
                    escape(&words.get(
                        "attendance-summary",
                        &[
                            ("attended", &count(Attended)),
                            ("missed", &count(Missed)),
                            ("cancelled", &count(Cancelled))
                        ]
                    ))
                );
            }
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }

    if let Some(reviews) = &plan.reviews {
        open_section(
            &mut out,
            "reviews",
            &w("pack-reviews"),
            reviews.is_empty(),
            &w("pack-none"),
        );
        let goal_title = |id: &str| {
            plan.goals
                .iter()
                .flatten()
                .find(|g| g.id == id)
                .map(|g| g.title.clone())
        };
        for review in reviews {
            let heading = words.get(
                "pack-review-of",
                &[("date", &words.date(&review.completed_at))],
            );
            let _ = write!(
                out,
                "<article class=\"card\">\n<h3>{}</h3>\n",
                escape(&heading)
            );
            if review.check_in {
                let _ = writeln!(
                    out,
                    "<p class=\"meta\">{}</p>",
                    if review.tutor_name.trim().is_empty() {
                        w("review-check-in-short")
                    } else {
                        words.html("review-with", &[("name", &review.tutor_name)])
                    }
                );
            }
            out.push_str("<dl>\n");
            terms(
                &mut out,
                words,
                &[
                    ("review-talked", &review.talked_about),
                    ("review-went-well", &review.went_well),
                    ("review-whats-next", &review.whats_next),
                ],
            );
            for goal in &review.goals {
                let Some(title) = goal_title(&goal.goal_id) else {
                    continue;
                };
                if goal.progress.trim().is_empty() && goal.attainment.is_none() {
                    continue;
                }
                let _ = write!(out, "<dt>{}</dt><dd dir=\"auto\">", inline(&title));
                if !goal.progress.trim().is_empty() {
                    out.push_str(&escape(&goal.progress));
                }
                if let Some(a) = goal.attainment {
                    let key = match a {
                        i32::MIN..=-2 => "attainment-minus2",
                        -1 => "attainment-minus1",
                        0 => "attainment-plus0",
                        1 => "attainment-plus1",
                        _ => "attainment-plus2",
                    };
                    let _ = write!(out, " <span class=\"meta\">({})</span>", w(key));
                }
                out.push_str("</dd>\n");
            }
            if let Some(next) = &review.next_review_on {
                let _ = writeln!(
                    out,
                    "<dt>{}</dt><dd>{}</dd>",
                    w("review-next-date"),
                    escape(&words.date(next))
                );
            }
            out.push_str("</dl>\n");
            if !review.suggestions.is_empty() {
                let _ = write!(
                    out,
                    "<h4 class=\"meta\">{}</h4>\n<ul>\n",
                    w("review-suggestions")
                );
                for s in &review.suggestions {
                    let _ = writeln!(
                        out,
                        "<li>{}{}</li>",
                        inline(&s.text),
                        if s.taken_on {
                            format!(" <span class=\"meta\">({})</span>", w("pack-taken-on"))
                        } else {
                            String::new()
                        }
                    );
                }
                out.push_str("</ul>\n");
            }
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }

    if !plan.reflections.is_empty() {
        open_section(&mut out, "reflections", &w("pack-reflections"), false, "");
        for r in &plan.reflections {
            let _ = write!(
                out,
                "<article class=\"card\">\n<h3>{}</h3>\n",
                escape(&words.date(&r.written_on))
            );
            let about: Vec<String> = [&r.goal_title, &r.course_title]
                .into_iter()
                .flatten()
                .map(|t| inline(t))
                .collect();
            if !about.is_empty() {
                let _ = writeln!(out, "<p class=\"meta\">{}</p>", about.join(" · "));
            }
            if !r.body.trim().is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"words\" dir=\"auto\">{}</p>",
                    escape(&r.body)
                );
            }
            out.push_str("<dl>\n");
            terms(
                &mut out,
                words,
                &[
                    ("prompt-learned", &r.learned),
                    ("prompt-how-it-went", &r.how_it_went),
                    ("prompt-try-next", &r.try_next),
                ],
            );
            out.push_str("</dl>\n");
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }

    let _ = write!(
        out,
        "</main>\n<footer>\n<p>{}</p>\n</footer>\n</div>\n</body>\n</html>\n",
        escape(&words.get("pack-made-with", &[("version", app_version)]))
    );
    out
}

/// A `<dt>`/`<dd>` pair for each text that is not empty, under Waymark's words.
fn terms(out: &mut String, words: &Words, items: &[(&str, &String)]) {
    for (key, text) in items {
        if !text.trim().is_empty() {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd dir=\"auto\">{}</dd>",
                escape(&words.get(key, &[])),
                escape(text)
            );
        }
    }
}

/// Opens a section with its heading; says so when it has nothing in it.
fn open_section(out: &mut String, id: &str, heading: &str, empty: bool, none: &str) {
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"{id}\" class=\"{id}\">\n<h2 id=\"{id}\">{heading}</h2>"
    );
    if empty {
        let _ = writeln!(out, "<p>{none}</p>");
    }
}

/// The life-areas chart as SVG: the latest review solid, the earlier dashed.
fn chart_svg(points: &[ChartPoint], words: &Words, area_label: &dyn Fn(&str) -> String) -> String {
    // Wide enough for the areas' names beside the chart.
    const WIDTH: f64 = 820.0;
    const HEIGHT: f64 = 420.0;
    const CX: f64 = WIDTH / 2.0;
    const CY: f64 = HEIGHT / 2.0;
    const RADIUS: f64 = 140.0;
    let n = points.len().max(1) as f64;
    let at = |i: usize, value: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + (i as f64) * std::f64::consts::TAU / n;
        let r = RADIUS * value / 10.0;
        (CX + r * angle.cos(), CY + r * angle.sin())
    };
    let description: Vec<String> = points
        .iter()
        .map(|p| {
            let area = isolate(&area_label(&p.life_area));
            let skipped = words.get("chart-skipped", &[]);
            let after = p.after.map_or(skipped.clone(), |v| v.to_string());
            match p.before {
                Some(before) => words.get(
                    "chart-describe-both",
                    &[
                        ("area", &area),
                        ("before", &before.to_string()),
                        ("after", &after),
                    ],
                ),
                None => words.get("chart-describe-one", &[("area", &area), ("after", &after)]),
            }
        })
        .collect();
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg role=\"img\" aria-labelledby=\"chart-svg-title chart-svg-desc\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" xmlns=\"http://www.w3.org/2000/svg\">\n\
         <title id=\"chart-svg-title\">{}</title>\n<desc id=\"chart-svg-desc\">{}</desc>\n",
        escape(&words.get("chart-title", &[])),
        escape(&description.join(" "))
    );
    for ring in [2.0, 4.0, 6.0, 8.0, 10.0] {
        let ring_points: Vec<String> = (0..points.len())
            .map(|i| {
                let (x, y) = at(i, ring);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = writeln!(
            svg,
            "<polygon points=\"{}\" fill=\"none\" stroke=\"#d8d2c8\" stroke-width=\"1\"/>",
            ring_points.join(" ")
        );
    }
    for (i, point) in points.iter().enumerate() {
        let (x, y) = at(i, 10.0);
        let (lx, ly) = at(i, 11.6);
        let anchor = if (lx - CX).abs() < 8.0 {
            "middle"
        } else if lx > CX {
            "start"
        } else {
            "end"
        };
        let _ = writeln!(
            svg,
            "<line x1=\"{CX}\" y1=\"{CY}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#d8d2c8\"/>\
             <text x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\" font-size=\"15\" fill=\"#1f2a2e\">{}</text>",
            escape(&isolate(&area_label(&point.life_area)))
        );
    }
    for (pick, colour, dash) in [
        (0usize, "#8a6d3b", " stroke-dasharray=\"6 4\""),
        (1, "#2f6f62", ""),
    ] {
        let vertices: Vec<String> = points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let value = if pick == 0 { p.before } else { p.after }?;
                let (x, y) = at(i, f64::from(value));
                Some(format!("{x:.1},{y:.1}"))
            })
            .collect();
        if vertices.len() >= 3 {
            let _ = writeln!(
                svg,
                "<polygon points=\"{}\" fill=\"{colour}\" fill-opacity=\"0.15\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash}/>",
                vertices.join(" ")
            );
        }
        for vertex in &vertices {
            let (x, y) = vertex.split_once(',').unwrap_or(("0", "0"));
            let _ = writeln!(
                svg,
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"4\" fill=\"{colour}\"/>"
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}
