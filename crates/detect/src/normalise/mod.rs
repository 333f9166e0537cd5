//! The normaliser: undoes spelling evasion so one lexicon entry catches its disguised forms,
//! while keeping a map from every normalised byte back to the original text, so evidence is
//! highlighted on exactly the words the author wrote.
//!
//! # Rules, in the order they apply
//!
//! 1. **Characters.** NFKC (full-width, mathematical and circled letters, ligatures) and full
//!    case folding to lower case. Zero-width, format (Unicode category Cf), control,
//!    variation-selector, tag and filler characters are removed; emoji skin-tone modifiers
//!    too (a ZWJ sequence becomes its component emoji). Typographic quotes and dashes become
//!    ASCII `'`, `"` and `-`. Combining marks after a Latin letter (or any ASCII) are dropped,
//!    which strips accents that arrive decomposed.
//! 2. **Spacing.** Whitespace runs (tabs, newlines, NBSP, ideographic space …) become one
//!    ASCII space; leading and trailing whitespace is trimmed. Every emoji is its own token:
//!    a space is put between an emoji and anything glued to it (`you🐒` → `you 🐒`,
//!    `🐒🐒` → `🐒 🐒`); a flag (two regional indicators) stays one emoji.
//! 3. **Per word** (a run of letters, digits, apostrophes, marks and leet symbols):
//!    - *Look-alikes.* If every non-ASCII letter of the word has a Latin look-alike in the
//!      Latin, Greek, Cyrillic, Armenian, Cherokee, syllabics or phonetic blocks, they are all
//!      replaced (`ѕсυм` → `scum`, `Мuslim` → `muslim`, `ᴍᴜꜱʟɪᴍ` → `muslim`, `é` → `e`).
//!      A word with any letter that has none (most Russian or Greek words, every Arabic or
//!      CJK word) is left in its own script: it is language, not disguise.
//!    - *Leet*, only in words whose letters are all Latin: a digit or symbol between two
//!      letters of the word becomes a letter (`k1ll` → `kill`, `mu$lim` → `muslim`).
//!      At the word's edges only a *lone* digit counts (`h4t3` → `hate`, `3vil` → `evil`,
//!      but `covid19` and `10am` keep their numbers), and only symbols that are rarely
//!      punctuation there (`$` and `€` both ends, `@` and `|` at the end): `hello!` keeps
//!      its `!`, `@user` keeps its `@`. A word that is a number plus a unit or ordinal
//!      (`7pm`, `1st`, `5km`) is a quantity and is left alone; a word without letters
//!      (`2024`, `$5`) is never touched. `8` after a letter reads "ate" (`h8` → `hate`,
//!      `h8er` → `hater`, `l8r` → `later`), elsewhere `b`.
//!      `*` is not a letter: masked words (`f**k`, `sh*t`) keep their stars, so the lexicon
//!      lists masked forms it cares about.
//!    - *Stretching.* A run of **three or more** of the same letter collapses to **one**:
//!      `haaaate` → `hate`, `fuuuuck` → `fuck`, and also `killlll` → `kil`. Runs of two
//!      stay (`kill`, `moon`). So a lexicon term with a double letter must also be listed in
//!      its squeezed form (`kil`) to catch stretched spellings of it.
//! 4. **Spaced-out words.** Three or more single letters (or lone leet digits, with at
//!    least two letters among them) separated by the *same* separator of up to three
//!    characters (space, `.`, `-`, `_`, `*`, `/`, `|`, `+`, `,` …) are joined:
//!    `m u s l i m s` → `muslims`, `m.u.s.l.i.m` → `muslim`, `k-i-l-l` → `kill`,
//!    `f*u*c*k` → `fuck`. The joined word then goes through rule 3, and joining repeats
//!    until nothing changes. Ordinary text is not joined: in `I am a doctor` the single
//!    letters are never three in a row. A separator *inside* a longer word is kept
//!    (`mus.lims`, `anti-muslim`), because "end of sentence.Next" and hyphenated compounds
//!    are far more common than dotted evasion, and joining them would hide word boundaries.
//! 5. Everything else (punctuation, symbols, other scripts) is kept: the context detectors
//!    need quotes, question marks and the like.
//!
//! The result is idempotent: normalising normalised text changes nothing.
//!
//! # Offsets
//!
//! Each normalised byte records the byte range of the original character(s) that produced
//! it (two `u32` per byte). A collapsed run maps to the whole run, a joined spaced-out word
//! to everything from its first to its last letter, a space to its whole whitespace run (so
//! a line break in the original can still be found), a space inserted before an emoji to an
//! empty range, and a dropped character (accent, skin tone, zero-width) joins the character
//! before it, so a highlighted word never splits a grapheme. Plain ASCII text that normalisation would only lower-case takes a fast
//! path with no map at all. Texts beyond 4 GiB are not expected (ingest caps posts far
//! below that); their offsets saturate and are clamped, never panicking.
//!
//! The normaliser deliberately does not match terms, tokenise for a model, detect
//! language or transliterate whole scripts; those belong to the lexicon, the model and
//! the policy.

