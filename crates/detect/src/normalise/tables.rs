//! The data behind the normaliser's rules, kept apart from the code so that a new
//! look-alike, leet symbol or invisible character is a one-line change.
//!
//! Confusable letters themselves come from `decancer` (a maintained table of thousands of
//! look-alikes); this file only says *which scripts* we let it touch and adds what it lacks.

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Characters removed outright on top of general category Cf (format) and Cc (control):
/// marks and letters that render as nothing and are used to break up words.
const INVISIBLE: &[(char, char)] = &[
    ('\u{034F}', '\u{034F}'),   // combining grapheme joiner
    ('\u{115F}', '\u{1160}'),   // Hangul choseong/jungseong fillers
    ('\u{17B4}', '\u{17B5}'),   // Khmer inherent vowels (default ignorable)
    ('\u{180B}', '\u{180F}'),   // Mongolian free variation selectors
    ('\u{3164}', '\u{3164}'),   // Hangul filler
    ('\u{FE00}', '\u{FE0F}'),   // variation selectors (incl. VS16, the emoji selector)
    ('\u{FFA0}', '\u{FFA0}'),   // half-width Hangul filler
    ('\u{1F3FB}', '\u{1F3FF}'), // emoji skin-tone modifiers: the base emoji is what matters
    ('\u{E0000}', '\u{E0FFF}'), // tags and variation selectors supplement
];

/// Whether `ch` is dropped from the normalised text (zero-width, format, control).
pub(super) fn is_invisible(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_control() && !ch.is_ascii_whitespace();
    }
    if matches!(
        ch.general_category(),
        GeneralCategory::Format | GeneralCategory::Control
    ) {
        // NEL (U+0085) is Cc but also whitespace; whitespace is handled before this check.
        return true;
    }
    in_ranges(INVISIBLE, ch)
}

/// Whitespace beyond Unicode `White_Space` that renders blank and is used as a space.
pub(super) fn is_blank(ch: char) -> bool {
    ch.is_whitespace() || ch == '\u{2800}' // braille pattern blank
}

/// Replacements applied before NFKC (and again to its output). Case folding differs from
/// lower-casing for `ß`/`ẞ` and final sigma; typographic quotes and dashes are unified so
/// the context detectors see one kind of quote.
const REPLACEMENTS: &[(char, &str)] = &[
    ('\u{00AB}', "\""), // «
    ('\u{00B4}', "'"),  // acute accent used as an apostrophe
    ('\u{00BB}', "\""), // »
    ('\u{00DF}', "ss"), // ß (full case folding)
    ('\u{02B9}', "'"),  // modifier prime
    ('\u{02BB}', "'"),  // turned comma
    ('\u{02BC}', "'"),  // modifier apostrophe
    ('\u{03C2}', "σ"),  // final sigma folds to sigma
    ('\u{1E9E}', "ss"), // ẞ
    ('\u{2010}', "-"),
    ('\u{2011}', "-"),
    ('\u{2012}', "-"),
    ('\u{2013}', "-"),
    ('\u{2014}', "-"),
    ('\u{2015}', "-"),
    ('\u{2018}', "'"),
    ('\u{2019}', "'"),
    ('\u{201A}', "'"),
    ('\u{201B}', "'"),
    ('\u{201C}', "\""),
    ('\u{201D}', "\""),
    ('\u{201E}', "\""),
    ('\u{201F}', "\""),
    ('\u{2032}', "'"),
    ('\u{2033}', "\""),
    ('\u{2212}', "-"), // minus sign
    ('\u{FF07}', "'"),
];

/// The replacement for `ch`, if it has one.
pub(super) fn replacement(ch: char) -> Option<&'static str> {
    REPLACEMENTS
        .binary_search_by(|(key, _)| key.cmp(&ch))
        .ok()
        .and_then(|index| REPLACEMENTS.get(index))
        .map(|(_, to)| *to)
}

/// Enclosed Latin letters that NFKC leaves alone or turns into "(a)": the first code point
/// of each block of 26 is `a`. These are never real letters, so they map unconditionally.
const ENCLOSED_LETTERS: &[u32] = &[
    0x249C,  // ⒜ parenthesised small
    0x1F110, // 🄐 parenthesised capital
    0x1F130, // 🄰 squared
    0x1F150, // 🅐 negative circled
    0x1F170, // 🅰 negative squared
];

