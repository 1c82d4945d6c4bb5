//! The report's typefaces. In English: Open Sans regular and bold (Apache-2.0, `assets/fonts`),
//! built into the binary so that every report looks the same on every machine and its text can
//! be selected, searched and read aloud; the charts' "sans-serif" resolves to it too, so chart
//! labels are text in the same font rather than outlines or pixels.
//!
//! Open Sans has no Chinese glyphs, and a CJK font is too large (about 16 MB) to build in, so a
//! Chinese report uses a Simplified Chinese font found on the system at run time (Noto Sans CJK
//! SC and its twin Source Han Sans SC, or the fonts macOS and Windows ship), for its text and its
//! charts alike. krilla embeds only the glyphs used, so the PDF stays small. Without such a
//! font the report is refused with a sentence saying what to install on her system, never
//! drawn as empty boxes. Only where the font is is remembered: its file (often a collection of
//! 20 MB or more) is read for each Chinese report and let go with it.

use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};
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

/// A font file's bytes: built in, or read from the system for one report.
type Data = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// One font file's bytes and the index of the face to use in it (a collection holds several).
#[derive(Clone)]
struct Source {
    data: Data,
    index: u32,
}

impl Source {
    fn built_in(data: &'static [u8]) -> Self {
        Source { data: Arc::new(data), index: 0 }
    }
}

/// One weight: the font krilla embeds, and its bytes, which the layout measures with.
pub(super) struct Face {
    pub font: krilla::text::Font,
    source: Source,
}

impl Face {
    fn new(source: Source) -> Result<Self> {
        let broken = || Error::Report("its font could not be read".into());
        let font =
            krilla::text::Font::new(krilla::Data::from(Arc::clone(&source.data)), source.index).ok_or_else(broken)?;
        FontRef::from_index((*source.data).as_ref(), source.index).map_err(|_| broken())?;
        Ok(Face { font, source })
    }