mod tables;

use std::borrow::Cow;
use std::cell::RefCell;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_properties::UnicodeEmoji;
use upstander_core::Span;

/// Turns post text into its normalised form with an offset map back to the original.
///
/// It holds no per-call state, so one value is built at start-up and shared by every
/// thread (`Send + Sync`); scratch buffers are reused per thread.
#[derive(Debug, Clone, Default)]
pub struct Normaliser {
    /// Private so the normaliser can gain options without breaking callers.
    _options: (),
}

impl Normaliser {
    /// A normaliser applying every rule in the module documentation.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Normalises `text`. Never fails and never panics, whatever the input.
    #[must_use]
    pub fn normalise<'a>(&self, text: &'a str) -> NormalisedText<'a> {
        match plain_ascii(text) {
            Some(Plain::Unchanged) => {
                return NormalisedText {
                    original: text,
                    text: Cow::Borrowed(text),
                    map: None,
                };
            }
            Some(Plain::LowerCase) => {
                return NormalisedText {
                    original: text,
                    text: Cow::Owned(text.to_ascii_lowercase()),
                    map: None,
                };
            }
            None => {}
        }
        normalise_general(text)
    }
}

/// Normalised text, borrowing the original it came from.
#[derive(Debug, Clone)]
pub struct NormalisedText<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    /// `None` when every normalised byte sits at the same offset in the original.
    map: Option<OffsetMap>,
}

/// For each normalised byte, the original byte range of the character(s) it came from.
#[derive(Debug, Clone, Default)]
struct OffsetMap {
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl<'a> NormalisedText<'a> {
    /// The text as it was given.
    #[must_use]
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The normalised text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps the byte range `start..end` of the normalised text to the smallest byte range of
    /// the original that covers the characters producing it.
    ///
    /// Out-of-range or reversed input is clamped rather than rejected, and the result is
    /// always on char boundaries of the original with `start <= end <= original.len()`.
    /// An empty range maps to an empty span at the corresponding position.
    #[must_use]
    pub fn span_to_original(&self, start: usize, end: usize) -> Span {
        let len = self.text.len();
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        let (start, end) = (start.min(len), end.min(len));
        let (from, to) = match &self.map {
            None => (start, end),
            Some(map) => {
                let at = |offsets: &[u32], index: usize| offsets.get(index).map(|&o| o as usize);
                if start == end {
                    let point = at(&map.starts, start)
                        .or_else(|| start.checked_sub(1).and_then(|last| at(&map.ends, last)))
                        .unwrap_or(0);
                    (point, point)
                } else {
                    let from = at(&map.starts, start).unwrap_or(0);
                    let to = end
                        .checked_sub(1)
                        .and_then(|last| at(&map.ends, last))
                        .unwrap_or(0);
                    (from, to.max(from))
                }
            }
        };
        let original = self.original;
        let from = original.floor_char_boundary(from.min(original.len()));
        let to = original
            .ceil_char_boundary(to.min(original.len()))
            .max(from);
        Span::new(from, to)
    }

    /// The same text with a space inserted before each byte offset of `at` (sorted, on char
    /// boundaries, inside the text; others are ignored). An inserted space maps to the empty
    /// range between the original characters around it.
    #[must_use]
    pub fn with_breaks(self, at: &[usize]) -> NormalisedText<'a> {
        let len = self.text.len();
        let mut breaks = at
            .iter()
            .copied()
            .filter(|&i| i > 0 && i < len && self.text.is_char_boundary(i))
            .peekable();
        if breaks.peek().is_none() {
            return self;
        }
        let mut text = String::with_capacity(len + at.len());
        let mut map = OffsetMap {
            starts: Vec::with_capacity(len + at.len()),
            ends: Vec::with_capacity(len + at.len()),
        };
        let original_of = |i: usize| -> (u32, u32) {
            match &self.map {
                Some(m) => (
                    m.starts.get(i).copied().unwrap_or(0),
                    m.ends.get(i).copied().unwrap_or(0),
                ),
                None => (
                    u32::try_from(i).unwrap_or(u32::MAX),
                    u32::try_from(i + 1).unwrap_or(u32::MAX),
                ),
            }
        };
        let mut from = 0;
        for cut in breaks {
            if cut <= from {
                continue;
            }
            for i in from..cut {
                let (s, e) = original_of(i);
                map.starts.push(s);
                map.ends.push(e);
            }
            text.push_str(self.text.get(from..cut).unwrap_or_default());
            let point = original_of(cut - 1).1;
            text.push(' ');
            map.starts.push(point);
            map.ends.push(point);
            from = cut;
        }
        for i in from..len {
            let (s, e) = original_of(i);
            map.starts.push(s);
            map.ends.push(e);
        }
        text.push_str(self.text.get(from..).unwrap_or_default());
        NormalisedText {
            original: self.original,
            text: Cow::Owned(text),
            map: Some(map),
        }
    }

