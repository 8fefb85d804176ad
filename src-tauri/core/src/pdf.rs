//! The tutor pack as a PDF, made in Rust with krilla: real text (not images)
//! in DejaVu Sans, embedded and shipped with Waymark under its licence
//! (`fonts/LICENSE-DejaVu.txt`); tagged for screen readers (headings,
//! paragraphs, the chart as a figure with its words as alternative text);
//! the student's name and the day it was shared at the top of every page,
//! and the page number at the bottom. A4.
//!
//! Every text from the plan is drawn as text: a PDF made here holds no
//! script, no links and no actions, whatever the plan says.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};

use crate::error::{Error, Result};
use crate::pack::{isolate, Words};
use crate::reviews::ChartPoint;
use crate::share::SharedPlan;

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const LEFT: f32 = 60.0;
const RIGHT: f32 = WIDTH - 60.0;
const TOP: f32 = 86.0;
const BOTTOM: f32 = HEIGHT - 72.0;

const INK: (u8, u8, u8) = (31, 42, 46);
const GREEN: (u8, u8, u8) = (29, 77, 68);
const GREY: (u8, u8, u8) = (77, 90, 94);
const OCHRE: (u8, u8, u8) = (138, 109, 59);
const RULE: (u8, u8, u8) = (200, 194, 184);

/// What a block of the page is, for the tag tree.
enum Kind {
    Heading(u16, String),
    Paragraph,
    Figure(String),
}

enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        colour: (u8, u8, u8),
        text: String,
    },
    Shape {
        points: Vec<(f32, f32)>,
        closed: bool,
        fill: Option<((u8, u8, u8), f32)>,
        stroke: Option<((u8, u8, u8), f32, bool)>,
    },
}

/// A block's drawing on one page.
struct Piece {
    block: usize,
    ops: Vec<Op>,
}

