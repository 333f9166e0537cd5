//! Property tests: no input makes the engine panic, and evidence spans always fit the text.

use proptest::prelude::*;
use upstander_core::{Severity, Verdict};

use crate::support::{engine, taxonomy};

/// Terms from the lexicon, plain and disguised, to make sure random posts do hit evidence.
const TERMS: &[&str] = &[
    "vermin",
    "v3rm1n",
    "ｖｅｒｍｉｎ",
    "muslims",
    "m u s l i m s",
    "kiiiill",
    "paki",
    "p4ki",
    "not",
    "\"",
    "'",
    "called me",
    "🐀",
    "🏳️‍🌈",
    "opps",
    "N17",
    "on sight",
    "for sale",
    "zombie knife",
    "rip",
    "🕊️",
    "they",
    "them",
    "you",
    "é",
    "\u{200b}",
    "gay people",
    "are",
    "disgusting",
    "is",
    "shame on",
    "my",
    "nigga",
    "lyrics",
    ",",
    ".",
    "?",
    "\n",
];

fn post() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(TERMS).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-zA-Z0-9 ]{0,12}",
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.join(" "))
}

fn check(text: &str) {
    let got = engine().assess(text);
    assert!((0.0..=1.0).contains(&got.score), "score {}", got.score);
    for category in &got.categories {
        assert!((0.0..=1.0).contains(&category.score));
        assert!(taxonomy().has_category(&category.id), "{}", category.id);
    }
    for target in &got.targets {
        assert!(taxonomy().has_target_group(target), "{target}");
    }
    for span in &got.spans {
        assert!(span.start < span.end, "{span:?}");
        assert_eq!(
            text.get(span.start..span.end),
            Some(span.text.as_str()),
            "span off the text or a char boundary: {span:?}"
        );
    }
    assert!(
        got.spans
            .windows(2)
            .all(|w| (w[0].start, w[0].end) < (w[1].start, w[1].end)),
        "spans out of order or duplicated"
    );
    for signal in &got.signals {
        if let Some(span) = signal.span {
            assert!(
                span.slice(text).is_some(),
                "{} span {span:?} off the text",
                signal.id
            );
        }
    }
    match got.verdict {
        Verdict::Flag => assert!(!got.explanation.is_empty()),
        Verdict::Clear => {
            assert_eq!(got.severity, Severity::S0);
            assert!(got.spans.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_engine_never_panics_on_arbitrary_text(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn spans_stay_inside_the_original_on_char_boundaries(text in post()) {
        check(&text);
    }
}