    /// Byte ranges, in the normalised text, of its word tokens: runs of letters, digits and
    /// apostrophes (with their combining marks), without leading or trailing apostrophes,
    /// and each emoji (or flag) on its own.
    pub fn words(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        Words {
            text: self.as_str(),
            position: 0,
        }
    }
}

/// Iterator behind [`NormalisedText::words`].
struct Words<'t> {
    text: &'t str,
    position: usize,
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            let &byte = self.text.as_bytes().get(self.position)?;
            if byte.is_ascii() {
                if byte.is_ascii_alphanumeric() || byte == b'\'' {
                    if let Some(word) = self.scan_word() {
                        return Some(word);
                    }
                } else {
                    self.position += 1;
                }
                continue;
            }
            let ch = self.text.get(self.position..)?.chars().next()?;
            match class_of(ch) {
                Class::Emoji | Class::Flag => return Some(self.scan_emoji(ch)),
                Class::Letter | Class::Number | Class::Mark => {
                    if let Some(word) = self.scan_word() {
                        return Some(word);
                    }
                }
                _ => self.position += ch.len_utf8(),
            }
        }
    }
}

impl Words<'_> {
    /// The char at byte `index` and its class, ASCII without a table lookup.
    fn char_at(&self, index: usize) -> Option<(char, Class)> {
        let ch = self.text.get(index..)?.chars().next()?;
        Some((ch, class_of(ch)))
    }

    /// An emoji with its marks, or a flag's two regional indicators.
    fn scan_emoji(&mut self, first: char) -> (usize, usize) {
        let start = self.position;
        let mut end = start + first.len_utf8();
        let mut flag_open = class_of(first) == Class::Flag;
        while let Some((next, class)) = self.char_at(end) {
            match class {
                Class::Mark => {}
                Class::Flag if flag_open => flag_open = false,
                _ => break,
            }
            end += next.len_utf8();
        }
        self.position = end;
        (start, end)
    }

    /// A run of word characters from the current position, trimmed of apostrophes (and
    /// marks) at its edges; `None` when nothing but those is left.
    fn scan_word(&mut self) -> Option<(usize, usize)> {
        let start = self.position;
        let mut end = start;
        while let Some(&byte) = self.text.as_bytes().get(end) {
            if byte.is_ascii() {
                if !(byte.is_ascii_alphanumeric() || byte == b'\'') {
                    break;
                }
                end += 1;
            } else {
                match self.char_at(end) {
                    Some((ch, Class::Letter | Class::Number | Class::Mark)) => end += ch.len_utf8(),
                    _ => break,
                }
            }
        }
        // Always moves forward: the caller saw a word character here.
        self.position = end.max(start + 1);
        let word = self.text.get(start..end)?;
        let rest =
            word.trim_start_matches(|c| matches!(class_of(c), Class::Apostrophe | Class::Mark));
        let word_start = start + (word.len() - rest.len());
        let trimmed = rest.trim_end_matches('\'');
        trimmed
            .chars()
            .any(|c| matches!(class_of(c), Class::Letter | Class::Digit | Class::Number))
            .then_some((word_start, word_start + trimmed.len()))
    }
}

// ---------------------------------------------------------------------------------------
// Character classes

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Letter,
    /// ASCII digit: may be leet.
    Digit,
    /// Any other numeric character: part of words, never leet.
    Number,
    Apostrophe,
    /// Combining mark: belongs to the character before it.
    Mark,
    Emoji,
    /// Regional indicator: two make a flag.
    Flag,
    Symbol,
}

fn class_of(ch: char) -> Class {
    if ch.is_ascii() {
        return match ch {
            ' ' => Class::Space,
            'a'..='z' | 'A'..='Z' => Class::Letter,
            '0'..='9' => Class::Digit,
            '\'' => Class::Apostrophe,
            _ => Class::Symbol,
        };
    }
    if is_combining_mark(ch) {
        Class::Mark
    } else if ('\u{1F1E6}'..='\u{1F1FF}').contains(&ch) {
        Class::Flag
    } else if ch.is_alphabetic() {
        Class::Letter
    } else if ch.is_numeric() {
        Class::Number
    } else if ch.is_emoji_char() {
        Class::Emoji
    } else {
        Class::Symbol
    }
}