struct Faces {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

/// Marks that set the direction of text (and other invisible format marks):
/// they take no room and are never drawn.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// The width of a right-to-left run as drawn: shaped, as Arabic letters
/// join and change their width (the sum of single letters would leave a gap).
fn shaped_width(text: &str, size: f32, bold: bool) -> f32 {
    let Some(face) = rustybuzz::Face::from_slice(if bold { BOLD } else { REGULAR }, 0) else {
        return 0.0;
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(rustybuzz::Direction::RightToLeft);
    let output = rustybuzz::shape(&face, &[], buffer);
    let units: i32 = output.glyph_positions().iter().map(|p| p.x_advance).sum();
    units as f32 * size / f32::from(face.units_per_em() as u16)
}

/// `text` without its invisible marks, for the tag tree and the metadata.
fn visible(text: &str) -> String {
    text.chars().filter(|c| !invisible(*c)).collect()
}

/// `text` (one line) as runs in the order they are seen, each with its
/// direction (right to left when `true`): the Unicode bidi algorithm, which
/// krilla leaves to its caller. Isolates in the text (see
/// [`crate::pack::isolate`]) keep a student's name from turning the line.
fn visual_runs(text: &str) -> Vec<(String, bool)> {
    let right_to_left = |c: char| {
        use unicode_bidi::BidiClass::{AL, R};
        matches!(unicode_bidi::bidi_class(c), R | AL)
    };
    if !text.chars().any(|c| invisible(c) || right_to_left(c)) {
        return vec![(text.to_string(), false)];
    }
    let info = unicode_bidi::BidiInfo::new(text, None);
    let mut runs = Vec::new();
    for para in &info.paragraphs {
        let (levels, line_runs) = info.visual_runs(para, para.range.clone());
        for run in line_runs {
            let rtl = levels[run.start].is_rtl();
            let words = visible(&text[run]);
            if !words.is_empty() {
                runs.push((words, rtl));
            }
        }
    }
    runs
}

impl Faces {
    fn char_width(&self, c: char, size: f32, bold: bool) -> f32 {
        if invisible(c) {
            return 0.0;
        }
        let face = if bold { &self.bold } else { &self.regular };
        let units = face
            .glyph_index(c)
            .and_then(|g| face.glyph_hor_advance(g))
            .unwrap_or(face.units_per_em() / 2);
        f32::from(units) * size / f32::from(face.units_per_em())
    }

    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        text.chars().map(|c| self.char_width(c, size, bold)).sum()
    }

    /// `text` on one line no wider than `width`: cut with "…" if it is wider.
    fn fit(&self, text: &str, size: f32, bold: bool, width: f32) -> String {
        if self.width(text, size, bold) <= width {
            return text.to_string();
        }
        let room = width - self.char_width('…', size, bold);
        let (mut fitted, mut used) = (String::new(), 0.0);
        for c in text.chars() {
            used += self.char_width(c, size, bold);
            if used > room {
                break;
            }
            fitted.push(c);
        }
        fitted.push('…');
        fitted
    }

    /// `text` in lines no wider than `width`; words longer than a line are cut.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let space = self.char_width(' ', size, bold);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let (mut line, mut line_width) = (String::new(), 0.0);
            for word in paragraph.split_whitespace() {
                let word_width = self.width(word, size, bold);
                let wanted = if line.is_empty() {
                    word_width
                } else {
                    line_width + space + word_width
                };
                if wanted <= width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width = wanted;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line_width = 0.0;
                // A word wider than the line is cut where it fills the line.
                for c in word.chars() {
                    let c_width = self.char_width(c, size, bold);
                    if line_width + c_width > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += c_width;
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// Where the laid-out pages go. The first pass has none: it only counts
/// the pages, so that every page can say "page 3 of 40" when it is drawn.
/// The second draws each page into the PDF as soon as it is full and keeps
/// nothing of it but its tags, so the memory used does not grow with the
/// plan's layout (a plan at the size limit is thousands of pages).
struct Sink {
    document: Document,
    fonts: (Font, Font),
    settings: PageSettings,
    total: usize,
    header: String,
    /// The tag tree's blocks, made room for at once (the first pass counts them).
    tree: Vec<Node>,
    /// Blocks not yet in the tree, in order, each with its number and where
    /// its pieces are on the pages drawn so far.
    pending: std::collections::VecDeque<(usize, Kind, Vec<Identifier>)>,
}

struct Layout<'w> {
    faces: Faces,
    words: &'w Words,
    /// The pieces of the page being laid out (none are kept in the first pass).
    page: Vec<Piece>,
    /// Pages begun so far.
    pages: usize,
    blocks: usize,
    y: f32,
    sink: Option<Sink>,
}

impl Layout<'_> {
    fn new_page(&mut self) {
        self.flush();
        self.pages += 1;
        self.y = TOP;
    }

    /// Draws the page laid out so far into the PDF (in the second pass).
    fn flush(&mut self) {
        let pieces = std::mem::take(&mut self.page);
        if let (Some(sink), Some(index)) = (self.sink.as_mut(), self.pages.checked_sub(1)) {
            sink.page(&self.faces, self.words, index, &pieces);
            // Only the newest block can go on to the next page: the ones
            // before it are complete.
            while sink
                .pending
                .front()
                .is_some_and(|(block, ..)| *block + 1 < self.blocks)
            {
                if let Some(done) = sink.pending.pop_front() {
                    sink.tag(done);
                }
            }
        }
    }

    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    fn op(&mut self, block: usize, op: Op) {
        if self.sink.is_none() {
            return;
        }
        match self.page.last_mut() {
            Some(piece) if piece.block == block => piece.ops.push(op),
            _ => self.page.push(Piece {
                block,
                ops: vec![op],
            }),
        }
    }

    fn block(&mut self, kind: Kind) -> usize {
        let block = self.blocks;
        if let Some(sink) = self.sink.as_mut() {
            sink.pending.push_back((block, kind, Vec::new()));
        }
        self.blocks += 1;
        block
    }

    /// Lines of text, each line moved to a new page when this one is full.
    fn lines(
        &mut self,
        block: usize,
        text: &str,
        size: f32,
        bold: bool,
        colour: (u8, u8, u8),
        indent: f32,
    ) {
        let leading = size * 1.45;
        for line in self.faces.wrap(text, size, bold, RIGHT - LEFT - indent) {
            self.room(leading);
            let y = self.y + size;
            self.op(
                block,
                Op::Text {
                    x: LEFT + indent,
                    y,
                    size,
                    bold,
                    colour,
                    text: line,
                },
            );
            self.y += leading;
        }
    }

    fn heading(&mut self, level: u16, text: &str) {
        let size = match level {
            1 => 20.0,
            2 => 15.0,
            _ => 12.0,
        };
        self.y += if level == 2 { 14.0 } else { 6.0 };
        // Keep a heading with what follows it.
        self.room(size * 1.45 + 40.0);
        let block = self.block(Kind::Heading(level, visible(text)));
        self.lines(
            block,
            text,
            size,
            true,
            if level < 3 { GREEN } else { INK },
            0.0,
        );
        if level == 2 {
            let y = self.y - 2.0;
            self.op(
                block,
                Op::Shape {
                    points: vec![(LEFT, y), (RIGHT, y)],
                    closed: false,
                    fill: None,
                    stroke: Some((RULE, 0.8, false)),
                },
            );
            self.y += 6.0;
        }
    }

    fn para(&mut self, text: &str, colour: (u8, u8, u8), indent: f32) {
        if text.trim().is_empty() {
            return;
        }
        let block = self.block(Kind::Paragraph);
        self.lines(block, text, 10.5, false, colour, indent);
        self.y += 4.0;
    }

    /// A term in bold and its words below it.
    fn term(&mut self, label: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.room(40.0);
        let block = self.block(Kind::Paragraph);
        self.lines(block, label, 10.5, true, INK, 0.0);
        self.lines(block, text, 10.5, false, INK, 0.0);
        self.y += 4.0;
    }
}

/// The tutor pack for `plan` as a PDF, in `words`' language.
pub fn pdf(
    plan: &SharedPlan,
    words: &Words,
    exported_at: &str,
    app_version: &str,
) -> Result<Vec<u8>> {
    let faces = || -> Result<Faces> {
        Ok(Faces {
            regular: ttf_parser::Face::parse(REGULAR, 0).map_err(|_| Error::Export("font"))?,
            bold: ttf_parser::Face::parse(BOLD, 0).map_err(|_| Error::Export("font"))?,
        })
    };
    let title = words.pack_title(&plan.name);
    let shared_on = words.pack_shared(&plan.name, exported_at);
    // The first pass counts the pages; the second draws them.
    let mut count = Layout {
        faces: faces()?,
        words,
        page: Vec::new(),
        pages: 0,
        blocks: 0,
        y: TOP,
        sink: None,
    };
    lay_out(&mut count, plan, &title, app_version);
    let font = |data: &'static [u8]| Font::new(data.into(), 0).ok_or_else(|| Error::Export("font"));
    let mut document = Document::new_with(SerializeSettings {
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(visible(&title))
            .language(words.lang().to_string())
            .creator("Waymark".to_string()),
    );
    let faces = faces()?;
    let header = faces.fit(&shared_on, 8.5, false, RIGHT - LEFT);
    let mut l = Layout {
        faces,
        words,
        page: Vec::new(),
        pages: 0,
        blocks: 0,
        y: TOP,
        sink: Some(Sink {
            document,
            fonts: (font(REGULAR)?, font(BOLD)?),
            settings: PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| Error::Export("page"))?,
            total: count.pages,
            header,
            tree: Vec::with_capacity(count.blocks),
            pending: Default::default(),
        }),
    };
    drop(count);
    lay_out(&mut l, plan, &title, app_version);
    l.flush();
    let mut sink = l.sink.take().ok_or_else(|| Error::Export("PDF"))?;
    while let Some(done) = sink.pending.pop_front() {
        sink.tag(done);
    }
    sink.document.set_tag_tree(TagTree::from(sink.tree));
    sink.document.finish().map_err(|_| Error::Export("PDF"))
}

/// Lays the pack out on `l`'s pages, section by section.
fn lay_out(l: &mut Layout, plan: &SharedPlan, title: &str, app_version: &str) {
    let words = l.words;
    l.new_page();
    let w = |key: &str| words.get(key, &[]);
    let day = |at: &str| words.date(at);
    let area = |key: &str| isolate(&words.area(key, &plan.life_areas));

    l.heading(1, title);
    l.para(&w("pack-lede"), GREY, 0.0);

    if let Some(about) = &plan.about_me {
        l.heading(2, &w("about-me"));
        l.term(&w("about-for-tutors"), &about.for_tutors);
        l.term(&w("about-strengths"), &about.strengths);
        l.term(&w("about-interests"), &about.interests);
    }
    if let Some(support) = &plan.support {
        l.heading(2, &w("support-title"));
        for key in &support.supports {
            l.para(&format!("•  {}", w(&format!("support-{key}"))), INK, 6.0);
        }
        l.term(&w("support-words"), &support.support_words);
    }
    if let Some(chart) = &plan.chart {
        l.heading(2, &w("chart-title"));
        let after = day(&chart.after);
        let before = chart.before.as_deref().map(day);
        l.para(
            &match &before {
                Some(before) => words.get(
                    "pack-chart-compare",
                    &[("after", &after), ("before", before)],
                ),
                None => words.get("pack-chart-one", &[("after", &after)]),
            },
            GREY,
            0.0,
        );
        draw_chart(l, &chart.points, words, &area);
        for p in &chart.points {
            let rating = |r: Option<i32>| r.map_or_else(|| w("chart-skipped"), |r| r.to_string());
            let line = match &before {
                Some(_) => format!(
                    "{}: {} → {}",
                    area(&p.life_area),
                    rating(p.before),
                    rating(p.after)
                ),
                None => format!("{}: {}", area(&p.life_area), rating(p.after)),
            };
            l.para(&line, INK, 6.0);
        }
    }
    if let Some(goals) = &plan.goals {
        l.heading(2, &w("nav-goals"));
        if goals.is_empty() {
            l.para(&w("pack-none"), GREY, 0.0);
        }
        for goal in goals {
            l.heading(3, &goal.title);
            let mut meta = vec![
                area(&goal.life_area),
                w(&format!("status-{}", goal.status.as_str())),
            ];
            if let Some(target) = &goal.target_date {
                meta.push(words.get("pack-target", &[("date", &day(target))]));
            }
            l.para(&meta.join(" · "), GREY, 0.0);
            l.para(&goal.why, INK, 0.0);
            for step in &goal.steps {
                let mark = if step.done { "✓" } else { "○" };
                let state = w(if step.done {
                    "pack-step-done"
                } else {
                    "pack-step-todo"
                });
                l.para(
                    &format!("{mark}  {} ({state})", isolate(&step.text)),
                    INK,
                    6.0,
                );
            }
        }
    }
    if let Some(courses) = &plan.courses {
        l.heading(2, &w("pack-courses"));
        if courses.is_empty() {
            l.para(&w("pack-none"), GREY, 0.0);
        }
        for course in courses {
            l.heading(3, &course.title);
            let mut meta = Vec::new();
            if let Some(choice) = course.choice {
                meta.push(w(&format!("choice-{}", choice.as_str())));
            }
            if !course.term.trim().is_empty() {
                meta.push(isolate(&course.term));
            }
            if let Some(start) = &course.start_date {
                meta.push(words.get("pack-starts", &[("date", &day(start))]));
            }
            if !course.sessions.is_empty() {
                use crate::courses::AttendanceState::*;
                let count = |s| {
                    course
                        .sessions
                        .iter()
                        .filter(|x| x.state == s)
                        .count()
                        .to_string()
                };
                meta.push(words.get(
                    "attendance-summary",
                    &[
                        ("attended", &count(Attended)),
                        ("missed", &count(Missed)),
                        ("cancelled", &count(Cancelled)),
                    ],
                ));
            }
            l.para(&meta.join(" · "), GREY, 0.0);
        }
    }
    if let Some(reviews) = &plan.reviews {
        l.heading(2, &w("pack-reviews"));
        if reviews.is_empty() {
            l.para(&w("pack-none"), GREY, 0.0);
        }
        for review in reviews {
            l.heading(
                3,
                &words.get("pack-review-of", &[("date", &day(&review.completed_at))]),
            );
            if review.check_in {
                let with = if review.tutor_name.trim().is_empty() {
                    w("review-check-in-short")
                } else {
                    words.get("review-with", &[("name", &isolate(&review.tutor_name))])
                };
                l.para(&with, GREY, 0.0);
            }
            l.term(&w("review-talked"), &review.talked_about);
            l.term(&w("review-went-well"), &review.went_well);
            l.term(&w("review-whats-next"), &review.whats_next);
            for g in &review.goals {
                let Some(goal) = plan.goals.iter().flatten().find(|x| x.id == g.goal_id) else {
                    continue;
                };
                l.term(&goal.title, &g.progress);
            }
            if !review.suggestions.is_empty() {
                l.para(&w("review-suggestions"), INK, 0.0);
                for s in &review.suggestions {
                    let taken = if s.taken_on {
                        format!(" ({})", w("pack-taken-on"))
                    } else {
                        String::new()
                    };
                    l.para(&format!("•  {}{taken}", isolate(&s.text)), INK, 6.0);
                }
            }
        }
    }
    if !plan.reflections.is_empty() {
        l.heading(2, &w("pack-reflections"));
        for r in &plan.reflections {
            l.heading(3, &day(&r.written_on));
            let about: Vec<String> = [&r.goal_title, &r.course_title]
                .into_iter()
                .flatten()
                .map(|t| isolate(t))
                .collect();
            if !about.is_empty() {
                l.para(&about.join(" · "), GREY, 0.0);
            }
            l.para(&r.body, INK, 0.0);
            l.term(&w("prompt-learned"), &r.learned);
            l.term(&w("prompt-how-it-went"), &r.how_it_went);
            l.term(&w("prompt-try-next"), &r.try_next);
        }
    }
    l.y += 10.0;
    l.para(
        &words.get("pack-made-with", &[("version", app_version)]),
        GREY,
        0.0,
    );
}

/// The life-areas chart: rings, spokes, names, the earlier review dashed.
fn draw_chart(l: &mut Layout, points: &[ChartPoint], words: &Words, area: &dyn Fn(&str) -> String) {
    let height = 250.0;
    l.room(height);
    let description: Vec<String> = points
        .iter()
        .map(|p| {
            let after = p
                .after
                .map_or_else(|| words.get("chart-skipped", &[]), |v| v.to_string());
            match p.before {
                Some(before) => words.get(
                    "chart-describe-both",
                    &[
                        ("area", &area(&p.life_area)),
                        ("before", &before.to_string()),
                        ("after", &after),
                    ],
                ),
                None => words.get(
                    "chart-describe-one",
                    &[("area", &area(&p.life_area)), ("after", &after)],
                ),
            }
        })
        .collect();
    let block = l.block(Kind::Figure(visible(&format!(
        "{} {}",
        words.get("chart-title", &[]),
        description.join(" ")
    ))));
    let (cx, cy, radius) = ((LEFT + RIGHT) / 2.0, l.y + height / 2.0, 90.0);
    let n = points.len().max(1) as f32;
    let at = |i: usize, value: f32| {
        let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n;
        (
            cx + radius * value / 10.0 * angle.cos(),
            cy + radius * value / 10.0 * angle.sin(),
        )
    };
    for ring in [2.0, 4.0, 6.0, 8.0, 10.0] {
        let ring_points = (0..points.len()).map(|i| at(i, ring)).collect();
        l.op(
            block,
            Op::Shape {
                points: ring_points,
                closed: true,
                fill: None,
                stroke: Some((RULE, 0.6, false)),
            },
        );
    }
    for (i, p) in points.iter().enumerate() {
        l.op(
            block,
            Op::Shape {
                points: vec![(cx, cy), at(i, 10.0)],
                closed: false,
                fill: None,
                stroke: Some((RULE, 0.6, false)),
            },
        );
        let (x, y) = at(i, 11.8);
        // Every name stays on the paper, however long: one too wide for its
        // side of the chart is cut short (the list below the chart has it whole).
        let room = if (x - cx).abs() < 5.0 {
            WIDTH - 48.0
        } else if x < cx {
            x - 24.0
        } else {
            WIDTH - 24.0 - x
        };
        let name = l.faces.fit(&area(&p.life_area), 8.5, false, room.max(24.0));
        let width = l.faces.width(&name, 8.5, false);
        let x = if (x - cx).abs() < 5.0 {
            x - width / 2.0
        } else if x < cx {
            x - width
        } else {
            x
        };
        let x = x.min(WIDTH - 24.0 - width).max(24.0);
        l.op(
            block,
            Op::Text {
                x,
                y: y + 3.0,
                size: 8.5,
                bold: false,
                colour: INK,
                text: name,
            },
        );
    }
    for (earlier, colour) in [(true, OCHRE), (false, GREEN)] {
        let vertices: Vec<(f32, f32)> = points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let value = if earlier { p.before } else { p.after }?;
                Some(at(i, value as f32))
            })
            .collect();
        if vertices.len() >= 3 {
            l.op(
                block,
                Op::Shape {
                    points: vertices.clone(),
                    closed: true,
                    fill: Some((colour, 0.15)),
                    stroke: Some((colour, 1.8, earlier)),
                },
            );
        }
        for (x, y) in vertices {
            let dot = (0..8)
                .map(|k| {
                    let a = k as f32 * std::f32::consts::TAU / 8.0;
                    (x + 2.6 * a.cos(), y + 2.6 * a.sin())
                })
                .collect();
            l.op(
                block,
                Op::Shape {
                    points: dot,
                    closed: true,
                    fill: Some((colour, 1.0)),
                    stroke: None,
                },
            );
        }
    }
    l.y += height;
}

