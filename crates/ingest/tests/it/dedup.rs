//! De-duplication keys.

use upstander_core::{NewPost, Platform};
use upstander_ingest::dedup::{
    NEAR_DUPLICATE_DISTANCE, canonical, content_key, hamming, ingest_key, simhash,
};

/// Twenty-word posts of the kind a campaign copies, already lower-cased as the detector's
/// normaliser would leave them.
const BASES: [&str; 5] = [
    "they are flooding into our towns and the government does nothing while our children pay the price every single day",
    "share this everywhere before it gets deleted because the media will never tell you what is really happening in britain",
    "the mosque on the high street should be shut down and everyone who goes there should be watched by police",
    "we have counted forty attacks on jewish families this year and the council still refuses to meet with us again",
    "if you see these stickers near the school please take a photo and report them to the helpline straight away",
];

fn variants(base: &str) -> Vec<String> {
    let words: Vec<&str> = base.split(' ').collect();
    assert_eq!(words.len(), 20, "{base}");
    let mut one_word = words.clone();
    one_word[9] = "certainly";
    let punctuated = format!(
        "{}! {}... {}?!",
        words[..7].join(" "),
        words[7..14].join(", "),
        words[14..].join(" ")
    );
    vec![
        one_word.join(" "),
        punctuated,
        format!("@newsdesk_uk {base} @mp_office"),
    ]
}

#[test]
fn near_duplicate_variants_of_a_twenty_word_post_are_within_three_bits_on_average() {
    let mut distances = Vec::new();
    for base in BASES {
        let base_hash = simhash(base);
        for variant in variants(base) {
            let distance = hamming(base_hash, simhash(&variant));
            distances.push(distance);
        }
    }
    let average = f64::from(distances.iter().sum::<u32>()) / distances.len() as f64;
    assert!(average <= 3.0, "average {average} over {distances:?}");
    // Punctuation and mentions are not content: those variants hash the same.
    assert!(
        distances.iter().skip(1).step_by(3).all(|d| *d == 0),
        "{distances:?}"
    );
    assert!(
        distances.iter().skip(2).step_by(3).all(|d| *d == 0),
        "{distances:?}"
    );
    // A changed word is content, but stays well short of unrelated posts.
    let word_changes: Vec<u32> = distances.iter().step_by(3).copied().collect();
    let word_average = f64::from(word_changes.iter().sum::<u32>()) / word_changes.len() as f64;
    assert!(word_average <= 8.0, "{word_changes:?}");
    assert!(word_changes.iter().all(|d| *d <= 12), "{word_changes:?}");
}

#[test]
fn unrelated_posts_are_far_apart() {
    let mut distances = Vec::new();
    for (i, a) in BASES.iter().enumerate() {
        for b in &BASES[i + 1..] {
            let distance = hamming(simhash(a), simhash(b));
            assert!(
                distance > NEAR_DUPLICATE_DISTANCE + 5,
                "{distance} bits: {a} / {b}"
            );
            distances.push(distance);
        }
    }
    let average = f64::from(distances.iter().sum::<u32>()) / distances.len() as f64;
    assert!(
        (24.0..=40.0).contains(&average),
        "average {average} over {distances:?}"
    );
}

#[test]
fn texts_equal_after_canonicalisation_share_a_content_key() {
    let same = [
        "go home, you are NOT welcome here!!! #StopThem",
        "@bob go home you are not welcome here stopthem https://t.co/xyz",
        "  Go   home - you are not welcome here… #stopthem  ",
    ];
    let keys: Vec<String> = same.iter().map(|t| content_key(t)).collect();
    assert!(
        keys.iter().all(|k| *k == keys[0]),
        "{keys:?} from {:?}",
        same.map(canonical)
    );
    assert_eq!(keys[0].len(), 32);
    assert!(keys[0].bytes().all(|b| b.is_ascii_hexdigit()));
    assert_ne!(content_key("go home you are welcome here"), keys[0]);
    assert_eq!(hamming(simhash(same[0]), simhash(same[1])), 0);
}

#[test]
fn emoji_are_part_of_the_content() {
    assert_ne!(content_key("they are 🐀"), content_key("they are 🐍"));
    assert_eq!(canonical("they are 🐀🐀!!"), "they are 🐀🐀");
}

fn post(id: Option<&str>) -> NewPost {
    let mut post = NewPost::from_text(Platform::X, "same words");
    post.source_id = id.map(str::to_owned);
    post.author = Some("someone".into());
    post.created_at = Some("2024-05-01T12:00:00Z".parse().unwrap());
    post.url = Some("https://x.com/someone/status/1".into());
    post
}

#[test]
fn ingest_keys_use_the_platform_id_when_there_is_one() {
    assert_eq!(
        ingest_key(&post(Some("1785712345678901234"))),
        "x:1785712345678901234"
    );
    assert_eq!(ingest_key(&post(Some(" 42 "))), "x:42");
    let mut reddit = post(Some("t1_abc"));
    reddit.platform = Platform::Reddit;
    assert_eq!(ingest_key(&reddit), "reddit:t1_abc");
}

#[test]
fn ingest_keys_without_an_id_are_stable_and_change_with_every_field() {
    let base = post(None);
    let key = ingest_key(&base);
    assert_eq!(key, ingest_key(&base.clone()), "stable");
    assert!(key.starts_with("x#") && key.len() == 34, "{key}");
    assert_eq!(ingest_key(&post(Some(""))), key, "a blank id is no id");

    let mut changed = Vec::new();
    let mut other = base.clone();
    other.text.push('!');
    changed.push(other);
    let mut other = base.clone();
    other.author = None;
    changed.push(other);
    let mut other = base.clone();
    other.author = Some(String::new());
    changed.push(other);
    let mut other = base.clone();
    other.created_at = None;
    changed.push(other);
    let mut other = base.clone();
    other.url = Some("https://x.com/someone/status/2".into());
    changed.push(other);
    let mut other = base.clone();
    other.platform = Platform::Mastodon;
    changed.push(other);
    // Moving text between fields must not give the same key.
    let mut other = base.clone();
    other.author = Some("someonesame".into());
    other.text = " words".into();
    changed.push(other);

    let mut keys: Vec<String> = changed.iter().map(ingest_key).collect();
    keys.push(key);
    let count = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), count, "all distinct: {keys:?}");
}
