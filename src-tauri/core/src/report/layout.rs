//! A small flow layout for the report: text wrapped to a width and poured onto pages top to
//! bottom, a new page whenever the next line, table row or chart would not fit, headings kept
//! with what follows. It draws nothing itself: it makes a list of positioned operations per
//! page plus the document's logical structure (headings, paragraphs, tables, figures, lists),
//! which `pdf` paints and tags. Units are PDF points, origin top left.

use super::breaks::{clean, pieces};
use super::fonts::Fonts;

/// A colour, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Rgb(pub u8, pub u8, pub u8);

/// The light chart theme's colours (`chart::Theme`), so text and charts belong together.
pub(super) const INK: Rgb = Rgb(0x1e, 0x29, 0x28);
pub(super) const MUTED: Rgb = Rgb(0x5b, 0x68, 0x66);
pub(super) const ACCENT: Rgb = Rgb(0x2f, 0x7d, 0x6d);
pub(super) const GOOD: Rgb = Rgb(0x2e, 0x8b, 0x57);
pub(super) const BAD: Rgb = Rgb(0xc0, 0x39, 0x2b);
pub(super) const RULE: Rgb = Rgb(0xd9, 0xd3, 0xc9);
pub(super) const BAND: Rgb = Rgb(0xf2, 0xef, 0xe9);

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Style {
    pub bold: bool,
    pub size: f32,
    pub color: Rgb,
}

impl Style {
    pub const fn new(bold: bool, size: f32, color: Rgb) -> Self {
        Style { bold, size, color }
    }

    pub const fn with_color(self, color: Rgb) -> Self {
        Style { color, ..self }
    }

    /// Baseline-to-baseline distance.
    pub fn line_height(&self) -> f32 {
        self.size * 1.38
    }

    /// From the top of a line to its baseline.
    fn ascent(&self) -> f32 {
        self.size * 1.0
    }
}

/// One positioned drawing operation. `leaf` ties content to the structure; decoration and
/// the page footer have none and are painted as artifacts.
#[derive(Debug, Clone)]
pub(super) enum Op {
    Text {
        x: f32,
        baseline: f32,
        text: String,
        style: Style,
        leaf: Option<usize>,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
    /// Chart number `chart` of the input, scaled into the box.
    Svg {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        chart: usize,
        leaf: usize,
    },
}

/// What a group of content is, for tagging.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Role {
    Document,
    Heading(u16),
    Paragraph,
    /// A table with a summary of what it holds.
    Table(String),
    Row,
    /// A header cell for its row (`true`) or its column.
    HeaderCell(bool),
    Cell,
    /// A figure with its alternative text.
    Figure(String),
    List,
    Item,
    Label,
    Body,
}

/// A child of a structure group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Child {
    Group(usize),
    Leaf(usize),
}

/// A node of the logical structure.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub role: Role,
    pub children: Vec<Child>,
}

/// One cell of a table row.
pub(super) struct Cell<'t> {
    pub text: &'t str,
    pub style: Style,
    /// Left edge, from the table's left, and width.
    pub x: f32,
    pub width: f32,
    pub role: Role,
}

/// The page being filled and the pages behind it.
pub(super) struct Flow<'f> {
    fonts: &'f Fonts,
    pub page_width: f32,
    pub page_height: f32,
    pub left: f32,
    pub right: f32,
    top: f32,
    bottom: f32,
    pub pages: Vec<Vec<Op>>,
    y: f32,
    /// Group 0 is the document.
    pub groups: Vec<Group>,
    pub leaves: usize,
}