/// Part of a word for the per-word rules (look-alikes, leet, stretching).
fn is_word_char(unit: &Unit) -> bool {
    match unit.class {
        Class::Letter | Class::Digit | Class::Number | Class::Apostrophe | Class::Mark => true,
        Class::Symbol => tables::leet_of(unit.ch).is_some(),
        Class::Space | Class::Emoji | Class::Flag => false,
    }
}

/// Could be, or be glued to, a letter when deciding whether a letter stands alone.
fn is_letterish(unit: &Unit) -> bool {
    matches!(
        unit.class,
        Class::Letter | Class::Digit | Class::Number | Class::Apostrophe | Class::Mark
    ) || unit.ch == '@'
        || unit.ch == '$'
}

/// Can be one of the letters of a spaced-out word.
fn is_spaced_item(unit: &Unit) -> bool {
    matches!(unit.class, Class::Letter | Class::Digit) || unit.ch == '@' || unit.ch == '$'
}

// ---------------------------------------------------------------------------------------
// Fast path

enum Plain {
    Unchanged,
    LowerCase,
}

/// Recognises ASCII text that normalisation would at most lower-case, so it can skip the
/// general path and the offset map. Conservative: anything it is unsure of goes the long way.
fn plain_ascii(text: &str) -> Option<Plain> {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return None;
    }
    let letterish = |index: Option<usize>| {
        index
            .and_then(|i| bytes.get(i))
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'\'')
    };
    let mut lower_case = false;
    let mut run_byte = 0u8;
    let mut run_len = 0usize;
    // End of the last letter or digit that stood alone: two close together could be a
    // spaced-out word.
    let mut last_single_end: Option<usize> = None;
    for (index, &byte) in bytes.iter().enumerate() {
        let lower = byte.to_ascii_lowercase();
        if lower == run_byte && lower.is_ascii_lowercase() {
            run_len += 1;
            if run_len >= 3 {
                return None;
            }
        } else {
            run_byte = lower;
            run_len = 1;
        }
        match lower {
            b'a'..=b'z' | b'0'..=b'9' => {
                lower_case |= byte != lower;
                let before = index.checked_sub(1);
                let after = Some(index + 1);
                if byte.is_ascii_digit() {
                    // A digit touching a letter may be leet.
                    let touches_letter = |i: Option<usize>| {
                        i.and_then(|i| bytes.get(i))
                            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'\'')
                    };
                    if touches_letter(before) || touches_letter(after) {
                        return None;
                    }
                }
                if !letterish(before) && !letterish(after) {
                    if last_single_end.is_some_and(|end| index - end <= 3) {
                        return None;
                    }
                    last_single_end = Some(index + 1);
                }
            }
            b' ' => {
                if index.checked_sub(1).and_then(|i| bytes.get(i)) == Some(&b' ') {
                    return None;
                }
            }
            b'!' => {
                // "!" is punctuation unless a letter follows in the same word.
                let next = bytes
                    .get(index + 1..)
                    .and_then(|rest| rest.iter().find(|b| **b != b'!'));
                if next.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'\'') {
                    return None;
                }
            }
            // Separators can only join single letters, which the check above rules out;
            // the rest are neither letters, separators nor leet.
            b'.' | b',' | b':' | b';' | b'-' | b'/' | b'_' | b'=' | b'~' | b'\\' => {}
            b'?' | b'\'' | b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'<' | b'>' | b'#'
            | b'%' | b'&' | b'^' | b'`' => {}
            _ => return None,
        }
    }
    Some(if lower_case {
        Plain::LowerCase
    } else {
        Plain::Unchanged
    })
}

// ---------------------------------------------------------------------------------------
// General path

/// One character of the text being normalised, with the original byte range it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Unit {
    ch: char,
    start: u32,
    end: u32,
    /// `class_of(ch)`, computed once: the lookups are the costliest part for non-ASCII.
    class: Class,
}

impl Unit {
    fn new(ch: char, start: u32, end: u32) -> Self {
        Self {
            ch,
            start,
            end,
            class: class_of(ch),
        }
    }

    fn with_class(ch: char, class: Class, start: u32, end: u32) -> Self {
        Self {
            ch,
            start,
            end,
            class,
        }
    }

    /// The same origin, another character.
    fn becoming(self, ch: char) -> Self {
        Self::new(ch, self.start, self.end)
    }
}