/// The ASCII letter an enclosed letter stands for.
pub(super) fn enclosed_letter(ch: char) -> Option<char> {
    let code = u32::from(ch);
    ENCLOSED_LETTERS.iter().find_map(|&first| {
        let offset = code.checked_sub(first).filter(|offset| *offset < 26)?;
        char::from_u32(u32::from('a') + offset)
    })
}

/// Blocks whose letters may be replaced by their Latin look-alikes. Scripts outside these
/// (Arabic, Hebrew, CJK, Indic …) are real text, never disguise, so they are left alone:
/// decancer would otherwise turn `日` into `8` and `ر` into `j`.
const LOOKALIKE_BLOCKS: &[(char, char)] = &[
    ('\u{00C0}', '\u{024F}'),   // Latin-1 letters, Latin Extended-A and -B
    ('\u{0250}', '\u{02FF}'),   // IPA, spacing modifier letters
    ('\u{0370}', '\u{03FF}'),   // Greek and Coptic
    ('\u{0400}', '\u{052F}'),   // Cyrillic and supplement
    ('\u{0530}', '\u{058F}'),   // Armenian
    ('\u{13A0}', '\u{13FF}'),   // Cherokee
    ('\u{1400}', '\u{167F}'),   // Canadian syllabics ("ᗰᑌᔕᒪIᗰ" fancy text)
    ('\u{1C80}', '\u{1C8F}'),   // Cyrillic Extended-C
    ('\u{1D00}', '\u{1DBF}'),   // phonetic extensions (small capitals)
    ('\u{1E00}', '\u{1FFF}'),   // Latin Extended Additional, Greek Extended
    ('\u{2100}', '\u{214F}'),   // letterlike symbols
    ('\u{2C60}', '\u{2C7F}'),   // Latin Extended-C
    ('\u{2C80}', '\u{2CFF}'),   // Coptic
    ('\u{A4D0}', '\u{A4FF}'),   // Lisu (capital-letter look-alikes)
    ('\u{A640}', '\u{A69F}'),   // Cyrillic Extended-B
    ('\u{A720}', '\u{A7FF}'),   // Latin Extended-D
    ('\u{AB30}', '\u{AB6F}'),   // Latin Extended-E
    ('\u{AB70}', '\u{ABBF}'),   // Cherokee supplement
    ('\u{1D400}', '\u{1D7FF}'), // mathematical alphanumerics (NFKC catches most)
];

/// Up to four ASCII bytes: the Latin look-alike of one letter ("m", "ae", "dz").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lookalike {
    bytes: [u8; 4],
    len: u8,
}

impl Lookalike {
    fn from_str(text: &str) -> Option<Self> {
        let source = text.as_bytes();
        if source.is_empty() || source.len() > 4 || !source.iter().all(u8::is_ascii_alphanumeric) {
            return None;
        }
        let mut bytes = [0u8; 4];
        for (slot, byte) in bytes.iter_mut().zip(source) {
            *slot = byte.to_ascii_lowercase();
        }
        Some(Self {
            bytes,
            len: u8::try_from(source.len()).ok()?,
        })
    }

    /// The look-alike's characters.
    pub(super) fn chars(self) -> impl Iterator<Item = char> {
        self.bytes
            .into_iter()
            .take(usize::from(self.len))
            .map(char::from)
    }
}

/// The Latin look-alike of a (lower-cased) non-ASCII letter, when it has one.
pub(super) fn lookalike(ch: char) -> Option<Lookalike> {
    if ch.is_ascii() || !in_ranges(LOOKALIKE_BLOCKS, ch) {
        return None;
    }
    match decancer::cure_char(ch, decancer::Options::default()) {
        decancer::Translation::Character(latin) => {
            let mut buffer = [0u8; 4];
            Lookalike::from_str(latin.encode_utf8(&mut buffer))
        }
        decancer::Translation::String(latin) => Lookalike::from_str(&latin),
        decancer::Translation::None => None,
    }
}

/// Where in a word a leet symbol may stand for a letter. Inside a word (letters on both
/// sides) every entry applies; at the edges only where the symbol is rarely punctuation.
#[derive(Debug, Clone, Copy)]
pub(super) struct Leet {
    /// The letters it stands for.
    pub(super) letters: &'static str,
    /// May stand for a letter before the first letter of a word ("$hit", "3vil").
    pub(super) leading: bool,
    /// May stand for a letter after the last letter of a word ("n!gg@", "h4t3").
    pub(super) trailing: bool,
}

const fn leet(letters: &'static str, leading: bool, trailing: bool) -> Leet {
    Leet {
        letters,
        leading,
        trailing,
    }
}

