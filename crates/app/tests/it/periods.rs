//! Report periods: the bounds given on the command line and to the reporting API.

use upstander_app::parse_period_bound;

#[test]
fn a_bound_with_a_utc_offset_other_than_z_is_the_instant_it_names() {
    let cases = [
        ("2026-06-15T23:30:00-05:00", "2026-06-16T04:30:00Z"),
        ("2026-01-01T12:00:00+05:00", "2026-01-01T07:00:00Z"),
        ("2026-01-01T12:00:00+05:30", "2026-01-01T06:30:00Z"),
        ("2026-01-01T12:00:00Z", "2026-01-01T12:00:00Z"),
        ("2026-01-01", "2026-01-01T00:00:00Z"),
    ];
    for (given, expected) in cases {
        assert_eq!(
            parse_period_bound("from", given).unwrap().to_string(),
            expected,
            "{given}"
        );
    }
}

#[test]
fn an_impossible_utc_offset_is_refused_naming_it() {
    for given in ["2026-01-01T00:00:00+25:00", "2026-01-01T00:00:00-13:00"] {
        let error = parse_period_bound("from", given).unwrap_err().to_string();
        assert!(error.contains("UTC offset"), "{given}: {error}");
        assert!(error.contains("from"), "{given}: {error}");
    }
    for given in ["2026-01-01garbage", "2026-01-01T12:00:00", "2026-13-01"] {
        assert!(parse_period_bound("to", given).is_err(), "{given}");
    }
}
