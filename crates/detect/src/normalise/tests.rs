use proptest::prelude::*;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

use super::*;

fn norm(text: &str) -> String {
    Normaliser::new().normalise(text).as_str().to_owned()
}

/// The original text under the span of the `nth` word token.
fn original_of_word(text: &str, nth: usize) -> String {
    let normalised = Normaliser::new().normalise(text);
    let (start, end) = normalised.words().nth(nth).expect("word exists");
    let span = normalised.span_to_original(start, end);
    text[span.start..span.end].to_owned()
}

fn words(text: &str) -> Vec<String> {
    let normalised = Normaliser::new().normalise(text);
    normalised
        .words()
        .map(|(s, e)| normalised.as_str()[s..e].to_owned())
        .collect()
}

#[test]
fn breaks_insert_spaces_that_map_between_the_original_characters() {
    for text in ["Muslims arescum!", "Mｕslims ａrescum!"] {
        let normalised = Normaliser::new().normalise(text);
        let at = normalised.as_str().find("scum").unwrap();
        let broken = normalised.with_breaks(&[at, 0, 999]);
        assert_eq!(broken.as_str(), "muslims are scum!");
        let span = broken.span_to_original(12, 16);
        assert_eq!(text.get(span.start..span.end), Some("scum"));
        let are = broken.span_to_original(8, 11);
        assert!(text.get(are.start..are.end).unwrap().ends_with("re"));
        // The inserted space itself maps to an empty range.
        let space = broken.span_to_original(11, 12);
        assert_eq!(space.start, space.end);
    }
}

#[test]
fn cyrillic_greek_and_small_capital_lookalikes_become_latin_letters() {
    assert_eq!(norm("ѕсυм"), "scum");
    assert_eq!(norm("Мuslim"), "muslim");
    assert_eq!(norm("ᴍᴜꜱʟɪᴍ"), "muslim");
    assert_eq!(norm("they are ѕсυм"), "they are scum");
}

#[test]
fn enclosed_full_width_and_mathematical_letters_become_plain_letters() {
    assert_eq!(norm("ⓗⓐⓣⓔ"), "hate");
    assert_eq!(norm("⒣⒜⒯⒠"), "hate");
    assert_eq!(norm("🅷🅰🆃🅴"), "hate");
    assert_eq!(norm("𝐡𝐚𝐭𝐞 𝓱𝓪𝓽𝓮"), "hate hate");
    assert_eq!(norm("ＨＡＴＥ"), "hate");
    assert_eq!(norm("ﬁlth"), "filth");
}

#[test]
fn a_full_width_word_maps_back_to_exactly_its_own_bytes() {
    let text = "I h8 the ｍｕｓｌｉｍｓ";
    let normalised = Normaliser::new().normalise(text);
    assert_eq!(normalised.as_str(), "i hate the muslims");
    let start = normalised.as_str().find("muslims").unwrap();
    let span = normalised.span_to_original(start, start + "muslims".len());
    assert_eq!(&text[span.start..span.end], "ｍｕｓｌｉｍｓ");
    assert_eq!(span.start, text.find('ｍ').unwrap());
    assert_eq!(span.end, text.len());
    // A part of the word maps to just its characters.
    let span = normalised.span_to_original(start, start + 3);
    assert_eq!(&text[span.start..span.end], "ｍｕｓ");
    // "hate" came from "h8".
    let hate = normalised.as_str().find("hate").unwrap();
    let span = normalised.span_to_original(hate, hate + 4);
    assert_eq!(&text[span.start..span.end], "h8");
}

#[test]
fn leet_digits_and_symbols_inside_words_are_read_as_letters() {
    assert_eq!(norm("h4t3"), "hate");
    assert_eq!(norm("k1ll"), "kill");
    assert_eq!(norm("mu$lim"), "muslim");
    assert_eq!(norm("n!gg@"), "nigga");
    assert_eq!(norm("$hit"), "shit");
    assert_eq!(norm("3vil"), "evil");
    assert_eq!(norm("bi+ch"), "bitch");
    assert_eq!(norm("ki||"), "kill");
    assert_eq!(norm("h8 h8ers l8r m8"), "hate haters later mate");
    assert_eq!(norm("8itch"), "bitch");
    assert_eq!(norm("M0ZL3M5"), "mozlems");
    // v2.5: two leading digits ("94y" stays a quantity), and "8" after a vowel.
    assert_eq!(norm("48h0r 94y"), "abhor 94y");
    assert_eq!(norm("disa8led h8"), "disabled hate");
    assert_eq!(norm("80s 24hrs 2nite"), "80s 24hrs 2nite");
}