/// Margins in points: about 17 mm at the sides and top, more at the bottom for the footer.
const MARGIN_X: f32 = 50.0;
const MARGIN_TOP: f32 = 46.0;
const MARGIN_BOTTOM: f32 = 58.0;

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts, (page_width, page_height): (f32, f32)) -> Self {
        Flow {
            fonts,
            page_width,
            page_height,
            left: MARGIN_X,
            right: page_width - MARGIN_X,
            top: MARGIN_TOP,
            bottom: page_height - MARGIN_BOTTOM,
            pages: vec![Vec::new()],
            y: MARGIN_TOP,
            groups: vec![Group { role: Role::Document, children: Vec::new() }],
            leaves: 0,
        }
    }

    /// The width text may take.
    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    /// The height a page has for content.
    pub fn page_room(&self) -> f32 {
        self.bottom - self.top
    }

    /// Where the footer's baseline goes.
    pub fn footer_baseline(&self) -> f32 {
        self.page_height - MARGIN_BOTTOM / 2.0
    }

    /// A new group under `parent`.
    pub fn group(&mut self, parent: usize, role: Role) -> usize {
        self.groups.push(Group { role, children: Vec::new() });
        let id = self.groups.len() - 1;
        self.groups[parent].children.push(Child::Group(id));
        id
    }

    fn leaf(&mut self, parent: usize) -> usize {
        let id = self.leaves;
        self.leaves += 1;
        self.groups[parent].children.push(Child::Leaf(id));
        id
    }

    fn push(&mut self, op: Op) {
        self.pages.last_mut().expect("there is always a page").push(op);
    }

    /// Adds an operation to page `page` after layout (the footer).
    pub fn push_to(&mut self, page: usize, op: Op) {
        self.pages[page].push(op);
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top;
    }

    /// Starts a new page unless `height` still fits on this one (or this one is still empty).
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom && self.y > self.top {
            self.new_page();
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub fn gap(&mut self, height: f32) {
        if self.y > self.top {
            self.y = (self.y + height).min(self.bottom);
        }
    }

    /// The width of `text` in `style`.
    pub fn measure(&self, text: &str, style: Style) -> f32 {
        self.fonts.face(style.bold).width(text, style.size)
    }

    /// `text` broken into lines no wider than `width`: at spaces and between Chinese characters
    /// (which need no spaces), and inside a word only when the word alone is too wide. Line
    /// breaks in the text are kept; runs of blank lines become one.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let face = self.fonts.face(style.bold);
        let space = face.width(" ", style.size);
        let mut lines: Vec<String> = Vec::new();
        for paragraph in clean(text).split('\n') {
            if paragraph.trim().is_empty() {
                if lines.last().is_some_and(|l| !l.is_empty()) {
                    lines.push(String::new());
                }
                continue;
            }
            let (mut line, mut used) = (String::new(), 0.0);
            for word in paragraph.split_whitespace() {
                for (i, piece) in pieces(word).into_iter().enumerate() {
                    // A word follows a space; the pieces inside a word follow each other directly.
                    let gap = if i == 0 { space } else { 0.0 };
                    let w = face.width(piece, style.size);
                    if !line.is_empty() && used + gap + w <= width {
                        if i == 0 {
                            line.push(' ');
                        }
                        line.push_str(piece);
                        used += gap + w;
                        continue;
                    }
                    if !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    if w <= width {
                        line = piece.to_owned();
                        used = w;
                        continue;
                    }
                    // A word wider than the line (a long link, say) is cut where it must be.
                    used = 0.0;
                    for c in piece.chars() {
                        let cw = face.width(c.encode_utf8(&mut [0; 4]), style.size);
                        if used + cw > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            used = 0.0;
                        }
                        line.push(c);
                        used += cw;
                    }
                }
            }
            lines.push(line);
        }
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    }

    /// One line of text at `x` on the current line, as content of `parent`.
    fn text(&mut self, parent: usize, x: f32, text: String, style: Style) {
        let leaf = self.leaf(parent);
        let baseline = self.y + style.ascent();
        self.push(Op::Text { x, baseline, text, style, leaf: Some(leaf) });
    }

    /// A heading, moved to the next page with `keep` points of what follows it.
    pub fn heading(&mut self, parent: usize, level: u16, text: &str, style: Style, keep: f32) {
        let group = self.group(parent, Role::Heading(level));
        let lines = self.wrap(text, style, self.width());
        self.ensure(lines.len() as f32 * style.line_height() + keep);
        for line in lines {
            self.text(group, self.left, line, style);
            self.y += style.line_height();
        }
    }

    /// A paragraph indented by `indent`, flowing line by line across pages.
    pub fn paragraph(&mut self, parent: usize, text: &str, style: Style, indent: f32) {
        let group = self.group(parent, Role::Paragraph);
        for line in self.wrap(text, style, self.width() - indent) {
            self.ensure(style.line_height());
            if !line.is_empty() {
                self.text(group, self.left + indent, line, style);
            }
            self.y += style.line_height();
        }
    }

    /// A table row that is never split: its cells wrap within their widths and the tallest sets
    /// the height, plus `pad` above and below. `shade` fills the row; a hairline closes it.
    pub fn row(&mut self, table: usize, cells: &[Cell<'_>], pad: f32, shade: Option<Rgb>) {
        let wrapped: Vec<Vec<String>> = cells.iter().map(|c| self.wrap(c.text, c.style, c.width)).collect();
        let height = cells
            .iter()
            .zip(&wrapped)
            .map(|(c, lines)| lines.len().max(1) as f32 * c.style.line_height())
            .fold(0.0, f32::max)
            + 2.0 * pad;
        self.ensure(height);
        let top = self.y;
        if let Some(color) = shade {
            self.push(Op::Rect { x: self.left, y: top, w: self.width(), h: height, color });
        }
        let row = self.group(table, Role::Row);
        for (cell, lines) in cells.iter().zip(wrapped) {
            let group = self.group(row, cell.role.clone());
            self.y = top + pad;
            for line in lines {
                self.text(group, self.left + cell.x, line, cell.style);
                self.y += cell.style.line_height();
            }
        }
        self.y = top + height;
        let (x1, x2, y) = (self.left, self.right, self.y);
        self.push(Op::Line { x1, y1: y, x2, y2: y, width: 0.5, color: RULE });
    }

    /// A chart `width` wide at the left margin, scaled from its `aspect` (height over width).
    pub fn figure(&mut self, parent: usize, alt: &str, chart: usize, width: f32, aspect: f32) {
        let height = width * aspect;
        self.ensure(height);
        let group = self.group(parent, Role::Figure(alt.to_owned()));
        let leaf = self.leaf(group);
        let (x, y) = (self.left, self.y);
        self.push(Op::Svg { x, y, w: width, h: height, chart, leaf });
        self.y += height;
    }

    /// A list item: `label` (a date) in a column `label_width` wide, `body` wrapped beside it and
    /// flowing across pages if long.
    pub fn item(&mut self, list: usize, label: &str, body: &str, style: Style, label_width: f32) {
        let item = self.group(list, Role::Item);
        let label_group = self.group(item, Role::Label);
        let body_group = self.group(item, Role::Body);
        let mut lines = self.wrap(body, style, self.width() - label_width);
        if lines.is_empty() {
            lines.push(String::new());
        }
        // The label and at least two lines of the body stay together.
        self.ensure(lines.len().clamp(1, 2) as f32 * style.line_height());
        self.text(label_group, self.left, label.to_owned(), style.with_color(MUTED));
        for (i, line) in lines.into_iter().enumerate() {
            if i > 0 {
                self.ensure(style.line_height());
            }
            if !line.is_empty() {
                self.text(body_group, self.left + label_width, line, style);
            }
            self.y += style.line_height();
        }
    }

    /// Empty ruled lines to write on, `spacing` apart (decoration, not content).
    pub fn writing_lines(&mut self, count: usize, spacing: f32) {
        self.ensure(count as f32 * spacing);
        for _ in 0..count {
            self.y += spacing;
            let (x1, x2, y) = (self.left, self.right, self.y);
            self.push(Op::Line { x1, y1: y, x2, y2: y, width: 0.5, color: RULE });
        }
    }
}
