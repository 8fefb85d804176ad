//! The tutor pack: one self-contained HTML file made from a [`SharedPlan`].
//! No script, styles inline, a print stylesheet, `lang` set, headings in
//! order, the progress picture as words with bars drawn beside them.
//! Opens from a USB stick in any browser.
//!
//! Every text from the plan is escaped and isolated for direction (`<bdi>`,
//! `dir="auto"`), so nothing a plan holds can become markup, a link or a
//! reordering of the words around it.

use std::fmt::Write;

use crate::export::document::{walk, Block, Chart, ListKind, Render, Text};
use crate::export::words::{Titled, Words};
use crate::files::plan_file::SharedPlan;

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
        self.title_html(Titled::Pack, name)
    }

    /// The title of `of` as HTML, the name isolated.
    pub fn title_html(&self, of: Titled, name: &str) -> String {
        let (anon, named) = of.keys();
        match name.trim() {
            "" => self.html(anon, &[]),
            name => self.html(named, &[("name", name)]),
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
.areas { list-style: none; padding: 0; margin: 0.8rem 0; }
.areas li { border-top: 1px solid #d8d2c8; padding: 0.5rem 0; break-inside: avoid; }
.areas .area { display: block; font-weight: 600; }
.bar-line { display: flex; align-items: center; gap: 0.6rem; flex-wrap: wrap; }
.bar-line .word { min-width: 4.5rem; color: #4d5a5e; }
.bar { max-width: 55vw; height: auto; }
.not-rated { color: #4d5a5e; font-style: italic; }
figcaption .key { display: inline-flex; align-items: center; gap: 0.5rem; margin-right: 1.5rem; }
figure.progress { margin: 0.6rem 0; }
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
    page_of(words, app_version, |page| {
        walk(plan, words, exported_at, app_version, page)
    })
}

/// The web page of any document `draw` walks (the tutor pack, a check-in
/// sheet), in `words`' language.
pub fn page_of(words: &Words, app_version: &str, draw: impl FnOnce(&mut dyn Render)) -> String {
    let mut page = Page {
        out: String::with_capacity(64 * 1024),
        words,
        app_version,
    };
    draw(&mut page);
    page.out
}

/// The web page being written.
struct Page<'w> {
    out: String,
    words: &'w Words,
    app_version: &'w str,
}

impl Page<'_> {
    /// A text as HTML: the plan's words escaped and isolated in `<bdi>`.
    fn text(&self, text: &Text) -> String {
        match text {
            Text::Plan(text) => inline(text),
            Text::Waymark(text) => escape(text),
            Text::Sentence { key, args } => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                self.words.html(key, &args)
            }
        }
    }
}

impl Render for Page<'_> {
    fn block(&mut self, block: Block) {
        let words = self.words;
        match block {
            Block::Title {
                of,
                name,
                exported_at,
                lede,
            } => {
                let _ = write!(
                    self.out,
                    "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
                     <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
                     <meta name=\"generator\" content=\"Waymark {version}\">\n\
                     <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<div class=\"page\">\n\
                     <header>\n<p class=\"meta\">{shared_on}</p>\n<h1>{heading}</h1>\n<p class=\"meta\">{lede}</p>\n</header>\n<main>\n",
                    lang = words.lang(),
                    version = escape(self.app_version),
                    title = escape(&words.title(of, &name)),
                    heading = words.title_html(of, &name),
                    shared_on = words.pack_shared_html(&name, &exported_at),
                    lede = escape(&lede),
                );
            }
            Block::Section { id, heading, none } => {
                let _ = writeln!(
                    self.out,
                    "<section aria-labelledby=\"{id}\" class=\"{id}\">\n<h2 id=\"{id}\">{}</h2>",
                    escape(&heading)
                );
                if let Some(none) = none {
                    let _ = writeln!(self.out, "<p>{}</p>", escape(&none));
                }
            }
            Block::EndSection => self.out.push_str("</section>\n"),
            Block::Item {
                heading,
                meta,
                summary,
            } => {
                let heading = self.text(&heading);
                let _ = write!(self.out, "<article class=\"card\">\n<h3>{heading}</h3>\n");
                if let Some(meta) = meta {
                    let meta: Vec<String> = meta.iter().map(|t| self.text(t)).collect();
                    let _ = writeln!(self.out, "<p class=\"meta\">{}</p>", meta.join(" · "));
                }
                if let Some(summary) = summary {
                    let _ = writeln!(self.out, "<p>{}</p>", escape(&summary));
                }
            }
            Block::EndItem => self.out.push_str("</article>\n"),
            Block::Words(text) => {
                let _ = writeln!(
                    self.out,
                    "<p class=\"words\" dir=\"auto\">{}</p>",
                    escape(&text)
                );
            }
            Block::Passage { heading, text } => {
                let _ = write!(
                    self.out,
                    "<h3>{}</h3>\n<p class=\"words\" dir=\"auto\">{}</p>\n",
                    escape(&heading),
                    escape(&text)
                );
            }
            Block::Terms(terms) => {
                self.out.push_str("<dl>\n");
                for term in terms {
                    let has_text = !term.text.trim().is_empty();
                    if !has_text && term.note.is_none() {
                        continue;
                    }
                    let label = self.text(&term.label);
                    let _ = write!(
                        self.out,
                        "<dt>{label}</dt><dd{}>",
                        if term.plan_words { " dir=\"auto\"" } else { "" }
                    );
                    if has_text {
                        self.out.push_str(&escape(&term.text));
                    }
                    if let Some(note) = &term.note {
                        let _ = write!(self.out, " <span class=\"meta\">({})</span>", escape(note));
                    }
                    self.out.push_str("</dd>\n");
                }
                self.out.push_str("</dl>\n");
            }
            Block::List { kind, title, items } => {
                if let Some(title) = title {
                    let _ = writeln!(self.out, "<h4 class=\"meta\">{}</h4>", escape(&title));
                }
                self.out.push_str(if kind == ListKind::Steps {
                    "<ul class=\"steps\">\n"
                } else {
                    "<ul>\n"
                });
                for item in items {
                    let text = self.text(&item.text);
                    let _ = write!(
                        self.out,
                        "<li{}>{text}",
                        if item.done == Some(true) {
                            " class=\"done\""
                        } else {
                            ""
                        }
                    );
                    if let Some(note) = &item.note {
                        let _ = write!(self.out, " <span class=\"meta\">({})</span>", escape(note));
                    }
                    self.out.push_str("</li>\n");
                }
                self.out.push_str("</ul>\n");
            }
            Block::Chart(chart) => self.chart(&chart),
            Block::Footer(text) => {
                let _ = write!(
                    self.out,
                    "</main>\n<footer>\n<p>{}</p>\n</footer>\n</div>\n</body>\n</html>\n",
                    escape(&text)
                );
            }
        }
    }
}