#[test]
fn a_leet_word_maps_back_to_its_original_spelling() {
    assert_eq!(original_of_word("you are n!gg@s.", 2), "n!gg@s");
    assert_eq!(original_of_word("so h4t3ful", 1), "h4t3ful");
}

#[test]
fn numbers_quantities_and_mentions_keep_their_digits_and_symbols() {
    assert_eq!(norm("in 2024 at 10"), "in 2024 at 10");
    assert_eq!(norm("7pm 1st 2nd 5km 3x3"), "7pm 1st 2nd 5km 3x3");
    assert_eq!(norm("covid19 and 90s"), "covid19 and 90s");
    assert_eq!(norm("$5 or €10"), "$5 or €10");
    assert_eq!(norm("@user hi"), "@user hi");
}

#[test]
fn sentence_punctuation_after_a_word_is_kept() {
    assert_eq!(norm("hello!"), "hello!");
    assert_eq!(norm("What?! No!!"), "what?! no!!");
    assert_eq!(norm("\"Go home\", they said."), "\"go home\", they said.");
}

#[test]
fn stretched_letters_collapse_to_one_and_double_letters_stay() {
    assert_eq!(norm("haaaate"), "hate");
    assert_eq!(norm("fuuuuck"), "fuck");
    assert_eq!(norm("killlll"), "kil");
    assert_eq!(norm("kill the moon"), "kill the moon");
    assert_eq!(norm("HAAATE"), "hate");
    // A stretch built from leet collapses too.
    assert_eq!(norm("h4aaa4te"), "hate");
}

#[test]
fn a_collapsed_run_maps_back_to_the_whole_stretched_word() {
    assert_eq!(original_of_word("so haaaaate", 1), "haaaaate");
    let text = "haaaate";
    let normalised = Normaliser::new().normalise(text);
    // The single "a" covers every "a" of the run.
    let span = normalised.span_to_original(1, 2);
    assert_eq!(&text[span.start..span.end], "aaaa");
}

#[test]
fn spaced_out_words_are_joined_whatever_the_separator() {
    assert_eq!(norm("m u s l i m s"), "muslims");
    assert_eq!(norm("m.u.s.l.i.m"), "muslim");
    assert_eq!(norm("k-i-l-l them"), "kill them");
    assert_eq!(norm("f*u*c*k"), "fuck");
    assert_eq!(norm("k 1 l l"), "kill");
    assert_eq!(norm("m. u. s. l. i. m"), "muslim");
    assert_eq!(norm("the J E W S did it"), "the jews did it");
    assert_eq!(norm("k\u{200B} i\u{200B} l l"), "kill");
}

#[test]
fn a_joined_word_maps_back_to_everything_from_its_first_to_last_letter() {
    assert_eq!(
        original_of_word("all m u s l i m s out", 1),
        "m u s l i m s"
    );
    assert_eq!(original_of_word("\"k-i-l-l\"", 0), "k-i-l-l");
}

#[test]
fn ordinary_text_with_single_letter_words_is_not_joined() {
    assert_eq!(norm("I am a doctor"), "i am a doctor");
    assert_eq!(norm("a b cd"), "a b cd");
    assert_eq!(norm("e.g. this"), "e.g. this");
    assert_eq!(norm("1 2 3"), "1 2 3");
    assert_eq!(norm("3.14 and 1,000"), "3.14 and 1,000");
    assert_eq!(norm("anti-muslim end.Next"), "anti-muslim end.next");
}

#[test]
fn masked_words_keep_their_stars() {
    assert_eq!(norm("f**k sh*t"), "f**k sh*t");
}

#[test]
fn zero_width_format_and_control_characters_are_removed() {
    let invisible = [
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{200E}',
        '\u{200F}',
        '\u{2060}',
        '\u{2061}',
        '\u{2062}',
        '\u{2063}',
        '\u{2064}',
        '\u{FEFF}',
        '\u{00AD}',
        '\u{202A}',
        '\u{202B}',
        '\u{202C}',
        '\u{202D}',
        '\u{202E}',
        '\u{2066}',
        '\u{2067}',
        '\u{2068}',
        '\u{2069}',
        '\u{FE00}',
        '\u{FE0F}',
        '\u{E0041}',
        '\u{E007F}',
        '\u{034F}',
        '\u{3164}',
        '\u{0000}',
        '\u{0007}',
        '\u{0090}',
    ];
    for ch in invisible {
        let text = format!("mus{ch}lim");
        assert_eq!(norm(&text), "muslim", "{ch:?}");
        assert_eq!(original_of_word(&text, 0), text, "{ch:?}");
    }
}

