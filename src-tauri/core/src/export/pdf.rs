//! The tutor pack as a PDF, written with pdf-writer: real text (not images)
//! in DejaVu Sans, embedded and shipped with Waymark under its licence
//! (`fonts/LICENSE-DejaVu.txt`); tagged for screen readers (headings,
//! paragraphs, and the progress picture as words in paragraphs, its bars drawn
//! beside them);
//! the student's name and the day it was shared at the top of every page,
//! and the page number at the bottom. A4.
//!
//! Every text from the plan is drawn as text: a PDF made here holds no
//! script, no links and no actions, whatever the plan says.

use pdf_writer::types::{
    ArtifactSubtype, ArtifactType, CidFontType, FontFlags, StructRole, SystemInfo, TabOrder,
};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::error::{Error, Result};
use crate::export::document::{walk, walk_as, Block, Chart, ListKind, Render, Text};
use crate::export::words::{isolate, Titled, Words};
use crate::files::plan_file::SharedPlan;
use crate::validate::{invisible, visible};

const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const LEFT: f32 = 60.0;
const RIGHT: f32 = WIDTH - 60.0;
const TOP: f32 = 86.0;
const BOTTOM: f32 = HEIGHT - 72.0;

const INK: (u8, u8, u8) = (31, 42, 46);
const GREEN: (u8, u8, u8) = (29, 77, 68);
const GREY: (u8, u8, u8) = (77, 90, 94);
/// Behind a bar: the whole of 10, pale.
const PAPER: (u8, u8, u8) = (239, 234, 225);
const RULE: (u8, u8, u8) = (200, 194, 184);

/// How large the print is and how far apart its lines are.
#[derive(Debug, Clone, Copy)]
struct Look {
    /// Every size of text times this.
    scale: f32,
    /// The distance from one line to the next, times the text's size.
    leading: f32,
}

/// The tutor pack's and the check-in sheet's look: 10.5 pt text.
const STANDARD: Look = Look {
    scale: 1.0,
    leading: 1.45,
};

/// Large print: the smallest text (each page's header and number) is 14 pt,
/// the text 17.3 pt.
const LARGE: f32 = 14.0 / 8.5;

