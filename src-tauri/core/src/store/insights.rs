//! The insights over a range, in the language in force (loaded by `insights::load`).

use super::Store;
use crate::error::Result;
use crate::insights::{self, Overview};
use crate::trends::Range;

impl Store {
    /// Which factors went with better or worse days over `range` (see `insights`), in the
    /// language in force.
    pub fn insights(&self, range: Range) -> Result<Overview> {
        let session = self.session()?;
        let (days, tags) = insights::load::days(&session, range)?;
        Ok(insights::overview_in(&days, &tags, session.lang))
    }
}
