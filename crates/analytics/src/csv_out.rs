//! CSV output: the `csv` crate does the quoting; this adds the guard against spreadsheet
//! formula injection, because platform and category names come from records and a cell such
//! as `=HYPERLINK(…)` would run when a volunteer opens the export.

use crate::AnalyticsError;

/// A CSV document being written to memory.
pub(crate) struct CsvOut {
    writer: csv::Writer<Vec<u8>>,
}

fn csv_err(e: impl std::fmt::Display) -> AnalyticsError {
    AnalyticsError::Csv(e.to_string())
}

/// The cell as written: text that a spreadsheet would read as a formula gets a leading `'`.
/// Numbers the reports write themselves (including negative ones) are left alone.
pub(crate) fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '@', '\t', '\r'])
        || (cell.starts_with('-') && cell.parse::<f64>().is_err());
    if risky {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

impl CsvOut {
    /// Starts a document with its header row.
    pub(crate) fn new(headers: &[&str]) -> Result<Self, AnalyticsError> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(headers).map_err(csv_err)?;
        Ok(Self { writer })
    }

    /// Writes one row.
    pub(crate) fn row(&mut self, cells: &[&str]) -> Result<(), AnalyticsError> {
        self.writer
            .write_record(cells.iter().map(|c| neutralise(c).into_owned()))
            .map_err(csv_err)
    }

    /// The finished document.
    pub(crate) fn finish(self) -> Result<String, AnalyticsError> {
        let bytes = self.writer.into_inner().map_err(csv_err)?;
        String::from_utf8(bytes).map_err(csv_err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_numbers_are_not() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("-cmd"), "'-cmd");
        assert_eq!(neutralise("-12.5"), "-12.5");
        assert_eq!(neutralise("X"), "X");
    }
}