/// What a block of the page is, for the tag tree.
enum Kind {
    Heading(u16, String),
    Paragraph,
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

/// `text` (one line) as runs in the order they are seen, each with its
/// direction (right to left when `true`): the Unicode bidi algorithm, which
/// which a PDF leaves to its writer. Isolates in the text (see
/// [`crate::export::words::isolate`]) keep a student's name from turning the line.
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
/// the pages and blocks, so that every page can say "page 3 of 40" when it
/// is drawn. The second writes each page into the PDF as soon as it is full,
/// and each block's tag as soon as it is complete; what it keeps besides the
/// PDF's own bytes is a few numbers a page and a block, so the memory used
/// grows with the file written and not with the plan's layout (a plan at
/// the size limit is thousands of pages).
struct Sink {
    pdf: Pdf,
    next: Ref,
    fonts: [FontUse; 2],
    /// Fill opacities used so far (as bits), each with its graphics state.
    opacities: Vec<(u32, Ref)>,
    total: usize,
    header: String,
    /// The size of the page's header and number.
    furniture_size: f32,
    page_tree: Ref,
    pages: Vec<Ref>,
    /// Each page's list of the blocks its marked pieces belong to.
    parent_lists: Vec<Ref>,
    document: Ref,
    /// The blocks written to the tag tree, in reading order.
    tagged: Vec<Ref>,
    /// Blocks not yet in the tag tree, in order.
    pending: std::collections::VecDeque<Pending>,
}

/// A block not yet in the tag tree: its number, its kind, its tag (made when
/// its first piece is drawn) and where its pieces are.
struct Pending {
    block: usize,
    kind: Kind,
    tag: Option<Ref>,
    /// (page, marked content id) of each piece.
    pieces: Vec<(Ref, i32)>,
}

/// A font of the PDF: the glyphs used so far (numbered as in the subset
/// embedded at the end) and the text each stands for.
struct FontUse {
    data: &'static [u8],
    face: rustybuzz::Face<'static>,
    name: &'static [u8],
    tag: Ref,
    glyphs: subsetter::GlyphRemapper,
    /// The text of each glyph of the subset, for copying and screen readers.
    text: Vec<Option<String>>,
    /// The advance of each glyph of the subset, in font units.
    advances: Vec<i32>,
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
    look: Look,
}

impl<'w> Layout<'w> {
    /// A layout before its first page: counting only, or drawing into `sink`.
    fn new(faces: Faces, words: &'w Words, sink: Option<Sink>, look: Look) -> Self {
        Layout {
            faces,
            words,
            page: Vec::new(),
            pages: 0,
            blocks: 0,
            y: TOP,
            sink,
            look,
        }
    }

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
                .is_some_and(|p| p.block + 1 < self.blocks)
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
            sink.pending.push_back(Pending {
                block,
                kind,
                tag: None,
                pieces: Vec::new(),
            });
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
        let size = size * self.look.scale;
        let leading = size * self.look.leading;
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
        self.room(size * self.look.scale * self.look.leading + 40.0);
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
    let title = words.pack_title(&plan.name);
    let shared_on = words.pack_shared(&plan.name, exported_at);
    render(words, &title, &shared_on, |l| {
        walk(plan, words, exported_at, app_version, l)
    })
}

/// Any document `draw` walks (a check-in sheet) as a tagged PDF titled
/// `title`, with `header` at the top of every page.
pub fn pdf_of(
    words: &Words,
    title: &str,
    header: &str,
    draw: impl Fn(&mut dyn Render),
) -> Result<Vec<u8>> {
    render(words, title, header, |l| draw(l))
}

/// The student's own plan in large print (see `export::print`): the tutor
/// pack's document as `Titled::Print`, every text at 14 pt or more, the
/// lines further apart for easy reading.
pub fn large_print(
    plan: &SharedPlan,
    words: &Words,
    printed_on: &str,
    app_version: &str,
    easy_reading: bool,
) -> Result<Vec<u8>> {
    let look = Look {
        scale: LARGE,
        leading: if easy_reading { 1.8 } else { 1.45 },
    };
    let title = words.title(Titled::Print, &plan.name);
    let header = words.get("print-header", &[("date", &words.date(printed_on))]);
    render_in(look, words, &title, &header, |l| {
        walk_as(Titled::Print, plan, words, printed_on, app_version, l)
    })
}

/// The recovery sheet as a one-page PDF in `words`' language: one plain
/// line on what the code opens, the code in large groups, the day it was
/// made, and where to keep it. No name and no plan: it may lie in a drawer.
pub fn recovery_sheet(groups: &[String], made_on: &str, words: &Words) -> Result<Vec<u8>> {
    let w = |key: &str| words.get(key, &[]);
    let title = w("recovery-sheet-title");
    let made = words.get("recovery-sheet-made", &[("date", &words.date(made_on))]);
    render(words, &title, &title, |l| {
        l.new_page();
        l.heading(1, &title);
        l.para(&w("recovery-sheet-line"), INK, 0.0);
        l.y += 12.0;
        let label = l.block(Kind::Paragraph);
        l.lines(label, &w("recovery-sheet-code"), 12.0, true, INK, 0.0);
        l.y += 4.0;
        let code = l.block(Kind::Paragraph);
        // One line (15 pt bold fits nine groups), read aloud as it is printed.
        l.lines(code, &groups.join(" - "), 15.0, true, INK, 0.0);
        l.y += 12.0;
        l.para(&made, GREY, 0.0);
        l.para(&w("recovery-sheet-keep"), INK, 0.0);
    })
}

/// A tagged PDF of what `draw` lays out, titled `title`, with `header` at
/// the top of every page. `draw` runs twice: the first pass counts the pages.
fn render(
    words: &Words,
    title: &str,
    header: &str,
    draw: impl Fn(&mut Layout<'_>),
) -> Result<Vec<u8>> {
    render_in(STANDARD, words, title, header, draw)
}

/// [`render`], in `look`.
fn render_in(
    look: Look,
    words: &Words,
    title: &str,
    header: &str,
    draw: impl Fn(&mut Layout<'_>),
) -> Result<Vec<u8>> {
    let faces = Faces {
        regular: ttf_parser::Face::parse(REGULAR, 0).map_err(|_| Error::Export("font"))?,
        bold: ttf_parser::Face::parse(BOLD, 0).map_err(|_| Error::Export("font"))?,
    };
    // The first pass counts the pages; the second draws them.
    let mut count = Layout::new(faces, words, None, look);
    draw(&mut count);
    // The second pass measures with the same faces.
    let faces = count.faces;
    let furniture_size = 8.5 * look.scale;
    let header = faces.fit(header, furniture_size, false, RIGHT - LEFT);
    let mut next = Ref::new(1);
    let mut font = |data: &'static [u8], name: &'static [u8]| -> Result<FontUse> {
        Ok(FontUse {
            data,
            face: rustybuzz::Face::from_slice(data, 0).ok_or(Error::Export("font"))?,
            name,
            tag: next.bump(),
            glyphs: subsetter::GlyphRemapper::new(),
            text: vec![None],
            advances: vec![0],
        })
    };
    let fonts = [
        font(REGULAR, b"WAYMRK+DejaVuSans")?,
        font(BOLD, b"WAYMRK+DejaVuSans-Bold")?,
    ];
    let (page_tree, document) = (next.bump(), next.bump());
    let sink = Sink {
        pdf: Pdf::new(),
        next,
        fonts,
        opacities: Vec::new(),
        total: count.pages,
        header,
        furniture_size,
        page_tree,
        pages: Vec::with_capacity(count.pages),
        parent_lists: Vec::with_capacity(count.pages),
        document,
        tagged: Vec::with_capacity(count.blocks),
        pending: Default::default(),
    };
    let mut l = Layout::new(faces, words, Some(sink), look);
    draw(&mut l);
    l.flush();
    let mut sink = l.sink.take().ok_or(Error::Export("PDF"))?;
    while let Some(done) = sink.pending.pop_front() {
        sink.tag(done);
    }
    sink.finish(&visible(title), words.lang())
}

impl Render for Layout<'_> {
    fn block(&mut self, block: Block) {
        let words = self.words;
        match block {
            Block::Title { of, name, lede, .. } => {
                self.new_page();
                self.heading(1, &words.title(of, &name));
                self.para(&lede, GREY, 0.0);
            }
            Block::Section { heading, none, .. } => {
                self.heading(2, &heading);
                if let Some(none) = none {
                    self.para(&none, GREY, 0.0);
                }
            }
            Block::EndSection | Block::EndItem => {}
            Block::Item {
                heading,
                meta,
                summary,
            } => {
                self.heading(3, &own_line(&heading, words));
                // The line about it, and its summary, as one grey line.
                let mut line: Vec<String> = meta.iter().flatten().map(|t| t.plain(words)).collect();
                line.extend(summary);
                self.para(&line.join(" · "), GREY, 0.0);
            }
            Block::Words(text) => self.para(&text, INK, 0.0),
            Block::Passage { heading, text } => self.term(&heading, &text),
            Block::Terms(terms) => {
                // The page has the plan's own words under their labels.
                for term in terms.iter().filter(|t| t.plan_words) {
                    self.term(&own_line(&term.label, words), &term.text);
                }
            }
            Block::List { kind, title, items } => {
                // A goal's steps go under the goal without a heading of their own.
                if let Some(title) = title.filter(|_| kind != ListKind::Steps) {
                    self.para(&title, INK, 0.0);
                }
                for item in &items {
                    let mark = match item.done {
                        Some(true) => "✓",
                        Some(false) => "○",
                        None => "•",
                    };
                    let note = item
                        .note
                        .as_deref()
                        .map(|n| format!(" ({n})"))
                        .unwrap_or_default();
                    self.para(
                        &format!("{mark}  {}{note}", item.text.plain(words)),
                        INK,
                        6.0,
                    );
                }
            }
            Block::Chart(chart) => self.chart(&chart),
            Block::Footer(text) => {
                self.y += 10.0;
                self.para(&text, GREY, 0.0);
            }
        }
    }
}

/// A text on a line of its own: the plan's words need no isolating there
/// (the line is their paragraph).
fn own_line(text: &Text, words: &Words) -> String {
    match text {
        Text::Plan(text) => text.clone(),
        other => other.plain(words),
    }
}

/// How wide a bar of 10 is, and how tall a bar is.
const BAR_WIDTH: f32 = 200.0;
const BAR_HEIGHT: f32 = 9.0;

impl Layout<'_> {
    /// The progress picture: the key naming the two reviews, then for each
    /// part of life a paragraph with its full name and, per review, the
    /// review's word, a bar (the earlier one outlined, the latest filled)
    /// and its number in words. A screen reader reads the words; the bars
    /// only draw them.
    fn chart(&mut self, chart: &Chart) {
        let mut keys: Vec<(&str, bool)> = Vec::new();
        if let Some(before) = &chart.before_label {
            keys.push((before, true));
        }
        keys.push((&chart.after_label, false));
        for (label, earlier) in keys {
            self.room(16.0);
            let block = self.block(Kind::Paragraph);
            self.bar(block, LEFT, self.y + 1.0, 24.0, earlier);
            self.op(
                block,
                Op::Text {
                    x: LEFT + 32.0,
                    y: self.y + 9.0,
                    size: 10.0,
                    bold: false,
                    colour: INK,
                    text: label.to_string(),
                },
            );
            self.y += 16.0;
        }
        self.y += 6.0;
        let lines = if chart.before_label.is_some() {
            2.0
        } else {
            1.0
        };
        for row in &chart.rows {
            self.room(18.0 + 15.0 * lines + 8.0);
            let block = self.block(Kind::Paragraph);
            self.lines(block, &isolate(&row.area), 10.5, true, INK, 0.0);
            let mut bars = vec![];
            if chart.before_label.is_some() {
                bars.push((&chart.before_word, row.before, &row.before_value, true));
            }
            bars.push((&chart.after_word, row.after, &row.after_value, false));
            for (index, (word, value, text, earlier)) in bars.into_iter().enumerate() {
                let y = self.y;
                let x = LEFT + 70.0;
                self.op(block, self.label(LEFT, y + 8.0, word, GREY));
                self.op(
                    block,
                    Op::Shape {
                        points: rectangle(x, y, BAR_WIDTH, BAR_HEIGHT),
                        closed: true,
                        fill: Some((PAPER, 1.0)),
                        stroke: None,
                    },
                );
                if let Some(value) = value {
                    self.bar(
                        block,
                        x,
                        y,
                        BAR_WIDTH * value.clamp(0, 10) as f32 / 10.0,
                        earlier,
                    );
                }
                let mut after = text.to_string();
                if index == lines as usize - 1 {
                    if let Some(change) = &row.change {
                        after = format!("{after} ({change})");
                    }
                }
                let colour = if value.is_some() { INK } else { GREY };
                self.op(
                    block,
                    self.label(x + BAR_WIDTH + 10.0, y + 8.0, &after, colour),
                );
                self.y += 15.0;
            }
            self.y += 8.0;
        }
    }

    fn label(&self, x: f32, y: f32, text: &str, colour: (u8, u8, u8)) -> Op {
        Op::Text {
            x,
            y,
            size: 10.0,
            bold: false,
            colour,
            text: text.to_string(),
        }
    }

    /// A bar `width` long: the earlier review's outlined, the latest's filled.
    fn bar(&mut self, block: usize, x: f32, y: f32, width: f32, earlier: bool) {
        if width <= 0.0 {
            return;
        }
        self.op(
            block,
            Op::Shape {
                points: rectangle(x, y, width, BAR_HEIGHT),
                closed: true,
                fill: Some(if earlier {
                    ((255, 255, 255), 1.0)
                } else {
                    (GREEN, 1.0)
                }),
                stroke: earlier.then_some((INK, 1.2, false)),
            },
        );
    }
}

/// The corners of a rectangle, from its top left.
fn rectangle(x: f32, y: f32, width: f32, height: f32) -> Vec<(f32, f32)> {
    vec![
        (x, y),
        (x + width, y),
        (x + width, y + height),
        (x, y + height),
    ]
}

/// Deflated, as every stream of the PDF is.
fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

impl FontUse {
    /// The glyphs of `text` (one run, in one direction) as drawn: shaped, so
    /// that Arabic letters join and marks sit on their letters. Each is its
    /// number in the subset, its advance and its offsets, in font units.
    fn shape(&mut self, text: &str, rtl: bool) -> Vec<(u16, i32, i32, i32)> {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(&self.face, &[], buffer);
        // Where each cluster's text ends: at the next cluster's start.
        let mut starts: Vec<usize> = shaped
            .glyph_infos()
            .iter()
            .map(|g| g.cluster as usize)
            .collect();
        starts.sort_unstable();
        starts.dedup();
        let mut seen = std::collections::HashSet::new();
        let mut glyphs = Vec::with_capacity(shaped.len());
        for (info, at) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
            let old = u16::try_from(info.glyph_id).unwrap_or(0);
            let id = self.glyphs.remap(old);
            let start = info.cluster as usize;
            if usize::from(id) >= self.text.len() {
                self.text.resize(usize::from(id) + 1, None);
                self.advances.resize(usize::from(id) + 1, 0);
                self.advances[usize::from(id)] = i32::from(
                    self.face
                        .glyph_hor_advance(ttf_parser::GlyphId(old))
                        .unwrap_or(0),
                );
            }
            // The first glyph of a cluster stands for its text; the first
            // text a glyph is seen with is the one it keeps.
            if seen.insert(start) && self.text[usize::from(id)].is_none() {
                let end = starts
                    .iter()
                    .find(|s| **s > start)
                    .copied()
                    .unwrap_or(text.len());
                if let Some(words) = text.get(start..end).filter(|w| !w.is_empty()) {
                    self.text[usize::from(id)] = Some(words.to_string());
                }
            }
            glyphs.push((id, at.x_advance, at.x_offset, at.y_offset));
        }
        glyphs
    }