/// Buffers reused between calls on the same thread.
#[derive(Default)]
struct Scratch {
    units: Vec<Unit>,
    next: Vec<Unit>,
    converted: Vec<Unit>,
    leeted: Vec<Unit>,
    mapped: Vec<bool>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Buffers above this many units are not kept for the next call.
const SCRATCH_KEEP: usize = 1 << 16;

fn normalise_general(text: &str) -> NormalisedText<'_> {
    let run = |scratch: &mut Scratch| {
        let result = normalise_with(text, scratch);
        let Scratch {
            units,
            next,
            converted,
            leeted,
            mapped,
        } = scratch;
        for buffer in [units, next, converted, leeted] {
            if buffer.capacity() > SCRATCH_KEEP {
                *buffer = Vec::new();
            }
        }
        if mapped.capacity() > SCRATCH_KEEP {
            *mapped = Vec::new();
        }
        result
    };
    SCRATCH
        .try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => run(&mut scratch),
            Err(_) => run(&mut Scratch::default()),
        })
        .unwrap_or_else(|_| run(&mut Scratch::default()))
}

fn offset(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// Upper bound on join-then-normalise rounds (see [`normalise_with`]).
const MAX_JOIN_ROUNDS: usize = 32;

fn normalise_with<'a>(text: &'a str, scratch: &mut Scratch) -> NormalisedText<'a> {
    let Scratch {
        units,
        next,
        converted,
        leeted,
        mapped,
    } = scratch;
    units.clear();
    fold_characters(text, units);
    // Joining can expose another spaced-out word ("a a a.b.c" → "a.b.c"), so repeat; each
    // round needs three times the text of the last, so the cap is never reached in practice.
    for _ in 0..MAX_JOIN_ROUNDS {
        next.clear();
        normalise_words(units, next, converted, leeted, mapped);
        units.clear();
        if !join_spaced_words(next, units) {
            std::mem::swap(units, next);
            break;
        }
    }
    emit(text, units)
}

/// Rules 1 and 2: per-character folding, whitespace and emoji spacing.
fn fold_characters(text: &str, out: &mut Vec<Unit>) {
    let mut builder = Builder::new(out);
    for (index, ch) in text.char_indices() {
        let (start, end) = (offset(index), offset(index + ch.len_utf8()));
        if ch.is_ascii() {
            if ch.is_whitespace() {
                builder.push(' ', start, end);
            } else if ch.is_ascii_control() {
                builder.absorb(end);
            } else {
                builder.push(ch.to_ascii_lowercase(), start, end);
            }
        } else {
            let mut produced = false;
            fold_char(ch, &mut |folded| {
                produced = true;
                builder.push(folded, start, end);
            });
            if !produced {
                builder.absorb(end);
            }
        }
    }
}

/// Folds one non-ASCII character: invisible → nothing, blank → space, then replacements,
/// enclosed letters, NFKC and lower-casing.
fn fold_char(ch: char, emit: &mut impl FnMut(char)) {
    if tables::is_blank(ch) {
        emit(' ');
    } else if tables::is_invisible(ch) {
    } else if let Some(to) = tables::replacement(ch) {
        to.chars().for_each(&mut *emit);
    } else if let Some(letter) = tables::enclosed_letter(ch) {
        emit(letter);
    } else {
        for composed in std::iter::once(ch).nfkc() {
            for lower in composed.to_lowercase() {
                if lower == ch {
                    // Unchanged (the usual case): the checks above already passed.
                    emit(lower);
                } else if tables::is_blank(lower) {
                    emit(' ');
                } else if tables::is_invisible(lower) {
                } else if let Some(to) = tables::replacement(lower) {
                    to.chars().for_each(&mut *emit);
                } else {
                    emit(lower);
                }
            }
        }
    }
}

/// Assembles folded characters: collapses whitespace, trims, spaces out emoji and drops
/// combining marks that follow ASCII.
struct Builder<'v> {
    out: &'v mut Vec<Unit>,
    /// Original range of a whitespace run not yet written (dropped if the text ends).
    pending_space: Option<(u32, u32)>,
    /// The last character written (marks aside) is an emoji or flag.
    after_emoji: bool,
    /// Regional indicators written in a row just now: an odd count leaves a flag open.
    trailing_flags: usize,
}

