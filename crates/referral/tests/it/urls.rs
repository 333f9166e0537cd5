//! The URL recogniser against `testdata/referral/urls.tsv`: one line per pasted link, so a new
//! case is a text edit.

use upstander_core::{PostRef, PostUrlError};

use crate::support::testdata;

fn error_kind(err: &PostUrlError) -> &'static str {
    match err {
        PostUrlError::NotAUrl { .. } => "not_a_url",
        PostUrlError::UnsupportedScheme { .. } => "unsupported_scheme",
        PostUrlError::UnknownPlatform { .. } => "unknown_platform",
        PostUrlError::NoContentId { .. } => "no_content_id",
    }
}

#[test]
fn every_link_in_the_fixture_is_recognised_as_written_there() {
    let text = std::fs::read_to_string(testdata("urls.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        cases += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        let got = PostRef::recognise(cols[0]);
        let ok = match (cols.as_slice(), &got) {
            ([_, expected], Err(err)) => format!("error:{}", error_kind(err)) == *expected,
            ([_, platform, kind, id, url], Ok(found)) => {
                found.platform.as_str() == *platform
                    && found.kind.as_str() == *kind
                    && found.content_id == *id
                    && found.canonical_url == *url
            }
            _ => false,
        };
        if !ok {
            failures.push(format!("line {}: {:?} -> {:?}", n + 1, cols[0], got));
        }
    }
    assert!(cases > 90, "only {cases} cases read");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_name_the_host_or_the_expected_shape() {
    let unknown = PostRef::recognise("https://www.example.com/news/1").unwrap_err();
    assert!(
        unknown.to_string().contains("'www.example.com'"),
        "{unknown}"
    );
    let shape = PostRef::recognise("https://www.tiktok.com/@a/video/x").unwrap_err();
    let message = shape.to_string();
    assert!(
        message.starts_with("tiktok link '/@a/video/x'"),
        "{message}"
    );
    assert!(message.contains("/@<user>/video/<numeric id>"), "{message}");
}