impl Page<'_> {
    /// The progress picture: a key naming the two reviews, then one row per
    /// part of life with its full name, a bar for each review with the
    /// review's word before it and its number in words after it. The bars
    /// are pictures of the words beside them, hidden from screen readers.
    fn chart(&mut self, chart: &Chart) {
        let key = |class: &str, label: &str| {
            format!(
                "<span class=\"key\">{}{}</span>",
                key_svg(class),
                escape(label)
            )
        };
        let _ = write!(
            self.out,
            "<figure class=\"progress\" aria-labelledby=\"progress-key\">\n<figcaption id=\"progress-key\">{}{}</figcaption>\n<ul class=\"areas\">\n",
            chart
                .before_label
                .as_deref()
                .map(|b| key("then", b))
                .unwrap_or_default(),
            key("now", &chart.after_label)
        );
        for row in &chart.rows {
            let _ = write!(
                self.out,
                "<li><span class=\"area\">{}</span>",
                inline(&row.area)
            );
            if chart.before_label.is_some() {
                self.bar_line(&chart.before_word, "then", row.before, &row.before_value);
            }
            let after = match &row.change {
                Some(change) => format!("{} ({change})", row.after_value),
                None => row.after_value.clone(),
            };
            self.bar_line(&chart.after_word, "now", row.after, &after);
            self.out.push_str("</li>\n");
        }
        self.out.push_str("</ul>\n</figure>\n");
    }

    fn bar_line(&mut self, word: &str, class: &str, value: Option<i32>, text: &str) {
        let _ = write!(
            self.out,
            "<span class=\"bar-line\"><span class=\"word\">{}</span>{}<span class=\"value{}\">{}</span></span>",
            escape(word),
            value.map(|v| bar_svg(class, v)).unwrap_or_else(|| bar_svg(class, 0)),
            if value.is_none() { " not-rated" } else { "" },
            escape(text)
        );
    }
}

/// The key's sample of a bar: outlined for the earlier review, filled for
/// the latest.
fn key_svg(class: &str) -> String {
    let rect = if class == "then" {
        "<rect x=\"1\" y=\"1\" width=\"30\" height=\"12\" fill=\"#ffffff\" stroke=\"#1f2a2e\" stroke-width=\"2\"/>"
    } else {
        "<rect width=\"32\" height=\"14\" fill=\"#2f6f62\"/>"
    };
    format!(
        "<svg aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 32 14\" width=\"32\" height=\"14\" xmlns=\"http://www.w3.org/2000/svg\">{rect}</svg>"
    )
}

/// A bar of `value` (of 10), drawn for the eye only: the earlier review's
/// outlined, the latest's filled.
fn bar_svg(class: &str, value: i32) -> String {
    let width = value.clamp(0, 10) * 20;
    let rect = match (class, width) {
        (_, 0) => String::new(),
        ("then", w) => format!(
            "<rect x=\"1\" y=\"1\" width=\"{}\" height=\"12\" fill=\"#ffffff\" stroke=\"#1f2a2e\" stroke-width=\"2\"/>",
            w - 2
        ),
        (_, w) => format!("<rect width=\"{w}\" height=\"14\" fill=\"#2f6f62\"/>"),
    };
    format!(
        "<svg class=\"bar\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 200 14\" width=\"200\" height=\"14\" xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"200\" height=\"14\" fill=\"#efeae1\"/>{rect}</svg>"
    )
}
