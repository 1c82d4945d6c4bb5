//! Paints the laid-out pages with krilla: text as real text in the embedded font, the charts
//! as vector graphics through krilla-svg, decoration and footers as artifacts, and a tag tree
//! (headings, paragraphs, tables, figures with alternative text, lists) so that screen readers
//! and reflowing viewers can follow the report.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagKind, TagTree,
};
use krilla::text::TextDirection;
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::fonts::Fonts;
use super::layout::{Child, Flow, Group, Op, Rgb, Role};
use crate::error::{Error, Result};

/// What the PDF says about itself.
pub(super) struct Meta {
    pub title: String,
    pub made_on: chrono::NaiveDate,
    pub lang: crate::i18n::Lang,
}

/// Paints `flow`'s pages, drawing chart `i` from `charts[i]`, into PDF bytes.
pub(super) fn paint(flow: &Flow<'_>, fonts: &Fonts, charts: &[usvg::Tree], meta: &Meta) -> Result<Vec<u8>> {
    let settings = SerializeSettings { enable_tagging: true, ..SerializeSettings::default() };
    let mut document = Document::new_with(settings);
    let mut ids: Vec<Option<Identifier>> = vec![None; flow.leaves];
    let page_settings = PageSettings::from_wh(flow.page_width, flow.page_height)
        .ok_or_else(|| Error::Report("the paper size is not valid".into()))?;
    for ops in &flow.pages {
        let mut page = document.start_page_with(page_settings.clone());
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text { x, baseline, text, style, leaf } => {
                    let tag = match leaf {
                        Some(_) => ContentTag::Span(SpanTag::empty()),
                        None => ContentTag::Artifact(Artifact::new(ArtifactType::Footer, None)),
                    };
                    let id = surface.start_tagged(tag);
                    surface.set_fill(Some(fill(style.color)));
                    let font = fonts.face(style.bold).font.clone();
                    surface.draw_text(
                        Point::from_xy(*x, *baseline),
                        font,
                        style.size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                    surface.end_tagged();
                    if let Some(leaf) = leaf {
                        ids[*leaf] = Some(id);
                    }
                }
                Op::Line { x1, y1, x2, y2, width, color } => {
                    let mut path = PathBuilder::new();
                    path.move_to(*x1, *y1);
                    path.line_to(*x2, *y2);
                    decoration(&mut surface, path, None, Some(stroke(*color, *width)));
                }
                Op::Rect { x, y, w, h, color } => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                        path.push_rect(rect);
                    }
                    decoration(&mut surface, path, Some(fill(*color)), None);
                }
                Op::Svg { x, y, w, h, chart, leaf } => {
                    let size = Size::from_wh(*w, *h).ok_or_else(|| Error::Report("a chart has no size".into()))?;
                    let id = surface.start_tagged(ContentTag::Other);
                    surface.push_transform(&Transform::from_translate(*x, *y));
                    let drawn = surface.draw_svg(&charts[*chart], size, SvgSettings::default());
                    surface.pop();
                    surface.end_tagged();
                    drawn.ok_or_else(|| Error::Report(format!("chart {} could not be drawn", chart + 1)))?;
                    ids[*leaf] = Some(id);
                }
            }
        }
        surface.finish();
        page.finish();
    }

    // Screen readers pick their voice from the document's language.
    let mut tree = TagTree::new().with_lang(Some(meta.lang.tag().into()));
    for child in &flow.groups[0].children {
        tree.push(node(&flow.groups, *child, &ids)?);
    }
    document.set_tag_tree(tree);
    use chrono::Datelike;
    let date =
        DateTime::new(meta.made_on.year() as u16).month(meta.made_on.month() as u8).day(meta.made_on.day() as u8);
    document.set_metadata(
        Metadata::new()
            .title(meta.title.clone())
            .language(meta.lang.tag().into())
            .creator("Mend".into())
            .creation_date(date),
    );
    document.finish().map_err(|e| Error::Report(format!("the PDF could not be written ({e:?})")))
}

/// A decorative path (rules, shading): drawn as a layout artifact, outside the structure.
fn decoration(surface: &mut Surface<'_>, path: PathBuilder, fill: Option<Fill>, stroke: Option<Stroke>) {
    let Some(path) = path.finish() else { return };
    surface.start_tagged(ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None)));
    surface.set_fill(fill);
    surface.set_stroke(stroke);
    surface.draw_path(&path);
    surface.set_stroke(None);
    surface.end_tagged();
}

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: color(c).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn stroke(c: Rgb, width: f32) -> Stroke {
    Stroke { paint: color(c).into(), width, ..Stroke::default() }
}

/// The tag tree node of a structure child; every leaf was painted exactly once.
fn node(groups: &[Group], child: Child, ids: &[Option<Identifier>]) -> Result<Node> {
    match child {
        Child::Leaf(leaf) => {
            ids[leaf].map(Node::from).ok_or_else(|| Error::Report(format!("part {leaf} of the layout was not painted")))
        }
        Child::Group(g) => {
            let group = &groups[g];
            let mut tag = TagGroup::new(kind(&group.role));
            for child in &group.children {
                tag.push(node(groups, *child, ids)?);
            }
            Ok(tag.into())
        }
    }
}

fn kind(role: &Role) -> TagKind {
    let level = |l: u16| std::num::NonZeroU16::new(l).unwrap_or(std::num::NonZeroU16::MIN);
    match role {
        Role::Document => Tag::Div.into(),
        Role::Heading(l) => Tag::Hn(level(*l), None).into(),
        Role::Paragraph => Tag::P.into(),
        Role::Table(summary) => Tag::Table.with_summary(Some(summary.clone())).into(),
        Role::Row => Tag::TR.into(),
        Role::HeaderCell(true) => Tag::TH(TableHeaderScope::Row).into(),
        Role::HeaderCell(false) => Tag::TH(TableHeaderScope::Column).into(),
        Role::Cell => Tag::TD.into(),
        Role::Figure(alt) => Tag::Figure(Some(alt.clone())).into(),
        Role::List => Tag::L(ListNumbering::None).into(),
        Role::Item => Tag::LI.into(),
        Role::Label => Tag::Lbl.into(),
        Role::Body => Tag::LBody.into(),
    }
}
