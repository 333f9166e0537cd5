//! Emoji to words, before MiniLM's tokenizer sees the text.
//!
//! MiniLM's WordPiece vocabulary has no emoji: every one becomes `[UNK]`, so "🐍🐍🐍 go home"
//! and "🌹🌹🌹 go home" would embed identically. Replacing each emoji with its CLDR short name
//! (from the `emojis` crate, which carries the Unicode data) gives the encoder words it knows:
//! "snake snake snake go home".

use std::borrow::Cow;

/// The longest emoji sequence tried, in chars (a family or a flag with modifiers is ~10).
const LONGEST_SEQUENCE: usize = 12;

/// Joiners, selectors and tone modifiers left over once the emoji they belong to is gone.
fn is_emoji_glue(c: char) -> bool {
    matches!(
        c,
        '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}'
    )
}

/// `text` with every emoji replaced by its CLDR name, surrounded by spaces.
///
/// Sequences (skin tones, ZWJ families, flags, keycaps) match as a whole where the Unicode
/// data lists them, longest first. ASCII text is returned as it is, without copying.
#[must_use]
pub fn emoji_to_words(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut changed = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if !c.is_ascii() {
            let ends: Vec<usize> = rest
                .char_indices()
                .take(LONGEST_SEQUENCE)
                .map(|(i, ch)| i + ch.len_utf8())
                .collect();
            let found = ends.iter().rev().find_map(|&end| {
                rest.get(..end)
                    .and_then(emojis::get)
                    .map(|emoji| (end, emoji.name()))
            });
            if let Some((end, name)) = found {
                if !out.is_empty() && !out.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
                push_without_skin_tone(&mut out, name);
                rest = rest.get(end..).unwrap_or_default();
                // A word straight after the emoji must not run into its name.
                if rest.starts_with(|c: char| !c.is_whitespace()) {
                    out.push(' ');
                }
                changed = true;
                continue;
            }
            if is_emoji_glue(c) {
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
                changed = true;
                continue;
            }
        }
        out.push(c);
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Appends an emoji's name without its skin tones ("man dancing: dark skin tone" becomes "man
/// dancing"). A tone is how the writer draws a person, not what the post says, and its words
/// read to the encoder like talk about race: a party post with a dark-toned dancer rated
/// 0.80 hateful in v2.0.
fn push_without_skin_tone(out: &mut String, name: &str) {
    let Some((base, details)) = name.split_once(": ") else {
        out.push_str(name);
        return;
    };
    out.push_str(base);
    let mut first = true;
    for detail in details.split(", ").filter(|d| !d.ends_with("skin tone")) {
        out.push_str(if first { ": " } else { ", " });
        out.push_str(detail);
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snake_emoji_becomes_the_word_snake() {
        assert_eq!(emoji_to_words("🐍"), "snake");
    }

    #[test]
    fn emoji_between_words_keep_the_words_apart() {
        assert_eq!(
            emoji_to_words("they are 🐀🐀 all of them"),
            "they are rat rat all of them"
        );
    }

    #[test]
    fn a_skin_tone_sequence_is_one_emoji_not_two() {
        let words = emoji_to_words("👍🏽");
        assert_eq!(words, "thumbs up");
        assert_eq!(emoji_to_words("party 🕺🏿"), "party man dancing");
    }

    #[test]
    fn only_the_skin_tones_leave_a_name() {
        let mut out = String::new();
        push_without_skin_tone(
            &mut out,
            "kiss: woman, man, dark skin tone, light skin tone",
        );
        assert_eq!(out, "kiss: woman, man");
        out.clear();
        push_without_skin_tone(&mut out, "flag: United Kingdom");
        assert_eq!(out, "flag: United Kingdom");
    }

    #[test]
    fn text_without_emoji_is_not_copied() {
        assert!(matches!(emoji_to_words("plain words"), Cow::Borrowed(_)));
        assert!(matches!(emoji_to_words("café déjà vu"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_stray_variation_selector_is_dropped() {
        assert_eq!(emoji_to_words("ok\u{FE0F}"), "ok");
    }
}