#[test]
fn whitespace_runs_collapse_to_one_space_and_the_ends_are_trimmed() {
    assert_eq!(
        norm("  go\t\thome \n\r\n now\u{00A0}\u{3000}please  "),
        "go home now please"
    );
    assert_eq!(norm(" \t\u{200B} "), "");
    assert_eq!(norm(""), "");
}

#[test]
fn a_space_maps_back_to_its_whole_whitespace_run_so_line_breaks_can_be_found() {
    let text = "they left.\n\n  Good riddance";
    let normalised = Normaliser::new().normalise(text);
    assert_eq!(normalised.as_str(), "they left. good riddance");
    let space = normalised.as_str().find(". ").unwrap() + 1;
    let span = normalised.span_to_original(space, space + 1);
    assert_eq!(&text[span.start..span.end], "\n\n  ");
}

#[test]
fn emoji_glued_to_words_or_to_each_other_become_separate_tokens() {
    assert_eq!(norm("🐒🐒"), "🐒 🐒");
    assert_eq!(norm("you🐒"), "you 🐒");
    assert_eq!(norm("🐒you"), "🐒 you");
    assert_eq!(words("go back🐒🐒home"), ["go", "back", "🐒", "🐒", "home"]);
    // The inserted space comes from no character: it maps to an empty span.
    let normalised = Normaliser::new().normalise("you🐒");
    let span = normalised.span_to_original(3, 4);
    assert!(span.is_empty());
    assert_eq!(span.start, 3);
}

#[test]
fn zwj_sequences_become_their_component_emoji_and_skin_tones_are_dropped() {
    assert_eq!(norm("👨\u{200D}👩\u{200D}👧"), "👨 👩 👧");
    assert_eq!(norm("👍🏿"), "👍");
    assert_eq!(norm("❤\u{FE0F}"), "❤");
    assert_eq!(original_of_word("ok 👍🏿", 1), "👍🏿");
}

#[test]
fn a_flag_stays_one_emoji_token() {
    assert_eq!(words("🇬🇧🇫🇷x"), ["🇬🇧", "🇫🇷", "x"]);
}

#[test]
fn accents_are_stripped_from_latin_letters_composed_or_not() {
    assert_eq!(norm("café naïve Ångström"), "cafe naive angstrom");
    assert_eq!(norm("cafe\u{0301}"), "cafe");
    assert_eq!(original_of_word("cafe\u{0301} ok", 0), "cafe\u{0301}");
    assert_eq!(norm("żółć"), "zolc");
}

#[test]
fn words_in_scripts_without_latin_lookalikes_are_left_alone() {
    assert_eq!(norm("مرحبا بكم"), "مرحبا بكم");
    assert_eq!(norm("日本語です"), "日本語です");
    assert_eq!(norm("नमस्ते"), "नमस्ते");
    // Leet is a Latin-script habit: not applied to mixed words kept in their script.
    assert_eq!(norm("日本4"), "日本4");
}

#[test]
fn full_case_folding_turns_sharp_s_into_ss_and_final_sigma_into_sigma() {
    assert_eq!(norm("STRAẞE Straße"), "strasse strasse");
    assert_eq!(norm("λόγος 日"), norm("ΛΌΓΟΣ 日"));
}

#[test]
fn typographic_quotes_and_dashes_become_ascii() {
    assert_eq!(
        norm("“quoted” ‘single’ don’t — ok"),
        "\"quoted\" 'single' don't - ok"
    );
}

#[test]
fn words_skip_punctuation_and_trim_apostrophes() {
    assert_eq!(
        words("'they' don't (belong) here..."),
        ["they", "don't", "belong", "here"]
    );
    assert_eq!(words("a - ' b"), ["a", "b"]);
    assert_eq!(words(""), Vec::<String>::new());
}

