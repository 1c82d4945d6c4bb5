//! The one profile row.

use rusqlite::{params, Connection, OptionalExtension};

use super::record::vocab;
use crate::error::Result;
use crate::model::{AgeBand, Profile, Vocabulary};
use serde::Serialize;

/// Writes the one profile row.
pub fn write(conn: &Connection, p: &Profile, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO profile (id, birth_date, delivery_type, epidural, breastfeeding, age_band, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET birth_date = ?1, delivery_type = ?2, epidural = ?3,
             breastfeeding = ?4, age_band = ?5, updated_at = ?6",
        params![
            p.birth_date,
            p.delivery_type.map(|d| d.as_str()),
            p.epidural,
            p.breastfeeding,
            p.age_band.as_str(),
            now
        ],
    )?;
    Ok(())
}

/// The profile row, if one has been saved.
pub fn read(conn: &Connection) -> Result<Option<Profile>> {
    Ok(conn
        .prepare_cached(
            "SELECT birth_date, delivery_type, epidural, breastfeeding, age_band FROM profile WHERE id = 1",
        )?
        .query_row([], |r| {
            let delivery: Option<String> = r.get(1)?;
            Ok(Profile {
                birth_date: r.get(0)?,
                delivery_type: delivery.as_deref().and_then(Vocabulary::parse),
                epidural: r.get(2)?,
                breastfeeding: r.get(3)?,
                age_band: vocab::<AgeBand>(r, 4)?,
            })
        })
        .optional()?)
}

/// The profile as the UI sees it: `configured` is false until it has been saved (or skipped) once.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    pub configured: bool,
    #[serde(flatten)]
    pub profile: Profile,
}

/// The profile as the UI sees it, with defaults before the first save.
pub fn read_view(conn: &Connection) -> Result<ProfileView> {
    Ok(match read(conn)? {
        Some(profile) => ProfileView { configured: true, profile },
        None => ProfileView { configured: false, profile: Profile::default() },
    })
}