/// Leet digits and symbols. Digits at a word's edge only count when they stand alone
/// (see the module docs); `8` after a letter reads "ate" (h8, l8r, m8), elsewhere "b".
/// `!` is only a letter inside a word ("hello!" keeps its "!"), `@` never leads a word
/// ("@user" is a mention), and `+`/`|` mostly join words, so they need letters on both
/// sides, except that `|` may end one ("ki||").
const LEET: &[(char, Leet)] = &[
    ('!', leet("i", false, false)),
    ('$', leet("s", true, true)),
    ('+', leet("t", false, false)),
    ('0', leet("o", true, true)),
    ('1', leet("i", true, true)),
    ('3', leet("e", true, true)),
    ('4', leet("a", true, true)),
    ('5', leet("s", true, true)),
    ('6', leet("g", true, true)),
    ('7', leet("t", true, true)),
    ('8', leet("b", true, true)),
    ('9', leet("g", true, true)),
    ('@', leet("a", false, true)),
    ('|', leet("l", false, true)),
    ('¡', leet("i", true, false)),
    ('¢', leet("c", true, true)),
    ('€', leet("e", true, true)),
];

/// The leet reading of `ch`, if it has one.
pub(super) fn leet_of(ch: char) -> Option<Leet> {
    LEET.iter()
        .find(|(key, _)| *key == ch)
        .map(|(_, leet)| *leet)
}

/// Letters that follow a number as a unit or ordinal ("7pm", "1st", "5km"): such a word is
/// a quantity, not leet, and keeps its digits.
const UNIT_SUFFIXES: &[&str] = &[
    "am", "bn", "c", "cm", "d", "f", "ft", "g", "gb", "h", "hr", "hrs", "in", "k", "kg", "km",
    "kw", "l", "lb", "lbs", "m", "mb", "mg", "mi", "min", "mins", "ml", "mm", "mph", "nd", "p",
    "pm", "px", "rd", "s", "st", "tb", "th", "v", "w", "x", "y", "yo", "yr", "yrs",
];

/// Whether `letters` (ASCII, lower case) is a unit or ordinal suffix.
pub(super) fn is_unit_suffix(letters: &[u8]) -> bool {
    UNIT_SUFFIXES
        .iter()
        .any(|suffix| suffix.as_bytes() == letters)
}

/// Characters that may separate the letters of a spaced-out word ("m.u.s.l.i.m",
/// "k-i-l-l", "f*u*c*k"), besides the space.
const SEPARATORS: &[char] = &[
    ',', '-', '.', '/', ':', ';', '=', '\\', '_', '|', '~', '*', '+', '·', '•', '‧', '∙',
];

/// Whether `ch` can separate the letters of a spaced-out word.
pub(super) fn is_separator(ch: char) -> bool {
    ch == ' ' || SEPARATORS.contains(&ch)
}

fn in_ranges(ranges: &[(char, char)], ch: char) -> bool {
    ranges.iter().any(|&(low, high)| low <= ch && ch <= high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_replacement_table_is_sorted_so_binary_search_finds_every_entry() {
        assert!(REPLACEMENTS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        for (key, to) in REPLACEMENTS {
            assert_eq!(replacement(*key), Some(*to));
        }
    }

    #[test]
    fn enclosed_letters_map_to_their_latin_letter() {
        assert_eq!(enclosed_letter('⒨'), Some('m'));
        assert_eq!(enclosed_letter('🅷'), Some('h'));
        assert_eq!(enclosed_letter('🄩'), Some('z'));
        assert_eq!(enclosed_letter('🄪'), None);
        assert_eq!(enclosed_letter('a'), None);
    }

    #[test]
    fn every_lookalike_is_short_lower_case_ascii_and_never_panics() {
        for &(low, high) in LOOKALIKE_BLOCKS {
            for ch in low..=high {
                if let Some(latin) = lookalike(ch) {
                    let text: String = latin.chars().collect();
                    assert!(!text.is_empty() && text.len() <= 4, "{ch:?} -> {text:?}");
                    assert!(
                        text.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                        "{ch:?} -> {text:?}"
                    );
                }
            }
        }
        assert_eq!(lookalike('日'), None);
        assert_eq!(lookalike('ر'), None);
    }

    #[test]
    fn cyrillic_and_greek_disguises_have_latin_lookalikes() {
        let latin: String = "ѕсυм"
            .chars()
            .filter_map(lookalike)
            .flat_map(Lookalike::chars)
            .collect();
        assert_eq!(latin, "scum");
    }
}
