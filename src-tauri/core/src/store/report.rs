//! The report for the appointment, from the diary open now, in the language in force (loaded
//! by `report::load`, drawn by `report::render`).

use std::path::Path;

use super::Store;
use crate::error::Result;
use crate::report::{self, ReportInput, ReportRequest};

impl Store {
    /// Makes the report's PDF; a range without entries is refused with a sentence.
    pub fn report(&self, request: &ReportRequest) -> Result<Vec<u8>> {
        report::render(&self.report_input(request)?)
    }

    /// Makes the report and writes it to `path`, readable by her only.
    pub fn report_to(&self, request: &ReportRequest, path: &Path) -> Result<()> {
        let pdf = self.report(request)?;
        crate::transfer::write_private(path, &pdf)
    }

    /// Writes the recovery sheet for `code` (a recovery code, as shown to her) to `path`, a
    /// PDF readable by her only, in the language in force.
    pub fn recovery_sheet_to(&self, code: &str, path: &Path) -> Result<()> {
        let code = crate::cipher::recovery::normalise(code).ok_or_else(|| {
            crate::error::Error::invalid("recoveryCode", crate::i18n::Msg::new("err-not-a-recovery-code"))
        })?;
        let pdf = report::recovery_sheet(&code, self.language(), self.today())?;
        crate::transfer::write_private(path, &pdf)
    }

    /// Everything the report shows, loaded from the database, in the language in force.
    pub fn report_input(&self, request: &ReportRequest) -> Result<ReportInput> {
        let session = self.session()?;
        report::load::input(&session, session.lang, session.today, request)
    }
}