impl Builder<'_> {
    fn new(out: &mut Vec<Unit>) -> Builder<'_> {
        Builder {
            out,
            pending_space: None,
            after_emoji: false,
            trailing_flags: 0,
        }
    }

    /// A dropped character (accent, skin tone, zero-width …) joins the range of the character
    /// before it, so highlighting a word takes its whole grapheme clusters.
    fn absorb(&mut self, end: u32) {
        if self.pending_space.is_none()
            && let Some(last) = self.out.last_mut()
        {
            last.end = last.end.max(end);
        }
    }

    fn push(&mut self, ch: char, start: u32, end: u32) {
        let class = class_of(ch);
        match class {
            Class::Space => {
                if !self.out.is_empty() {
                    let first = self.pending_space.map_or(start, |(first, _)| first);
                    self.pending_space = Some((first, end));
                }
            }
            Class::Mark => {
                let after_ascii = self.out.last().is_none_or(|last| last.ch.is_ascii());
                if self.pending_space.is_none() && !after_ascii {
                    self.out.push(Unit::with_class(ch, class, start, end));
                    self.trailing_flags = 0;
                } else {
                    self.absorb(end);
                }
            }
            _ => {
                let is_emoji = class_is_emoji(class);
                let completes_flag = class == Class::Flag
                    && self.pending_space.is_none()
                    && self.trailing_flags % 2 == 1;
                if let Some((first, last)) = self.pending_space.take() {
                    self.out
                        .push(Unit::with_class(' ', Class::Space, first, last));
                    self.trailing_flags = 0;
                } else if !self.out.is_empty() && (is_emoji || self.after_emoji) && !completes_flag
                {
                    // Every emoji is its own token, even when glued to a word or an emoji.
                    self.out
                        .push(Unit::with_class(' ', Class::Space, start, start));
                }
                self.out.push(Unit::with_class(ch, class, start, end));
                self.after_emoji = is_emoji;
                self.trailing_flags = if class == Class::Flag {
                    self.trailing_flags + 1
                } else {
                    0
                };
            }
        }
    }
}

fn class_is_emoji(class: Class) -> bool {
    matches!(class, Class::Emoji | Class::Flag)
}

/// Rule 3 applied to every word of `input`.
fn normalise_words(
    input: &[Unit],
    out: &mut Vec<Unit>,
    converted: &mut Vec<Unit>,
    leeted: &mut Vec<Unit>,
    mapped: &mut Vec<bool>,
) {
    let mut index = 0;
    while let Some(unit) = input.get(index) {
        if is_word_char(unit) {
            let length = input
                .get(index..)
                .unwrap_or_default()
                .iter()
                .take_while(|unit| is_word_char(unit))
                .count();
            let word = input.get(index..index + length).unwrap_or_default();
            let first = out.len();
            if word
                .iter()
                .all(|unit| unit.ch.is_ascii_lowercase() || unit.ch == '\'')
            {
                // Most words: nothing to convert, read as leet or drop.
                out.extend_from_slice(word);
            } else {
                convert_lookalikes(word, converted);
                apply_leet(converted, leeted, mapped);
                for unit in leeted.iter() {
                    push_dropping_stray_marks(out, *unit);
                }
            }
            collapse_stretched(out, first);
            index += length.max(1);
        } else {
            push_dropping_stray_marks(out, *unit);
            index += 1;
        }
    }
}

/// Pushes `unit` unless it is a combining mark with no non-ASCII character to sit on.
/// A dropped mark joins the range of the character before it.
fn push_dropping_stray_marks(out: &mut Vec<Unit>, unit: Unit) {
    if unit.class == Class::Mark && out.last().is_none_or(|last| last.ch.is_ascii()) {
        if let Some(last) = out.last_mut() {
            last.end = last.end.max(unit.end);
        }
        return;
    }
    out.push(unit);
}

/// Replaces the non-ASCII letters of `word` by their Latin look-alikes if all have one.
fn convert_lookalikes(word: &[Unit], out: &mut Vec<Unit>) {
    out.clear();
    let foreign = || {
        word.iter()
            .filter(|u| !u.ch.is_ascii() && u.class == Class::Letter)
    };
    let any_foreign = foreign().next().is_some();
    if !any_foreign || !foreign().all(|unit| tables::lookalike(unit.ch).is_some()) {
        out.extend_from_slice(word);
        return;
    }
    for unit in word {
        match (unit.class == Class::Letter)
            .then(|| tables::lookalike(unit.ch))
            .flatten()
        {
            Some(latin) => out.extend(latin.chars().map(|ch| unit.becoming(ch))),
            None => out.push(*unit),
        }
    }
}