    /// The advance of glyph `id` of the subset, in font units.
    fn advance(&self, id: u16) -> i32 {
        self.advances.get(usize::from(id)).copied().unwrap_or(0)
    }

    /// Writes the font: a subset of the glyphs drawn, their widths, and the
    /// text of each, so that what a tutor copies is what was written.
    fn write(&self, pdf: &mut Pdf, next: &mut Ref) -> Result<()> {
        let (cid, descriptor, file, cmap) = (next.bump(), next.bump(), next.bump(), next.bump());
        let subset =
            subsetter::subset(self.data, 0, &self.glyphs).map_err(|_| Error::Export("font"))?;
        pdf.stream(file, &deflate(&subset))
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), subset.len() as i32);
        let system = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };
        pdf.type0_font(self.tag)
            .base_font(Name(self.name))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        let units = f32::from(self.face.units_per_em() as u16);
        let per_mille = |v: f32| v * 1000.0 / units;
        let widths: Vec<f32> = self.advances.iter().map(|a| per_mille(*a as f32)).collect();
        let mut font = pdf.cid_font(cid);
        font.subtype(CidFontType::Type2)
            .base_font(Name(self.name))
            .system_info(system)
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        font.widths().consecutive(0, widths);
        font.finish();
        let b = self.face.global_bounding_box();
        pdf.font_descriptor(descriptor)
            .name(Name(self.name))
            .flags(FontFlags::SYMBOLIC)
            .bbox(Rect::new(
                per_mille(f32::from(b.x_min)),
                per_mille(f32::from(b.y_min)),
                per_mille(f32::from(b.x_max)),
                per_mille(f32::from(b.y_max)),
            ))
            .italic_angle(0.0)
            .ascent(per_mille(f32::from(self.face.ascender())))
            .descent(per_mille(f32::from(self.face.descender())))
            .cap_height(per_mille(f32::from(
                self.face.capital_height().unwrap_or(self.face.ascender()),
            )))
            .stem_v(80.0)
            .font_file2(file);
        let mut map = pdf_writer::types::UnicodeCmap::new(Name(b"Waymark-UTF16"), system);
        for (id, text) in self.text.iter().enumerate().skip(1) {
            let (Some(text), Ok(id)) = (text, u16::try_from(id)) else {
                continue;
            };
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => map.pair(id, c),
                _ => map.pair_with_multiple(id, text.chars()),
            }
        }
        let data = deflate(&map.finish());
        let mut stream = pdf.cmap(cmap, &data);
        stream.name(Name(b"Waymark-UTF16")).system_info(system);
        stream.filter(Filter::FlateDecode);
        Ok(())
    }
}

