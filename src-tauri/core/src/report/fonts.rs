//! The report's typefaces. In English: Open Sans regular and bold (Apache-2.0, `assets/fonts`),
//! built into the binary so that every report looks the same on every machine and its text can
//! be selected, searched and read aloud; the charts' "sans-serif" resolves to it too, so chart
//! labels are text in the same font rather than outlines or pixels.
//!
//! Open Sans has no Chinese glyphs, and a CJK font is too large (about 16 MB) to build in, so a
//! Chinese report uses a Simplified Chinese font found on the system at run time (Noto Sans CJK
//! SC and its twin Source Han Sans SC, or the fonts macOS and Windows ship), for its text and its
//! charts alike. krilla embeds only the glyphs used, so the PDF stays small. Without such a
//! font the report is refused with a sentence saying what to install, never drawn as empty boxes.

use std::sync::{Arc, LazyLock};

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{charmap::Charmap, FontRef, GlyphId, MetadataProvider};
use usvg::fontdb;

use crate::error::{Error, Result};
use crate::i18n::{Lang, Msg};

static REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/OpenSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../../assets/fonts/OpenSans-Bold.ttf");
/// The family name inside both files.
const FAMILY: &str = "Open Sans";

/// Simplified Chinese families, best first: Linux (fonts-noto-cjk, Adobe's twin of it, WenQuanYi),
/// Windows, macOS.
const CJK_FAMILIES: [&str; 6] = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
];

/// One font file's bytes and the index of the face to use in it (a collection holds several).
#[derive(Clone, Copy)]
struct Source {
    data: &'static [u8],
    index: u32,
}

/// One weight: the font krilla embeds and the metrics the layout measures with.
pub(super) struct Face {
    pub font: krilla::text::Font,
    charmap: Charmap<'static>,
    /// Advances at a size of 1, so a width times the font size is in points.
    metrics: GlyphMetrics<'static>,
}

impl Face {
    fn new(source: Source) -> Result<Self> {
        let broken = || Error::Report("its font could not be read".into());
        let font = krilla::text::Font::new(source.data.into(), source.index).ok_or_else(broken)?;
        let font_ref = FontRef::from_index(source.data, source.index).map_err(|_| broken())?;
        Ok(Face {
            font,
            charmap: font_ref.charmap(),
            metrics: font_ref.glyph_metrics(Size::new(1.0), LocationRef::default()),
        })
    }

    /// The width of `text` at `size` points, without kerning (so never narrower than drawn by much).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let advance = |c: char| {
            let glyph = self.charmap.map(c).unwrap_or(GlyphId::NOTDEF);
            self.metrics.advance_width(glyph).unwrap_or(0.0)
        };
        text.chars().map(advance).sum::<f32>() * size
    }
}

/// Regular and bold, and the font database the chart SVGs are parsed with.
pub(super) struct Fonts {
    pub regular: Face,
    pub bold: Face,
    /// For usvg: the same faces, standing in for every generic family.
    pub svg: Arc<fontdb::Database>,
    /// The family name, for SVG text with no family at all.
    pub family: String,
}

impl Fonts {
    /// The fonts for a report in `lang`; in Chinese, an error in her language when the system
    /// has no Simplified Chinese font.
    pub fn load(lang: Lang) -> Result<Self> {
        let (regular, bold, svg, family) = match lang {
            Lang::En => {
                let (regular, bold) = (Source { data: REGULAR, index: 0 }, Source { data: BOLD, index: 0 });
                (regular, bold, Arc::clone(&EN_SVG), FAMILY.to_owned())
            }
            _ => {
                let cjk =
                    CJK.as_ref().ok_or_else(|| Error::Invalid { field: None, message: Msg::new("pdf-needs-font") })?;
                let (regular, bold) = cjk.sources();
                let svg = CJK_SVG.as_ref().map(Arc::clone).unwrap_or_default();
                (regular, bold, svg, cjk.family.to_owned())
            }
        };
        Ok(Fonts { regular: Face::new(regular)?, bold: Face::new(bold)?, svg, family })
    }

    pub fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

/// The charts' font database for English reports: the built-in font only.
static EN_SVG: LazyLock<Arc<fontdb::Database>> =
    LazyLock::new(|| svg_fonts(&[Source { data: REGULAR, index: 0 }, Source { data: BOLD, index: 0 }], FAMILY));

/// A font database of `sources` only, with `family` standing in for every generic family, so
/// no other font is looked up and the charts look the same as the text around them.
fn svg_fonts(sources: &[Source], family: &str) -> Arc<fontdb::Database> {
    let mut db = fontdb::Database::new();
    let mut loaded: Vec<&'static [u8]> = Vec::new();
    for source in sources {
        // Regular and bold may be one collection: load each file once.
        if !loaded.iter().any(|d| std::ptr::eq(*d, source.data)) {
            db.load_font_source(fontdb::Source::Binary(Arc::new(source.data)));
            loaded.push(source.data);
        }
    }
    db.set_sans_serif_family(family);
    db.set_serif_family(family);
    db.set_monospace_family(family);
    Arc::new(db)
}

/// The system's Simplified Chinese font, found once: each file's bytes and face index.
struct Cjk {
    regular: (Vec<u8>, u32),
    /// `None` when the family has no bold face: headings then use regular too.
    bold: Option<(Vec<u8>, u32)>,
    family: &'static str,
}

impl Cjk {
    fn sources(&'static self) -> (Source, Source) {
        let source = |(data, index): &'static (Vec<u8>, u32)| Source { data: data.as_slice(), index: *index };
        let regular = source(&self.regular);
        (regular, self.bold.as_ref().map_or(regular, source))
    }
}

/// Looked up on the first Chinese report and kept for the life of the process, as the built-in
/// fonts are, so later reports need no disk access. The files are read, not mapped: a font
/// package upgraded while Mend runs cannot pull the bytes from under it.
static CJK: LazyLock<Option<Cjk>> = LazyLock::new(find_cjk);

fn find_cjk() -> Option<Cjk> {
    let mut system = fontdb::Database::new();
    system.load_system_fonts();
    let find = |family: &str, weight: fontdb::Weight| {
        let query = fontdb::Query { families: &[fontdb::Family::Name(family)], weight, ..fontdb::Query::default() };
        let id = system.query(&query)?;
        // Only the family asked for will do, in the weight asked for.
        let info = system.face(id)?;
        (info.families.iter().any(|(name, _)| name == family) && info.weight == weight).then_some(id)
    };
    let (family, regular) = CJK_FAMILIES.into_iter().find_map(|f| find(f, fontdb::Weight::NORMAL).map(|id| (f, id)))?;
    let read = |id| system.with_face_data(id, |data, index| (data.to_vec(), index));
    let bold = find(family, fontdb::Weight::BOLD).and_then(read);
    Some(Cjk { regular: read(regular)?, bold, family })
}

/// The charts' font database for Chinese reports, made from the fonts found.
static CJK_SVG: LazyLock<Option<Arc<fontdb::Database>>> = LazyLock::new(|| {
    let cjk = CJK.as_ref()?;
    let (regular, bold) = cjk.sources();
    Some(svg_fonts(&[regular, bold], cjk.family))
});