/// Reads leet digits and symbols as letters (see the module docs for where).
fn apply_leet(word: &[Unit], out: &mut Vec<Unit>, mapped: &mut Vec<bool>) {
    out.clear();
    let is_letter = |unit: &Unit| unit.class == Class::Letter;
    let (Some(first), Some(last)) = (
        word.iter().position(is_letter),
        word.iter().rposition(is_letter),
    ) else {
        out.extend_from_slice(word);
        return;
    };
    if word
        .iter()
        .any(|unit| is_letter(unit) && !unit.ch.is_ascii())
        || is_quantity(word)
    {
        out.extend_from_slice(word);
        return;
    }
    mapped.clear();
    mapped.resize(word.len(), false);
    let leet = |index: usize| word.get(index).and_then(|unit| tables::leet_of(unit.ch));
    let is_digit = |index: usize| word.get(index).is_some_and(|unit| unit.ch.is_ascii_digit());
    let is_mark = |index: usize| word.get(index).is_some_and(|u| u.class == Class::Mark);

    for index in first + 1..last {
        if let (Some(_), Some(slot)) = (leet(index), mapped.get_mut(index)) {
            *slot = true;
        }
    }
    // Trailing edge: outwards from the last letter while each character may stand for one.
    let mut index = last + 1;
    while index < word.len() {
        if is_digit(index) {
            let run = (index..word.len()).take_while(|&i| is_digit(i)).count();
            if run == 1 && leet(index).is_some_and(|l| l.trailing) {
                if let Some(slot) = mapped.get_mut(index) {
                    *slot = true;
                }
                index += 1;
                continue;
            }
            break;
        } else if leet(index).is_some_and(|l| l.trailing) {
            if let Some(slot) = mapped.get_mut(index) {
                *slot = true;
            }
            index += 1;
        } else if is_mark(index) {
            index += 1;
        } else {
            break;
        }
    }
    // Leading edge: the same, outwards from the first letter.
    let mut index = first;
    while let Some(before) = index.checked_sub(1) {
        if is_digit(before) {
            let run = (0..=before).rev().take_while(|&i| is_digit(i)).count();
            // Two leading digits may both be letters ("81ack", "94y"): a number before
            // letters is a quantity, which `is_quantity` has already kept.
            let whole = (before + 1 - run..=before).all(|i| leet(i).is_some_and(|l| l.leading));
            if run <= 2 && whole {
                if let Some(slot) = mapped.get_mut(before) {
                    *slot = true;
                }
                index = before;
                continue;
            }
            break;
        } else if leet(before).is_some_and(|l| l.leading) {
            if let Some(slot) = mapped.get_mut(before) {
                *slot = true;
            }
            index = before;
        } else if is_mark(before) {
            index = before;
        } else {
            break;
        }
    }

    for (index, unit) in word.iter().enumerate() {
        let Some(letters) = mapped
            .get(index)
            .copied()
            .unwrap_or(false)
            .then(|| leet(index))
            .flatten()
        else {
            out.push(*unit);
            continue;
        };
        // After a consonant "8" reads "ate" (h8, l8r, m8, gr8); after a vowel it is a "b"
        // ("disa8led").
        let after_consonant = out.last().is_some_and(|u| {
            u.class == Class::Letter && !matches!(u.ch, 'a' | 'e' | 'i' | 'o' | 'u')
        });
        let letters = if unit.ch == '8' && after_consonant {
            // "h8" is "hate"; "h8er" is "hater", not "hateer".
            if word.get(index + 1).is_some_and(|next| next.ch == 'e') {
                "at"
            } else {
                "ate"
            }
        } else {
            letters.letters
        };
        out.extend(letters.chars().map(|ch| unit.becoming(ch)));
    }
}

/// A number followed by a unit or ordinal ("7pm", "1st", "3x3"): a quantity, not leet.
fn is_quantity(word: &[Unit]) -> bool {
    let digits = word.iter().take_while(|u| u.ch.is_ascii_digit()).count();
    let rest = word.get(digits..).unwrap_or_default();
    let letters = rest
        .iter()
        .take_while(|u| u.ch.is_ascii_lowercase())
        .count();
    let tail = rest.get(letters..).unwrap_or_default();
    if digits == 0 || letters == 0 || letters > 4 || !tail.iter().all(|u| u.ch.is_ascii_digit()) {
        return false;
    }
    let mut suffix = [0u8; 4];
    for (slot, unit) in suffix.iter_mut().zip(rest) {
        *slot = u8::try_from(unit.ch).unwrap_or(0);
    }
    tables::is_unit_suffix(suffix.get(..letters).unwrap_or_default())
}

/// Collapses runs of three or more identical letters in `out[from..]` to one letter whose
/// original range covers the whole run.
fn collapse_stretched(out: &mut Vec<Unit>, from: usize) {
    let stretched = out.get(from..).unwrap_or_default().windows(3).any(|window| {
        matches!(window, [a, b, c] if a.ch == b.ch && b.ch == c.ch && a.class == Class::Letter)
    });
    if !stretched {
        return;
    }
    let mut write = from;
    let mut read = from;
    while let Some(&unit) = out.get(read) {
        let run = if unit.class == Class::Letter {
            out.get(read..)
                .unwrap_or_default()
                .iter()
                .take_while(|u| u.ch == unit.ch)
                .count()
        } else {
            1
        };
        if run >= 3 {
            let end = out.get(read + run - 1).map_or(unit.end, |last| last.end);
            if let Some(slot) = out.get_mut(write) {
                *slot = Unit { end, ..unit };
            }
            write += 1;
        } else {
            out.copy_within(read..read + run, write);
            write += run;
        }
        read += run.max(1);
    }
    out.truncate(write);
}

