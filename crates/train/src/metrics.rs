//! Binary-classification metrics and calibration tables.

use serde::Serialize;

/// A 2×2 confusion matrix.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Confusion {
    /// Hateful, predicted hateful.
    pub tp: u64,
    /// Not hateful, predicted hateful.
    pub fp: u64,
    /// Not hateful, predicted not.
    pub tn: u64,
    /// Hateful, predicted not.
    pub fn_: u64,
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl Confusion {
    /// Adds one prediction.
    pub fn add(&mut self, truth: bool, predicted: bool) {
        match (truth, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (false, false) => self.tn += 1,
            (true, false) => self.fn_ += 1,
        }
    }
    /// Number of examples.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.tp + self.fp + self.tn + self.fn_
    }
    /// (tp + tn) / total.
    #[must_use]
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.total())
    }
    /// tp / (tp + fp).
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn).
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Share of harmless examples flagged: fp / (fp + tn).
    #[must_use]
    pub fn false_positive_rate(&self) -> f64 {
        ratio(self.fp, self.fp + self.tn)
    }
    /// Harmonic mean of precision and recall.
    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// The summary numbers, for reports.
    #[must_use]
    pub fn summary(&self) -> Summary {
        Summary {
            n: self.total(),
            accuracy: self.accuracy(),
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
            false_positive_rate: self.false_positive_rate(),
            confusion: *self,
        }
    }
}

/// Accuracy, precision, recall, F1 and the matrix behind them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Examples.
    pub n: u64,
    /// Accuracy.
    pub accuracy: f64,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Share of harmless examples flagged.
    pub false_positive_rate: f64,
    /// The confusion matrix.
    pub confusion: Confusion,
}

/// One bin of a calibration table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct CalibrationBin {
    /// Lower edge of the predicted-probability bin.
    pub from: f64,
    /// Upper edge.
    pub to: f64,
    /// Examples in the bin.
    pub n: u64,
    /// Mean predicted probability.
    pub mean_predicted: f64,
    /// Share actually hateful.
    pub observed: f64,
}

/// Ten equal-width bins of predicted probability against the observed rate.
#[must_use]
pub fn calibration(pairs: &[(f32, bool)]) -> Vec<CalibrationBin> {
    let mut bins: Vec<(u64, f64, u64)> = vec![(0, 0.0, 0); 10];
    for &(p, y) in pairs {
        let p = f64::from(p.clamp(0.0, 1.0));
        // p in [0, 1], so the index is 0..=9 after the min.
        let i = ((p * 10.0) as usize).min(9);
        if let Some(bin) = bins.get_mut(i) {
            bin.0 += 1;
            bin.1 += p;
            bin.2 += u64::from(y);
        }
    }
    bins.iter()
        .enumerate()
        .map(|(i, &(n, sum, pos))| CalibrationBin {
            from: i as f64 / 10.0,
            to: (i + 1) as f64 / 10.0,
            n,
            mean_predicted: if n == 0 { 0.0 } else { sum / n as f64 },
            observed: ratio(pos, n),
        })
        .collect()
}

/// Expected calibration error of a table: the count-weighted gap between predicted and
/// observed.
#[must_use]
pub fn expected_calibration_error(bins: &[CalibrationBin]) -> f64 {
    let total: u64 = bins.iter().map(|b| b.n).sum();
    bins.iter()
        .map(|b| ratio(b.n, total) * (b.mean_predicted - b.observed).abs())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_confusion_matrix_gives_the_textbook_numbers() {
        let mut c = Confusion::default();
        for (t, p) in [
            (true, true),
            (true, true),
            (true, false),
            (false, true),
            (false, false),
        ] {
            c.add(t, p);
        }
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((c.recall() - 2.0 / 3.0).abs() < 1e-9);
        assert!((c.accuracy() - 0.6).abs() < 1e-9);
        assert!((c.false_positive_rate() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn an_empty_matrix_scores_zero_rather_than_nan() {
        let c = Confusion::default();
        assert_eq!(c.f1(), 0.0);
        assert_eq!(c.precision(), 0.0);
    }

    #[test]
    fn a_perfectly_calibrated_table_has_no_error() {
        let pairs: Vec<(f32, bool)> = (0..100).map(|i| (0.05, i < 5)).collect();
        let bins = calibration(&pairs);
        assert_eq!(bins[0].n, 100);
        assert!(expected_calibration_error(&bins) < 1e-6);
    }
}
