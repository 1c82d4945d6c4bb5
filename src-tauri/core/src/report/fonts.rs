//! The report's one typeface, Open Sans regular and bold (Apache-2.0, `assets/fonts`), built
//! into the binary so that every report looks the same on every machine and its text can be
//! selected, searched and read aloud. The charts' "sans-serif" resolves to it too, so chart
//! labels are text in the same font rather than outlines or pixels.

use std::sync::{Arc, LazyLock};

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{charmap::Charmap, FontRef, GlyphId, MetadataProvider};
use usvg::fontdb;

use crate::error::{Error, Result};

static REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/OpenSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../../assets/fonts/OpenSans-Bold.ttf");
/// The family name inside both files.
const FAMILY: &str = "Open Sans";

/// One weight: the font krilla embeds and the metrics the layout measures with.
pub(super) struct Face {
    pub font: krilla::text::Font,
    charmap: Charmap<'static>,
    /// Advances at a size of 1, so a width times the font size is in points.
    metrics: GlyphMetrics<'static>,
}

impl Face {
    fn new(data: &'static [u8]) -> Result<Self> {
        let broken = || Error::Report("its built-in font could not be read".into());
        let font = krilla::text::Font::new(data.into(), 0).ok_or_else(broken)?;
        let font_ref = FontRef::new(data).map_err(|_| broken())?;
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

/// Regular and bold.
pub(super) struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn load() -> Result<Self> {
        Ok(Fonts { regular: Face::new(REGULAR)?, bold: Face::new(BOLD)? })
    }

    pub fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

/// The font database the chart SVGs are parsed with: only the built-in font, standing in for
/// every generic family, so no system font is looked up and the result is the same everywhere.
pub(super) fn svg_fonts() -> Arc<fontdb::Database> {
    static DB: LazyLock<Arc<fontdb::Database>> = LazyLock::new(|| {
        let mut db = fontdb::Database::new();
        for data in [REGULAR, BOLD] {
            db.load_font_source(fontdb::Source::Binary(Arc::new(data)));
        }
        db.set_sans_serif_family(FAMILY);
        db.set_serif_family(FAMILY);
        db.set_monospace_family(FAMILY);
        Arc::new(db)
    });
    Arc::clone(&DB)
}

/// The family name, for SVG text with no family at all.
pub(super) fn family() -> &'static str {
    FAMILY
}