    /// The width of `text` at `size` points, without kerning (so never narrower than drawn by much).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        // Checked in `new`; reading the tables again is a few table lookups, not a parse.
        let Ok(font) = FontRef::from_index((*self.source.data).as_ref(), self.source.index) else { return 0.0 };
        let (charmap, metrics) = (font.charmap(), font.glyph_metrics(Size::new(1.0), LocationRef::default()));
        let advance = |c: char| {
            let glyph = charmap.map(c).unwrap_or(GlyphId::NOTDEF);
            metrics.advance_width(glyph).unwrap_or(0.0)
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
    /// The fonts for a report in `lang`; in Chinese, an error in her language, with advice for
    /// her system, when it has no Simplified Chinese font.
    pub fn load(lang: Lang) -> Result<Self> {
        let (regular, bold, svg, family) = match lang {
            Lang::En => {
                let (regular, bold) = (Source::built_in(REGULAR), Source::built_in(BOLD));
                (regular, bold, Arc::clone(&EN_SVG), FAMILY.to_owned())
            }
            _ => {
                let missing = || Error::Invalid {
                    field: None,
                    message: Msg::new(crate::platform::cjk_font_advice(crate::platform::Os::current())),
                };
                let cjk = CJK.as_ref().ok_or_else(missing)?;
                let (regular, bold) = cjk.read().map_err(|_| missing())?;
                let svg = svg_fonts(&[regular.clone(), bold.clone()], cjk.family);
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
    LazyLock::new(|| svg_fonts(&[Source::built_in(REGULAR), Source::built_in(BOLD)], FAMILY));

/// A font database of `sources` only, with `family` standing in for every generic family, so
/// no other font is looked up and the charts look the same as the text around them.
fn svg_fonts(sources: &[Source], family: &str) -> Arc<fontdb::Database> {
    let mut db = fontdb::Database::new();
    let mut loaded: Vec<&Data> = Vec::new();
    for source in sources {
        // Regular and bold may be one collection: load each file once.
        if !loaded.iter().any(|d| Arc::ptr_eq(d, &source.data)) {
            db.load_font_source(fontdb::Source::Binary(Arc::clone(&source.data)));
            loaded.push(&source.data);
        }
    }
    db.set_sans_serif_family(family);
    db.set_serif_family(family);
    db.set_monospace_family(family);
    Arc::new(db)
}

/// Where a face is: its file and its index in it.
#[derive(Debug, Clone, PartialEq)]
struct Located {
    path: PathBuf,
    index: u32,
}

/// Where the system's Simplified Chinese font is, found once.
struct Cjk {
    regular: Located,
    /// The bold face, or the nearest weight of 600 or more (PingFang SC stops at Semibold);
    /// `None` when the family has none: headings then use regular too.
    bold: Option<Located>,
    family: &'static str,
}

impl Cjk {
    /// Reads the faces' files for one report (a file holding both is read once). The files
    /// are read, not mapped: a font package upgraded while Mend runs cannot pull the bytes
    /// from under it.
    fn read(&self) -> std::io::Result<(Source, Source)> {
        let regular_data: Data = Arc::new(std::fs::read(&self.regular.path)?);
        let regular = Source { data: regular_data, index: self.regular.index };
        let bold = match &self.bold {
            None => regular.clone(),
            Some(b) if b.path == self.regular.path => Source { data: Arc::clone(&regular.data), index: b.index },
            Some(b) => Source { data: Arc::new(std::fs::read(&b.path)?), index: b.index },
        };
        Ok((regular, bold))
    }
}

/// Looked up on the first Chinese report (reading every system font's names takes a moment)
/// and kept: only the paths, a few bytes.
static CJK: LazyLock<Option<Cjk>> = LazyLock::new(find_cjk);

fn find_cjk() -> Option<Cjk> {
    let mut system = fontdb::Database::new();
    system.load_system_fonts();
    // The upright faces of `family` in the system, by weight, where their files are.
    let faces = |family: &str| -> Vec<(u16, Located)> {
        system
            .faces()
            .filter(|f| f.style == fontdb::Style::Normal && f.families.iter().any(|(name, _)| name == family))
            .filter_map(|f| match &f.source {
                fontdb::Source::File(path) => Some((f.weight.0, Located { path: path.clone(), index: f.index })),
                _ => None,
            })
            .collect()
    };
    CJK_FAMILIES.into_iter().find_map(|family| {
        let faces = faces(family);
        let at = |weight: u16| faces.iter().find(|(w, _)| *w == weight).map(|(_, at)| at.clone());
        let regular = at(fontdb::Weight::NORMAL.0)?;
        let weights: Vec<u16> = faces.iter().map(|(w, _)| *w).collect();
        let bold = bold_weight(&weights).and_then(at);
        Some(Cjk { regular, bold, family })
    })
}

/// The weight that stands for bold among a family's `weights`: 700 if there is one, else the
/// nearest heavier one, else 600 (Semibold); lighter weights do not read as headings. The order
/// is CSS's for `font-weight: bold`.
fn bold_weight(weights: &[u16]) -> Option<u16> {
    let heavier = weights.iter().copied().filter(|w| *w >= 700).min();
    heavier.or_else(|| weights.iter().copied().filter(|w| (600..700).contains(w)).max())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_is_700_or_the_nearest_weight_of_600_or_more() {
        // Noto Sans CJK SC: Thin to Black.
        assert_eq!(bold_weight(&[100, 300, 350, 400, 500, 700, 900]), Some(700));
        // PingFang SC: Ultralight to Semibold, no Bold.
        assert_eq!(bold_weight(&[100, 200, 300, 400, 500, 600]), Some(600));
        assert_eq!(bold_weight(&[400, 800, 900, 600]), Some(800));
        // Regular and Medium only: headings stay regular rather than barely heavier.
        assert_eq!(bold_weight(&[400, 500]), None);
        assert_eq!(bold_weight(&[]), None);
    }

    #[test]
    fn a_chinese_font_is_read_per_report_and_a_collection_once() {
        let dir = tempfile::tempdir().unwrap();
        let (one, two) = (dir.path().join("one.ttc"), dir.path().join("two.ttf"));
        std::fs::write(&one, REGULAR).unwrap();
        std::fs::write(&two, BOLD).unwrap();
        let at = |path: &std::path::Path, index| Located { path: path.to_path_buf(), index };
        let same = Cjk { regular: at(&one, 0), bold: Some(at(&one, 0)), family: "Open Sans" };
        let (regular, bold) = same.read().unwrap();
        assert!(Arc::ptr_eq(&regular.data, &bold.data), "one file, read once");
        let two_files = Cjk { regular: at(&one, 0), bold: Some(at(&two, 0)), family: "Open Sans" };
        let (regular, bold) = two_files.read().unwrap();
        assert_eq!(((*regular.data).as_ref().len(), (*bold.data).as_ref().len()), (REGULAR.len(), BOLD.len()));
        // Nothing is kept once the report's fonts are dropped: the bytes are the report's alone.
        let fonts = Fonts {
            regular: Face::new(regular).unwrap(),
            bold: Face::new(bold).unwrap(),
            svg: Arc::clone(&EN_SVG),
            family: "Open Sans".into(),
        };
        assert!(fonts.bold.width("Mend", 10.0) > fonts.regular.width("Mend", 10.0) * 0.9);
        let weak = Arc::downgrade(&fonts.regular.source.data);
        drop(fonts);
        assert!(weak.upgrade().is_none(), "the font file's bytes are let go with the report");
        // A font removed since it was found: the advice, not a crash.
        std::fs::remove_file(&two).unwrap();
        assert!(two_files.read().is_err());
    }
}