/// Begins page furniture (not read out): the header or the footer.
fn furniture(content: &mut Content, part: ArtifactSubtype) {
    content
        .begin_marked_content_with_properties(Name(b"Artifact"))
        .properties()
        .artifact()
        .kind(ArtifactType::Pagination)
        .subtype(part);
}

/// A colour as PDF wants it (0 to 1).
fn rgb((r, g, b): (u8, u8, u8)) -> [f32; 3] {
    [r, g, b].map(|v| f32::from(v) / 255.0)
}

impl Sink {
    /// Draws `op`. `ink` is the text colour set last: it is set only when it
    /// changes (shapes keep their colours inside `q … Q`).
    fn draw(&mut self, content: &mut Content, op: &Op, ink: &mut Option<(u8, u8, u8)>) {
        match op {
            Op::Text {
                x,
                y,
                size,
                bold,
                colour,
                text,
            } => {
                if *ink != Some(*colour) {
                    let [r, g, b] = rgb(*colour);
                    content.set_fill_rgb(r, g, b);
                    *ink = Some(*colour);
                }
                let font = &mut self.fonts[usize::from(*bold)];
                let units = f32::from(font.face.units_per_em() as u16);
                let name = Name(if *bold { b"F1" } else { b"F0" });
                content.begin_text();
                content.set_font(name, *size);
                content.set_text_matrix([1.0, 0.0, 0.0, 1.0, *x, HEIGHT - *y]);
                // Where the text cursor is, and where the pen is, in font units.
                let (mut cursor, mut pen) = (0_i32, 0_i32);
                let mut rise = 0;
                for (run, rtl) in visual_runs(text) {
                    let glyphs = font.shape(&run, rtl);
                    let mut at = 0;
                    while at < glyphs.len() {
                        // Glyphs raised alike (marks above letters) go together.
                        let raised = glyphs[at].3;
                        let end = glyphs[at..]
                            .iter()
                            .position(|g| g.3 != raised)
                            .map_or(glyphs.len(), |n| at + n);
                        if raised != rise {
                            content.set_rise(raised as f32 * size / units);
                            rise = raised;
                        }
                        let mut shown = content.show_positioned();
                        let mut items = shown.items();
                        let mut bytes = Vec::new();
                        for &(id, advance, offset, _) in &glyphs[at..end] {
                            let wanted = pen + offset;
                            if wanted != cursor {
                                if !bytes.is_empty() {
                                    items.show(Str(&bytes));
                                    bytes.clear();
                                }
                                items.adjust(-((wanted - cursor) as f32) * 1000.0 / units);
                            }
                            bytes.extend(id.to_be_bytes());
                            cursor = wanted + font.advance(id);
                            pen += advance;
                        }
                        if !bytes.is_empty() {
                            items.show(Str(&bytes));
                        }
                        items.finish();
                        shown.finish();
                        at = end;
                    }
                }
                content.end_text();
            }
            Op::Shape {
                points,
                closed,
                fill,
                stroke,
            } => {
                if points.is_empty() || (fill.is_none() && stroke.is_none()) {
                    return;
                }
                content.save_state();
                if let Some((c, opacity)) = fill {
                    if *opacity < 1.0 {
                        let state = self.opacity(*opacity);
                        content.set_parameters(Name(&state));
                    }
                    let [r, g, b] = rgb(*c);
                    content.set_fill_rgb(r, g, b);
                }
                if let Some((c, width, dashed)) = stroke {
                    let [r, g, b] = rgb(*c);
                    content.set_stroke_rgb(r, g, b);
                    content.set_line_width(*width);
                    if *dashed {
                        content.set_dash_pattern([4.0, 3.0], 0.0);
                    }
                }
                for (i, (x, y)) in points.iter().enumerate() {
                    if i == 0 {
                        content.move_to(*x, HEIGHT - *y);
                    } else {
                        content.line_to(*x, HEIGHT - *y);
                    }
                }
                if *closed {
                    content.close_path();
                }
                match (fill.is_some(), stroke.is_some()) {
                    (true, true) => content.fill_nonzero_and_stroke(),
                    (true, false) => content.fill_nonzero(),
                    _ => content.stroke(),
                };
                content.restore_state();
            }
        }
    }

