//! The arithmetic every report shares, in integers so that totals add up to the penny and the
//! same input always prints the same figures: money in minor units (pence, cents), rates in
//! tenths of a percent, durations in whole seconds.

use serde::{Deserialize, Serialize};

/// The median of `values` (sorted here): the middle value, or for an even count the mean of
/// the two middle values rounded down to the whole second. `None` when there are no values.
#[must_use]
pub fn median(values: &mut [u64]) -> Option<u64> {
    values.sort_unstable();
    let n = values.len();
    if n == 0 {
        return None;
    }
    if n % 2 == 1 {
        return Some(values[n / 2]);
    }
    let (a, b) = (values[n / 2 - 1], values[n / 2]);
    // Written this way so two values near u64::MAX do not overflow.
    Some(a / 2 + b / 2 + (a % 2 + b % 2) / 2)
}

/// `part / whole` in tenths of a percent (per mille), rounded half up; `None` when `whole` is 0,
/// so an empty period never divides by zero.
#[must_use]
pub fn permille(part: u64, whole: u64) -> Option<u32> {
    if whole == 0 {
        return None;
    }
    let value = (u128::from(part) * 1000 * 2 + u128::from(whole)) / (u128::from(whole) * 2);
    Some(u32::try_from(value).unwrap_or(u32::MAX))
}

/// Formats a per-mille rate as a percentage with one decimal ("33.3%"), or "n/a".
#[must_use]
pub fn format_permille(rate: Option<u32>) -> String {
    match rate {
        Some(r) => format!("{}.{}%", r / 10, r % 10),
        None => "n/a".to_owned(),
    }
}

/// The cost of `seconds` of work at `minor_per_hour`, in minor units, rounded half up once.
#[must_use]
pub fn cost_minor(seconds: u64, minor_per_hour: u64) -> u64 {
    // u64 × u64 fits in u128, but doubling it may not: saturate rather than overflow.
    let value = (u128::from(seconds) * u128::from(minor_per_hour))
        .saturating_mul(2)
        .saturating_add(3600)
        / 7200;
    u64::try_from(value).unwrap_or(u64::MAX)
}

/// An amount of money in a currency's minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Minor(pub u64);

impl Minor {
    /// "1234.56": the amount in major units with two decimals, no symbol, no grouping (CSV).
    #[must_use]
    pub fn decimal(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }

    /// "£1,234.56" for GBP, "€…" for EUR, "$…" for USD, else "CHF 1,234.56".
    #[must_use]
    pub fn display(self, currency: &str) -> String {
        let whole = group_thousands(self.0 / 100);
        let cents = self.0 % 100;
        match currency {
            "GBP" => format!("£{whole}.{cents:02}"),
            "EUR" => format!("€{whole}.{cents:02}"),
            "USD" => format!("${whole}.{cents:02}"),
            other => format!("{other} {whole}.{cents:02}"),
        }
    }
}

fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A duration for people: "2d 3h", "5h 20m", "12m 5s", "45s".
#[must_use]
pub fn format_duration(seconds: u64) -> String {
    let (d, h, m, s) = (
        seconds / 86_400,
        seconds % 86_400 / 3600,
        seconds % 3600 / 60,
        seconds % 60,
    );
    if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m}m")
    } else if m > 0 {
        format!("{m}m {s}s")
    } else {
        format!("{s}s")
    }
}

/// Hours with two decimals ("1.50"), rounded half up, for invoice lines.
#[must_use]
pub fn format_hours(seconds: u64) -> String {
    let hundredths = (u128::from(seconds) * 2 + 36) / 72;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3));
        assert_eq!(median(&mut [4, 1, 3, 10]), Some(3)); // (3 + 4) / 2 = 3.5, rounded down
        assert_eq!(median(&mut [u64::MAX, u64::MAX]), Some(u64::MAX));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn rates_round_half_up_and_never_divide_by_zero() {
        assert_eq!(permille(1, 3), Some(333));
        assert_eq!(permille(2, 3), Some(667));
        assert_eq!(permille(1, 8), Some(125));
        assert_eq!(permille(1, 2000), Some(1)); // 0.5 per mille rounds up
        assert_eq!(permille(0, 0), None);
        assert_eq!(format_permille(Some(333)), "33.3%");
        assert_eq!(format_permille(None), "n/a");
    }

    #[test]
    fn money_rounds_once_to_the_penny() {
        // 1 minute at £25/h is 41.67p: rounds to 42p.
        assert_eq!(cost_minor(60, 2500), 42);
        // 30 s at £1/h is 0.83p → 1p; 18 s at £1/h is exactly 0.5p → rounds up.
        assert_eq!(cost_minor(30, 100), 1);
        assert_eq!(cost_minor(18, 100), 1);
        assert_eq!(cost_minor(17, 100), 0);
        assert_eq!(Minor(123_456).display("GBP"), "£1,234.56");
        assert_eq!(Minor(5).display("CHF"), "CHF 0.05");
        assert_eq!(Minor(100_000_000).decimal(), "1000000.00");
        assert_eq!(cost_minor(u64::MAX, u64::MAX), u64::MAX);
    }

    #[test]
    fn durations_and_hours_read_naturally() {
        assert_eq!(format_duration(45), "45s");
        assert_eq!(format_duration(725), "12m 5s");
        assert_eq!(format_duration(19_200), "5h 20m");
        assert_eq!(format_duration(183_600), "2d 3h");
        assert_eq!(format_hours(5400), "1.50");
        assert_eq!(format_hours(60), "0.02"); // 0.0166… h
    }
}
