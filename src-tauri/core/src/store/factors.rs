//! Sleep, mood and her own tags on a day, and the tags themselves: create, rename, retire.
//! A retired tag keeps its days (History shows them) but is not offered on Today and cannot be
//! switched on; it can be brought back. Its name stays taken, so adding a tag of that name
//! again is refused with a pointer to bringing it back.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::Store;
use crate::error::{Error, Result};
use crate::factors::{Mood, Sleep, TagName};
use crate::i18n::Msg;
use crate::model::{DayFactors, Tag};
use crate::repo::{factors, tags};
use crate::requests::not_after;
use crate::text::clip;

impl Store {
    /// The sleep, mood and tags of `date`.
    pub fn day_factors(&self, date: NaiveDate) -> Result<DayFactors> {
        day_factors(&*self.session()?, not_after(date, self.today())?)
    }

    /// Sets the hours slept on `date`, replacing what was there; None clears it.
    pub fn set_sleep(&self, date: NaiveDate, sleep: Option<Sleep>) -> Result<DayFactors> {
        let date = not_after(date, self.today())?;
        let mut conn = self.session()?;
        let stamp = conn.stamp.clone();
        let tx = conn.transaction()?;
        factors::set_sleep(&tx, date, sleep.map(Sleep::half_hours), &stamp)?;
        tx.commit()?;
        day_factors(&conn, date)
    }

    /// Sets the mood of `date`, replacing what was there; None clears it.
    pub fn set_mood(&self, date: NaiveDate, mood: Option<Mood>) -> Result<DayFactors> {
        let date = not_after(date, self.today())?;
        let mut conn = self.session()?;
        let stamp = conn.stamp.clone();
        let tx = conn.transaction()?;
        factors::set_mood(&tx, date, mood.map(Mood::score), &stamp)?;
        tx.commit()?;
        day_factors(&conn, date)
    }

    /// Every tag, those in use first, each group by name.
    pub fn list_tags(&self) -> Result<Vec<Tag>> {
        tags::all(&*self.session()?)
    }

    /// Adds a tag; a name already taken (in any case, retired or not) is refused.
    pub fn create_tag(&self, name: &TagName) -> Result<Tag> {
        let mut conn = self.session()?;
        let stamp = conn.stamp.clone();
        let tx = conn.transaction()?;
        name_free(&tx, name, None)?;
        let tag = tags::insert(&tx, name.as_str(), &name.folded(), false, &stamp)?;
        tx.commit()?;
        Ok(tag)
    }

    /// Renames tag `id`; its days keep it. A name another tag has is refused.
    pub fn rename_tag(&self, id: i64, name: &TagName) -> Result<Tag> {
        let mut conn = self.session()?;
        let stamp = conn.stamp.clone();
        let tx = conn.transaction()?;
        existing(&tx, id)?;
        name_free(&tx, name, Some(id))?;
        tags::rename(&tx, id, name.as_str(), &name.folded(), &stamp)?;
        let tag = existing(&tx, id)?;
        tx.commit()?;
        Ok(tag)
    }

    /// Retires tag `id` (or, with `retired` false, brings it back).
    pub fn retire_tag(&self, id: i64, retired: bool) -> Result<Tag> {
        let conn = self.session()?;
        existing(&conn, id)?;
        tags::set_retired(&conn, id, retired, &conn.stamp)?;
        existing(&conn, id)
    }

    /// Marks tag `id` true on `date` (or not). A retired tag cannot be switched on; switching
    /// one off is allowed, to correct a day.
    pub fn set_day_tag(&self, date: NaiveDate, id: i64, on: bool) -> Result<DayFactors> {
        let date = not_after(date, self.today())?;
        let conn = self.session()?;
        let tag = existing(&conn, id)?;
        if on && tag.retired {
            return Err(Error::invalid("tagId", Msg::new("err-tag-retired").arg("name", clip(&tag.name))));
        }
        tags::switch(&conn, date, id, on, &conn.stamp)?;
        day_factors(&conn, date)
    }

    /// The tag called `name` (in any case), for the command line.
    pub fn tag_named(&self, name: &TagName) -> Result<Tag> {
        tags::by_folded(&*self.session()?, &name.folded())?
            .ok_or_else(|| Error::invalid("name", Msg::new("err-no-tag-called").arg("name", clip(name.as_str()))))
    }
}

/// The sleep, mood and tags of `date`.
pub(crate) fn day_factors(conn: &Connection, date: NaiveDate) -> Result<DayFactors> {
    let (sleep, mood) = factors::on(conn, date)?;
    Ok(DayFactors { sleep_hours: sleep.map(|h| f64::from(h) / 2.0), mood, tags: tags::on_day(conn, date)? })
}

/// Tag `id`, or an `invalid_input` error on `tagId` when there is none.
fn existing(conn: &Connection, id: i64) -> Result<Tag> {
    tags::get(conn, id)?.ok_or_else(|| Error::invalid("tagId", Msg::new("err-no-tag-id").arg("id", id.to_string())))
}

/// Refuses `name` if a tag other than `except` already has it (in any case).
fn name_free(conn: &Connection, name: &TagName, except: Option<i64>) -> Result<()> {
    match tags::by_folded(conn, &name.folded())? {
        Some(other) if Some(other.id) != except => {
            let id = if other.retired { "err-tag-exists-retired" } else { "err-tag-exists" };
            Err(Error::invalid("name", Msg::new(id).arg("name", clip(&other.name))))
        }
        _ => Ok(()),
    }
}