/// Rule 4: joins spaced-out words of `input` into `out`. Returns whether any was joined.
fn join_spaced_words(input: &[Unit], out: &mut Vec<Unit>) -> bool {
    // Most texts have nothing to join: find the first run before copying anything.
    let mut index = 0;
    let first_run = loop {
        if index >= input.len() {
            return false;
        }
        match spaced_run(input, index) {
            Some(run) if run.joins => break index,
            Some(run) => index = run.end.max(index + 1),
            None => index += 1,
        }
    };
    out.extend_from_slice(input.get(..first_run).unwrap_or_default());
    let mut joined = false;
    let mut index = first_run;
    while let Some(&unit) = input.get(index) {
        match spaced_run(input, index) {
            Some(run) if run.joins => {
                let mut position = index;
                while position < run.end {
                    let item_end = item_end(input, position);
                    out.extend_from_slice(input.get(position..item_end).unwrap_or_default());
                    position = item_end + run.separator_len;
                }
                index = run.end;
                joined = true;
            }
            Some(run) => {
                // Too short, or too few letters: no run starting inside it can do better
                // (same separator, fewer items), so skip it whole and stay linear.
                out.extend_from_slice(input.get(index..run.end).unwrap_or_default());
                index = run.end.max(index + 1);
            }
            None => {
                out.push(unit);
                index += 1;
            }
        }
    }
    joined
}

/// Single letters separated by one repeated separator, found by [`spaced_run`].
struct SpacedRun {
    /// Index just past the last item.
    end: usize,
    /// Length of each separator, in units.
    separator_len: usize,
    /// Long enough, with enough letters, to be joined.
    joins: bool,
}

/// End of the item starting at `index`: its character and any marks on it.
fn item_end(input: &[Unit], index: usize) -> usize {
    let marks = input
        .get(index + 1..)
        .unwrap_or_default()
        .iter()
        .take_while(|unit| unit.class == Class::Mark)
        .count();
    index + 1 + marks
}

/// Whether a single letter (or leet digit) stands alone at `index`; returns its end.
fn single_item(input: &[Unit], index: usize) -> Option<usize> {
    let unit = input.get(index)?;
    if !is_spaced_item(unit) {
        return None;
    }
    let end = item_end(input, index);
    let glued_after = input.get(end).is_some_and(is_letterish);
    (!glued_after).then_some(end)
}

/// The run of separated single letters starting at `index`, if one starts there.
fn spaced_run(input: &[Unit], index: usize) -> Option<SpacedRun> {
    let glued_before = index
        .checked_sub(1)
        .and_then(|i| input.get(i))
        .is_some_and(is_letterish);
    if glued_before {
        return None;
    }
    let is_letter = |i: usize| input.get(i).is_some_and(|u| u.class == Class::Letter);
    let mut end = single_item(input, index)?;
    let mut items = 1usize;
    let mut letters = usize::from(is_letter(index));
    let mut separator: Option<&[Unit]> = None;
    loop {
        let after = input.get(end..).unwrap_or_default();
        let length = after
            .iter()
            .take_while(|unit| tables::is_separator(unit.ch))
            .count();
        if length == 0 || length > 3 {
            break;
        }
        let this = after.get(..length).unwrap_or_default();
        if separator.is_some_and(|first| !same_chars(first, this)) {
            break;
        }
        let next = end + length;
        let Some(next_end) = single_item(input, next) else {
            break;
        };
        separator = Some(this);
        items += 1;
        letters += usize::from(is_letter(next));
        end = next_end;
    }
    Some(SpacedRun {
        end,
        separator_len: separator.map_or(0, <[Unit]>::len),
        joins: items >= 3 && letters >= 2,
    })
}

fn same_chars(left: &[Unit], right: &[Unit]) -> bool {
    left.len() == right.len() && left.iter().zip(right).all(|(l, r)| l.ch == r.ch)
}

/// Writes the final units into the normalised string and its offset map.
fn emit<'a>(original: &'a str, units: &[Unit]) -> NormalisedText<'a> {
    let mut text = String::with_capacity(units.len() + units.len() / 4);
    let mut map = OffsetMap {
        starts: Vec::with_capacity(units.len() + 8),
        ends: Vec::with_capacity(units.len() + 8),
    };
    for unit in units {
        let before = text.len();
        text.push(unit.ch);
        for _ in before..text.len() {
            map.starts.push(unit.start);
            map.ends.push(unit.end);
        }
    }
    NormalisedText {
        original,
        text: Cow::Owned(text),
        map: Some(map),
    }
}

#[cfg(test)]
mod tests;