fn colour((r, g, b): (u8, u8, u8)) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

/// Draws `op`. `ink` is the text colour set last: it is set only when it changes.
fn draw(
    surface: &mut Surface,
    op: &Op,
    faces: &Faces,
    (regular, bold): (&Font, &Font),
    ink: &mut Option<(u8, u8, u8)>,
) {
    match op {
        Op::Text {
            x,
            y,
            size,
            bold: is_bold,
            colour: c,
            text,
        } => {
            if *ink != Some(*c) {
                surface.set_fill(Some(Fill {
                    paint: colour(*c).into(),
                    ..Fill::default()
                }));
                *ink = Some(*c);
            }
            let font = if *is_bold { bold } else { regular };
            let mut x = *x;
            for (run, rtl) in visual_runs(text) {
                surface.draw_text(
                    Point::from_xy(x, *y),
                    font.clone(),
                    *size,
                    &run,
                    false,
                    if rtl {
                        TextDirection::RightToLeft
                    } else {
                        TextDirection::LeftToRight
                    },
                );
                x += if rtl {
                    shaped_width(&run, *size, *is_bold)
                } else {
                    faces.width(&run, *size, *is_bold)
                };
            }
        }
        Op::Shape {
            points,
            closed,
            fill,
            stroke,
        } => {
            let mut path = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 {
                    path.move_to(*x, *y);
                } else {
                    path.line_to(*x, *y);
                }
            }
            if *closed {
                path.close();
            }
            let Some(path) = path.finish() else { return };
            *ink = None;
            surface.set_fill(fill.map(|(c, opacity)| Fill {
                paint: colour(c).into(),
                opacity: NormalizedF32::new(opacity).unwrap_or(NormalizedF32::ONE),
                ..Fill::default()
            }));
            surface.set_stroke(stroke.map(|(c, width, dashed)| Stroke {
                paint: colour(c).into(),
                width,
                dash: dashed.then(|| StrokeDash {
                    array: vec![4.0, 3.0],
                    offset: 0.0,
                }),
                ..Stroke::default()
            }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
    }
}

impl Sink {
    /// Draws page `index` (from 0): its furniture and its pieces.
    fn page(&mut self, faces: &Faces, words: &Words, index: usize, pieces: &[Piece]) {
        let fonts = (&self.fonts.0, &self.fonts.1);
        let mut page = self.document.start_page_with(self.settings.clone());
        let mut surface = page.surface();
        let mut ink = None;
        // The name and the day on every page, and its number: page furniture.
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Header,
        )));
        draw(
            &mut surface,
            &Op::Text {
                x: LEFT,
                y: 44.0,
                size: 8.5,
                bold: false,
                colour: GREY,
                text: self.header.clone(),
            },
            faces,
            fonts,
            &mut ink,
        );
        draw(
            &mut surface,
            &Op::Shape {
                points: vec![(LEFT, 54.0), (RIGHT, 54.0)],
                closed: false,
                fill: None,
                stroke: Some((GREEN, 1.0, false)),
            },
            faces,
            fonts,
            &mut ink,
        );
        surface.end_tagged();
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Footer,
        )));
        let number = words.get(
            "pack-page",
            &[
                ("page", &(index + 1).to_string()),
                ("pages", &self.total.to_string()),
            ],
        );
        let x = RIGHT - faces.width(&number, 8.5, false);
        draw(
            &mut surface,
            &Op::Text {
                x,
                y: HEIGHT - 40.0,
                size: 8.5,
                bold: false,
                colour: GREY,
                text: number,
            },
            faces,
            fonts,
            &mut ink,
        );
        surface.end_tagged();
        let first = self.pending.front().map_or(0, |(block, ..)| *block);
        for piece in pieces {
            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            for op in &piece.ops {
                draw(&mut surface, op, faces, fonts, &mut ink);
            }
            surface.end_tagged();
            // Every piece belongs to a block not yet in the tree.
            if let Some((_, _, ids)) = piece
                .block
                .checked_sub(first)
                .and_then(|i| self.pending.get_mut(i))
            {
                ids.push(id);
            }
        }
        surface.finish();
        page.finish();
    }

    /// Puts a complete block in the tag tree (a block with no pieces has none).
    fn tag(&mut self, (_, kind, ids): (usize, Kind, Vec<Identifier>)) {
        if ids.is_empty() {
            return;
        }
        let tag: TagKind = match kind {
            Kind::Heading(level, text) => Tag::Hn(
                NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                Some(text),
            )
            .into(),
            Kind::Paragraph => Tag::P.into(),
            Kind::Figure(alt) => Tag::Figure(Some(alt)).into(),
        };
        // Exactly as many children as pieces (most blocks have one).
        let children: Vec<Node> = ids.into_iter().map(Node::from).collect();
        self.tree
            .push(TagGroup::with_children(tag, children).into());
    }
}
