//! Property tests: no input makes the recogniser or the statement readers panic, and a
//! recognised link's canonical form is recognised again as the same content.

use proptest::prelude::*;
use upstander_core::PostRef;
use upstander_referral::{
    EMBEDDED_PLATFORMS, Registry, parse_statements_csv, parse_statements_json,
};

fn url_like() -> impl Strategy<Value = String> {
    let hosts = prop::sample::select(vec![
        "x.com",
        "twitter.com",
        "m.facebook.com",
        "fb.watch",
        "www.instagram.com",
        "threads.net",
        "youtu.be",
        "www.youtube.com",
        "vm.tiktok.com",
        "www.tiktok.com",
        "t.me",
        "old.reddit.com",
        "redd.it",
        "www.snapchat.com",
        "bsky.app",
        "mastodon.social",
        "example.org",
    ]);
    let segment = "[A-Za-z0-9_@.%~:+-]{0,24}";
    (
        prop::sample::select(vec!["https://", "http://", "", "//", "HTTPS://", "ftp://"]),
        hosts,
        prop::collection::vec(segment, 0..6),
        "[A-Za-z0-9_=&%?#.+-]{0,40}",
    )
        .prop_map(|(scheme, host, segs, tail)| format!("{scheme}{host}/{}{tail}", segs.join("/")))
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_the_recogniser(input in any::<String>()) {
        let _ = PostRef::recognise(&input);
    }

    #[test]
    fn link_shaped_text_never_panics_and_canonical_links_are_stable(input in url_like()) {
        if let Ok(found) = PostRef::recognise(&input) {
            let again = PostRef::recognise(&found.canonical_url);
            prop_assert!(again.is_ok(), "{} -> {} failed: {:?}", input, found.canonical_url, again);
            let again = again.unwrap();
            prop_assert!(again.same_content(&found), "{} -> {:?} -> {:?}", input, found, again);
            prop_assert_eq!(&again.canonical_url, &found.canonical_url);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_statement_readers(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_statements_csv(&bytes);
        let _ = parse_statements_json(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics_the_registry_loader(input in any::<String>()) {
        let _ = Registry::parse(&input);
    }

    #[test]
    fn the_shipped_registry_with_any_line_removed_loads_or_says_why(line in 0..900_usize) {
        let text: String = EMBEDDED_PLATFORMS
            .lines()
            .enumerate()
            .filter(|(i, _)| *i != line)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        if let Err(err) = Registry::parse(&text) {
            prop_assert!(!err.to_string().is_empty());
        }
    }
}