    /// The name of the graphics state that fills at `opacity`.
    fn opacity(&mut self, opacity: f32) -> Vec<u8> {
        let bits = opacity.to_bits();
        let index = match self.opacities.iter().position(|(b, _)| *b == bits) {
            Some(index) => index,
            None => {
                let state = self.next.bump();
                self.pdf
                    .ext_graphics(state)
                    .non_stroking_alpha(opacity.clamp(0.0, 1.0));
                self.opacities.push((bits, state));
                self.opacities.len() - 1
            }
        };
        format!("G{index}").into_bytes()
    }

    /// Writes page `index` (from 0): its furniture and its pieces, each
    /// marked for the tag tree.
    fn page(&mut self, faces: &Faces, words: &Words, index: usize, pieces: &[Piece]) {
        let (page, contents, parents) = (self.next.bump(), self.next.bump(), self.next.bump());
        let mut content = Content::new();
        let mut ink = None;
        // The name and the day on every page, and its number: page furniture.
        furniture(&mut content, ArtifactSubtype::Header);
        let header = Op::Text {
            x: LEFT,
            y: 44.0,
            size: self.furniture_size,
            bold: false,
            colour: GREY,
            text: self.header.clone(),
        };
        self.draw(&mut content, &header, &mut ink);
        let rule = Op::Shape {
            points: vec![(LEFT, 54.0), (RIGHT, 54.0)],
            closed: false,
            fill: None,
            stroke: Some((GREEN, 1.0, false)),
        };
        self.draw(&mut content, &rule, &mut ink);
        content.end_marked_content();
        furniture(&mut content, ArtifactSubtype::Footer);
        let number = words.get(
            "pack-page",
            &[
                ("page", &(index + 1).to_string()),
                ("pages", &self.total.to_string()),
            ],
        );
        let footer = Op::Text {
            x: RIGHT - faces.width(&number, self.furniture_size, false),
            y: HEIGHT - 40.0,
            size: self.furniture_size,
            bold: false,
            colour: GREY,
            text: number,
        };
        self.draw(&mut content, &footer, &mut ink);
        content.end_marked_content();
        let first = self.pending.front().map_or(0, |p| p.block);
        let mut owners = Vec::with_capacity(pieces.len());
        for (mcid, piece) in pieces.iter().enumerate() {
            let mcid = i32::try_from(mcid).unwrap_or(i32::MAX);
            content
                .begin_marked_content_with_properties(Name(b"Span"))
                .properties()
                .identify(mcid);
            for op in &piece.ops {
                self.draw(&mut content, op, &mut ink);
            }
            content.end_marked_content();
            // Every piece belongs to a block not yet in the tree.
            let Some(block) = piece
                .block
                .checked_sub(first)
                .and_then(|i| self.pending.get_mut(i))
            else {
                continue;
            };
            let tag = *block.tag.get_or_insert_with(|| self.next.bump());
            block.pieces.push((page, mcid));
            owners.push(tag);
        }
        self.pdf
            .stream(contents, &deflate(&content.finish()))
            .filter(Filter::FlateDecode);
        let mut p = self.pdf.page(page);
        p.parent(self.page_tree)
            .media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT))
            .contents(contents)
            .struct_parents(i32::try_from(index).unwrap_or(i32::MAX))
            .tab_order(TabOrder::StructureOrder);
        let mut resources = p.resources();
        resources
            .fonts()
            .pair(Name(b"F0"), self.fonts[0].tag)
            .pair(Name(b"F1"), self.fonts[1].tag);
        let mut states = resources.ext_g_states();
        for (i, (_, state)) in self.opacities.iter().enumerate() {
            states.pair(Name(format!("G{i}").as_bytes()), *state);
        }
        states.finish();
        resources.finish();
        p.finish();
        self.pdf.indirect(parents).array().items(owners);
        self.pages.push(page);
        self.parent_lists.push(parents);
    }

    /// Writes a complete block's tag (a block with no pieces has none).
    fn tag(&mut self, done: Pending) {
        let (Some(tag), Some(&(first_page, _))) = (done.tag, done.pieces.first()) else {
            return;
        };
        let mut element = self.pdf.struct_element(tag);
        element.kind(match done.kind {
            Kind::Heading(1, _) => StructRole::H1,
            Kind::Heading(2, _) => StructRole::H2,
            Kind::Heading(..) => StructRole::H3,
            Kind::Paragraph => StructRole::P,
        });
        element.parent(self.document).page(first_page);
        if let Kind::Heading(_, text) = &done.kind {
            element.title(TextStr(text));
        }
        let mut children = element.children();
        for (page, mcid) in done.pieces {
            if page == first_page {
                children.marked_content_id(mcid);
            } else {
                children
                    .marked_content_ref()
                    .page(page)
                    .marked_content_id(mcid);
            }
        }
        children.finish();
        element.finish();
        self.tagged.push(tag);
    }

    /// The fonts, the page tree, the tag tree, the catalogue, the metadata.
    fn finish(mut self, title: &str, lang: &str) -> Result<Vec<u8>> {
        for font in &self.fonts {
            font.write(&mut self.pdf, &mut self.next)?;
        }
        self.pdf
            .pages(self.page_tree)
            .kids(self.pages.iter().copied())
            .count(i32::try_from(self.pages.len()).unwrap_or(i32::MAX));
        let (root, catalog, info) = (self.next.bump(), self.next.bump(), self.next.bump());
        let mut document = self.pdf.struct_element(self.document);
        document.kind(StructRole::Document).parent(root);
        let mut children = document.children();
        for tag in &self.tagged {
            children.struct_element(*tag);
        }
        children.finish();
        document.finish();
        let mut tree = self
            .pdf
            .indirect(root)
            .start::<pdf_writer::writers::StructTreeRoot>();
        tree.children().item(self.document);
        let mut parent_tree = tree.parent_tree();
        let mut nums = parent_tree.nums();
        for (i, list) in self.parent_lists.iter().enumerate() {
            nums.insert(i32::try_from(i).unwrap_or(i32::MAX), *list);
        }
        nums.finish();
        parent_tree.finish();
        tree.parent_tree_next_key(i32::try_from(self.parent_lists.len()).unwrap_or(i32::MAX));
        tree.finish();
        let mut cat = self.pdf.catalog(catalog);
        cat.pages(self.page_tree).lang(TextStr(lang));
        cat.pair(Name(b"StructTreeRoot"), root);
        cat.mark_info().marked(true);
        cat.viewer_preferences().display_doc_title(true);
        cat.finish();
        self.pdf
            .document_info(info)
            .title(TextStr(title))
            .creator(TextStr("Waymark"))
            .producer(TextStr("Waymark"));
        Ok(self.pdf.finish())
    }
}