#[test]
fn span_to_original_clamps_out_of_range_and_reversed_input() {
    let text = "Ｘ and ｙ";
    let normalised = Normaliser::new().normalise(text);
    assert_eq!(normalised.as_str(), "x and y");
    let whole = normalised.span_to_original(0, 1000);
    assert_eq!((whole.start, whole.end), (0, text.len()));
    let reversed = normalised.span_to_original(1, 0);
    assert_eq!(&text[reversed.start..reversed.end], "Ｘ");
    let past = normalised.span_to_original(500, 600);
    assert_eq!((past.start, past.end), (text.len(), text.len()));
    let empty = Normaliser::new().normalise("");
    assert_eq!(empty.span_to_original(3, 9), Span::new(0, 0));
}

#[test]
fn plain_ascii_text_is_borrowed_without_an_offset_map() {
    let text = "they said hello, didn't they?";
    let normalised = Normaliser::new().normalise(text);
    assert!(matches!(normalised.text, Cow::Borrowed(_)));
    assert!(normalised.map.is_none());
    assert_eq!(normalised.original(), text);
    let upper = Normaliser::new().normalise("They Said Hello");
    assert_eq!(upper.as_str(), "they said hello");
    assert!(upper.map.is_none());
    assert_eq!(upper.span_to_original(5, 9), Span::new(5, 9));
}

#[test]
fn the_normaliser_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Normaliser>();
    assert_send_sync::<NormalisedText<'static>>();
    let normaliser = std::sync::Arc::new(Normaliser::new());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let normaliser = normaliser.clone();
            std::thread::spawn(move || {
                normaliser
                    .normalise(&format!("h4t3 {i}"))
                    .as_str()
                    .to_owned()
            })
        })
        .collect();
    for (i, handle) in handles.into_iter().enumerate() {
        assert_eq!(handle.join().unwrap(), format!("hate {i}"));
    }
}

/// Folds `ch` the way the general path does, collecting the output characters.
fn fold(ch: char) -> Vec<char> {
    let mut out = Vec::new();
    if ch.is_ascii() {
        if ch.is_whitespace() {
            out.push(' ');
        } else if !ch.is_ascii_control() {
            out.push(ch.to_ascii_lowercase());
        }
    } else {
        fold_char(ch, &mut |c| out.push(c));
    }
    out
}

#[test]
fn folding_any_character_yields_characters_that_fold_to_themselves() {
    let mut failures = Vec::new();
    for ch in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let _ = class_of(ch); // must not panic for any character
        for folded in fold(ch) {
            if fold(folded) != [folded] {
                failures.push((ch, folded, fold(folded)));
            }
            let category = folded.general_category();
            if category == GeneralCategory::Format || folded.is_control() {
                failures.push((ch, folded, Vec::new()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures, first: {:?}",
        failures.len(),
        &failures[..failures.len().min(20)]
    );
}

#[test]
fn every_single_character_text_normalises_idempotently() {
    let normaliser = Normaliser::new();
    let mut failures = Vec::new();
    for ch in (0..=u32::from(char::MAX))
        .step_by(7)
        .filter_map(char::from_u32)
    {
        let text = format!("a{ch}b {ch}");
        let once = normaliser.normalise(&text);
        let twice = normaliser.normalise(once.as_str());
        if once.as_str() != twice.as_str() {
            failures.push((ch, once.as_str().to_owned(), twice.as_str().to_owned()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures, first: {:?}",
        failures.len(),
        &failures[..failures.len().min(20)]
    );
}

// ---------------------------------------------------------------------------------------
// Properties

/// Pieces that exercise every rule: words, leet, separators, invisibles, look-alikes,
/// marks, emoji, whitespace and edge cases.
const PIECES: &[&str] = &[
    "muslim",
    "kill",
    "hate",
    "the",
    "I",
    "a",
    "am",
    "x",
    "aa",
    "moon",
    "HATE",
    "Mus",
    "s",
    "4",
    "@",
    "$",
    "!",
    "1",
    "3",
    "0",
    "|",
    "+",
    "8",
    "5",
    "7",
    "9",
    "2",
    "10",
    "2024",
    "7pm",
    "1st",
    "e",
    " ",
    "  ",
    ".",
    "-",
    "*",
    "_",
    "/",
    ",",
    "'",
    "\"",
    "?",
    " . ",
    ". ",
    "\t",
    "\n",
    "\u{00A0}",
    "\u{3000}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{202E}",
    "\u{FE0F}",
    "\u{E0041}",
    "\u{0301}",
    "\u{0308}",
    "\u{20E3}",
    "ѕ",
    "с",
    "υ",
    "м",
    "М",
    "и",
    "ж",
    "α",
    "ß",
    "ẞ",
    "ς",
    "é",
    "ｍ",
    "𝐦",
    "ⓜ",
    "⒨",
    "🅷",
    "ᴍ",
    "ﬁ",
    "İ",
    "ǅ",
    "🐒",
    "👍",
    "🏿",
    "🇬",
    "🇧",
    "❤",
    "©",
    "日",
    "ر",
    "٣",
    "²",
    "½",
    "€",
    "¡",
    "“",
    "’",
    "—",
    "…",
    "\u{0085}",
    "\u{2028}",
    "\u{2800}",
    "\u{3164}",
    "\u{0000}",
    "a a a",
    "a.b.c",
    "k 1 l l",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|parts| parts.concat())
}

fn mixed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,60}",
        pieces(),
        "[a-zA-Z0-9 .!@$|+*'-]{0,40}",
        "([a-eсм4@$!1|8]{1,3}[ .|+*-]{1,3}){0,15}",
    ]
}

fn has_triple_letter(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2] && class_of(w[0]) == Class::Letter)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn normalising_twice_changes_nothing(text in mixed_text()) {
        let normaliser = Normaliser::new();
        let once = normaliser.normalise(&text);
        let twice = normaliser.normalise(once.as_str());
        prop_assert_eq!(once.as_str(), twice.as_str());
    }

    #[test]
    fn normalised_text_has_no_format_chars_stretches_or_stray_spaces(text in mixed_text()) {
        let normalised = Normaliser::new().normalise(&text);
        let out = normalised.as_str();
        prop_assert!(!out.chars().any(|c| c.general_category() == GeneralCategory::Format), "{:?}", out);
        prop_assert!(!out.chars().any(char::is_control), "{:?}", out);
        prop_assert!(!has_triple_letter(out), "{:?}", out);
        prop_assert!(!out.contains("  ") && !out.starts_with(' ') && !out.ends_with(' '), "{:?}", out);
        prop_assert!(!out.chars().any(|c| c.is_whitespace() && c != ' '), "{:?}", out);
    }

    #[test]
    fn any_span_maps_inside_the_original_on_char_boundaries(
        text in mixed_text(),
        start in 0usize..200,
        end in 0usize..200,
    ) {
        let normalised = Normaliser::new().normalise(&text);
        let span = normalised.span_to_original(start, end);
        prop_assert!(span.start <= span.end && span.end <= text.len());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }

    #[test]
    fn every_word_maps_to_a_non_empty_original_span(text in mixed_text()) {
        let normalised = Normaliser::new().normalise(&text);
        let mut previous_end = 0;
        for (start, end) in normalised.words() {
            prop_assert!(start < end && end <= normalised.as_str().len());
            prop_assert!(normalised.as_str().is_char_boundary(start));
            prop_assert!(normalised.as_str().is_char_boundary(end));
            prop_assert!(start >= previous_end, "words overlap");
            previous_end = end;
            let span = normalised.span_to_original(start, end);
            prop_assert!(!span.is_empty(), "{:?} word {:?}", text, &normalised.as_str()[start..end]);
        }
    }

    #[test]
    fn lower_case_ascii_words_with_single_spaces_come_out_unchanged(
        words in prop::collection::vec("[a-z]{2,9}", 0..30)
    ) {
        let text = words
            .iter()
            .filter(|word| !has_triple_letter(word))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let normalised = Normaliser::new().normalise(&text);
        prop_assert_eq!(normalised.as_str(), text.as_str());
    }

    #[test]
    fn the_fast_path_agrees_with_the_general_path(
        text in prop_oneof![
            "[a-zA-Z0-9 .,?'\"():;!/_=~\\\\\\[\\]{}<>#%&^`-]{0,40}",
            "([A-Za-z]{1,3}[ .,!1/_=~-]{1,2}){0,12}",
            "[a-c ]{0,30}",
        ]
    ) {
        let fast = Normaliser::new().normalise(&text);
        let general = normalise_general(&text);
        prop_assert_eq!(fast.as_str(), general.as_str());
        for (start, end) in general.words() {
            prop_assert_eq!(fast.span_to_original(start, end), general.span_to_original(start, end));
        }
    }
}
