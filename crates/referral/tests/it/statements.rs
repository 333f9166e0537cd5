//! Statement-of-reasons readers: the fixtures, hostile input, and matching to referrals.

use upstander_core::{PostRef, UrlRecogniser};
use upstander_referral::{
    AutomatedDecision, DecisionAccount, DecisionGround, DecisionVisibility, HubOutcome,
    MAX_FIELD_BYTES, MatchedBy, ReferralError, SourceType, StatementCategory, match_statements,
    parse_statements_csv, parse_statements_json, read_statements_csv,
};

use crate::support::{testdata, ts};

fn read(name: &str) -> Vec<u8> {
    std::fs::read(testdata(name)).unwrap()
}

const HEADER: &str = "decision_visibility,decision_ground,category,source_type,automated_detection,automated_decision,platform_name,puid";
const GOOD_ROW: &str = "DECISION_VISIBILITY_CONTENT_REMOVED,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_VIOLENCE,SOURCE_ARTICLE_16,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,123";

const GOOD_JSON: &str = "{\"decision_visibility\":[\"DECISION_VISIBILITY_CONTENT_REMOVED\"],\"decision_ground\":\"DECISION_GROUND_ILLEGAL_CONTENT\",\"category\":\"STATEMENT_CATEGORY_VIOLENCE\",\"source_type\":\"SOURCE_ARTICLE_16\",\"automated_detection\":\"No\",\"automated_decision\":\"AUTOMATED_DECISION_NOT_AUTOMATED\",\"platform_name\":\"X\",\"puid\":\"456\"}";

#[test]
fn the_csv_fixture_keeps_good_rows_and_names_every_bad_one() {
    let parsed = parse_statements_csv(&read("statements.csv")).unwrap();
    assert_eq!(parsed.statements.len(), 3, "{:?}", parsed.errors);
    let first = &parsed.statements[0];
    assert_eq!(first.decision_visibility, [DecisionVisibility::Removed]);
    assert_eq!(first.decision_ground, DecisionGround::Illegal);
    assert_eq!(first.category, StatementCategory::IllegalOrHarmfulSpeech);
    assert_eq!(first.source_type, SourceType::TrustedFlagger);
    assert!(!first.automated_detection);
    assert_eq!(first.automated_decision, AutomatedDecision::NotAutomated);
    assert_eq!(first.puid, "1790000000000000001");
    assert_eq!(first.created_at, Some(ts("2026-03-02T10:15:00Z")));
    assert!(first.content_taken_down());
    let second = &parsed.statements[1];
    assert_eq!(
        second.decision_visibility,
        [DecisionVisibility::Disabled, DecisionVisibility::Labelled]
    );
    assert_eq!(second.decision_account, Some(DecisionAccount::Suspended));
    assert!(second.automated_detection);
    assert_eq!(
        parsed.statements[2].category,
        StatementCategory::LegacyDiscrimination
    );

    let errors: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 5, "{errors:#?}");
    assert!(
        errors[0].starts_with("line 4, field 'decision_visibility'"),
        "{errors:#?}"
    );
    assert!(errors[0].contains("DECISION_VISIBILITY_CONTENT_HIDDEN"));
    assert!(
        errors[1].starts_with("line 5, field 'category': is missing"),
        "{errors:#?}"
    );
    assert!(
        errors[2].starts_with("line 6, field 'content_date'"),
        "{errors:#?}"
    );
    assert!(
        errors[3].starts_with("line 7, field 'platform_uid'"),
        "{errors:#?}"
    );
    assert!(errors[4].starts_with("line 8: has 4 fields"), "{errors:#?}");
}

#[test]
fn the_json_lines_fixture_keeps_going_past_broken_lines() {
    let parsed = parse_statements_json(&read("statements.jsonl")).unwrap();
    assert_eq!(parsed.statements.len(), 2, "{:?}", parsed.errors);
    assert_eq!(
        parsed.statements[1].decision_account,
        Some(DecisionAccount::Terminated)
    );
    assert!(parsed.statements[1].automated_detection);
    let errors: Vec<String> = parsed.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(
        errors[0].starts_with("line 3: not valid JSON"),
        "{errors:#?}"
    );
    assert!(
        errors[1].starts_with("line 5: is not a JSON object"),
        "{errors:#?}"
    );
    assert!(
        errors[2].starts_with("line 6, field 'decision_visibility'"),
        "{errors:#?}"
    );
}

#[test]
fn each_statement_maps_to_the_hubs_outcome_vocabulary() {
    let csv = parse_statements_csv(&read("statements.csv"))
        .unwrap()
        .statements;
    assert_eq!(csv[0].hub_outcome(), HubOutcome::Removed);
    assert_eq!(csv[1].hub_outcome(), HubOutcome::GeoRestricted);
    let json = parse_statements_json(&read("statements.jsonl"))
        .unwrap()
        .statements;
    assert_eq!(json[1].hub_outcome(), HubOutcome::AccountActioned);
    assert_eq!(
        HubOutcome::parse("labelled_or_demoted"),
        Ok(HubOutcome::LabelledOrDemoted)
    );
    assert!(
        HubOutcome::parse("gone")
            .unwrap_err()
            .contains("no_response_past_deadline")
    );
}

#[test]
fn a_json_array_and_the_api_data_wrapper_are_read_too() {
    let line = std::fs::read_to_string(testdata("statements.jsonl")).unwrap();
    let first = line.lines().next().unwrap();
    let array = format!("[\n{first},\n{{\"platform_name\":\"X\"}}\n]");
    let parsed = parse_statements_json(array.as_bytes()).unwrap();
    assert_eq!(parsed.statements.len(), 1);
    assert_eq!(parsed.errors[0].record, 2);
    assert_eq!(parsed.errors[0].line, None);
    let wrapped = format!("{{\n\"data\": [{first}]\n}}");
    assert_eq!(
        parse_statements_json(wrapped.as_bytes())
            .unwrap()
            .statements
            .len(),
        1
    );
    assert!(matches!(
        parse_statements_json(b"[{\"a\":").unwrap_err(),
        ReferralError::Statements(_)
    ));
}

#[test]
fn the_api_data_wrapper_on_one_line_is_read_as_its_statements() {
    let text = std::fs::read_to_string(testdata("statements.jsonl")).unwrap();
    let first = text.lines().next().unwrap();
    let second = GOOD_JSON;
    let one_line = format!("{{\"data\":[{first},{second}]}}\n");
    let parsed = parse_statements_json(one_line.as_bytes()).unwrap();
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.statements.len(), 2);
    let single = format!("{{\"data\": {first}}}");
    let parsed = parse_statements_json(single.as_bytes()).unwrap();
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.statements.len(), 1);
}

#[test]
fn a_data_wrapper_that_cannot_be_understood_says_so() {
    let ReferralError::Statements(message) =
        parse_statements_json(b"{\"data\": \"nope\"}").unwrap_err()
    else {
        panic!("not a statements error");
    };
    assert!(message.contains("wrapper was not understood"), "{message}");
    let ReferralError::Statements(message) =
        parse_statements_json(b"{\"data\": [{\"uuid\": ").unwrap_err()
    else {
        panic!("not a statements error");
    };
    assert!(message.contains("wrapper"), "{message}");
}

#[test]
fn a_header_without_required_columns_is_refused_whole() {
    let err = parse_statements_csv(b"uuid,platform_name\n1,X\n").unwrap_err();
    let message = err.to_string();
    assert!(message.contains("decision_ground"), "{message}");
    assert!(message.contains("puid"), "{message}");
    assert!(parse_statements_csv(b"").is_err());
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{HEADER}\n{GOOD_ROW}\n");
    let parsed = parse_statements_csv(text.as_bytes()).unwrap();
    assert_eq!(parsed.statements.len(), 1, "{:?}", parsed.errors);
}

#[test]
fn a_field_that_is_not_utf8_fails_that_row_only() {
    let mut bytes = format!("{HEADER}\n").into_bytes();
    bytes.extend_from_slice(GOOD_ROW.replace(",X,", ",\u{0}X,").as_bytes());
    bytes.push(b'\n');
    let bad = GOOD_ROW.replace(",X,", ",@@,");
    let at = bad.find("@@").unwrap();
    let mut bad = bad.into_bytes();
    bad[at] = 0xFF;
    bad[at + 1] = 0xFE;
    bytes.extend_from_slice(&bad);
    bytes.push(b'\n');
    bytes.extend_from_slice(GOOD_ROW.as_bytes());
    bytes.push(b'\n');
    let parsed = parse_statements_csv(&bytes).unwrap();
    assert_eq!(parsed.statements.len(), 2);
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.errors[0].field.as_deref(), Some("platform_name"));
    assert!(parsed.errors[0].reason.contains("not UTF-8"));
}

#[test]
fn a_huge_field_fails_its_row_without_being_echoed() {
    let huge = "A".repeat(MAX_FIELD_BYTES + 1);
    let text = format!(
        "{HEADER}\n{}\n{GOOD_ROW}\n",
        GOOD_ROW.replace(",123", &format!(",{huge}"))
    );
    let parsed = parse_statements_csv(text.as_bytes()).unwrap();
    assert_eq!(parsed.statements.len(), 1);
    assert_eq!(parsed.errors.len(), 1);
    assert!(
        parsed.errors[0].reason.len() < 200,
        "{}",
        parsed.errors[0].reason
    );
}

#[test]
fn an_unclosed_quote_loses_only_its_own_row_not_those_before_or_after_it() {
    let text = format!("{HEADER}\n{GOOD_ROW}\n\"unclosed,{GOOD_ROW}\n{GOOD_ROW}\n{GOOD_ROW}\n");
    let parsed = parse_statements_csv(text.as_bytes()).unwrap();
    assert_eq!(parsed.statements.len(), 3, "{:?}", parsed.errors);
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.errors[0].line, Some(3));
    assert!(
        parsed.errors[0]
            .reason
            .starts_with("unclosed quote opened here"),
        "{}",
        parsed.errors[0].reason
    );
}

#[test]
fn a_quoted_field_over_several_lines_is_still_one_statement() {
    let row = GOOD_ROW.replace(",X,", ",\"X\nplatform, \"\"quoted\"\"\",");
    let text = format!("{HEADER}\n{row}\n{GOOD_ROW}\n");
    let parsed = parse_statements_csv(text.as_bytes()).unwrap();
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.statements.len(), 2);
    assert_eq!(
        parsed.statements[0].platform_name,
        "X\nplatform, \"quoted\""
    );
}

#[test]
fn a_row_without_any_decision_is_refused() {
    let text = format!(
        "{HEADER}\n{}\n",
        GOOD_ROW.replace("DECISION_VISIBILITY_CONTENT_REMOVED", "")
    );
    let parsed = parse_statements_csv(text.as_bytes()).unwrap();
    assert_eq!(parsed.errors.len(), 1);
    assert!(parsed.errors[0].reason.contains("no decision"));
}

#[test]
fn statements_match_referrals_by_url_or_by_platform_id() {
    let recogniser = UrlRecogniser::default();
    let referred: Vec<PostRef> = [
        "https://x.com/someone/status/1790000000000000001",
        "https://www.facebook.com/permalink.php?story_fbid=555&id=100064",
        "https://www.reddit.com/r/europe/comments/1abcde/title/",
        "https://vm.tiktok.com/ZMabc123/",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    ]
    .iter()
    .map(|u| PostRef::recognise(u).unwrap())
    .collect();
    let mut statements = parse_statements_csv(&read("statements.csv"))
        .unwrap()
        .statements;
    statements.extend(
        parse_statements_json(&read("statements.jsonl"))
            .unwrap()
            .statements,
    );
    let matches = match_statements(&statements, &referred, &recogniser);
    let pairs: Vec<(usize, usize, MatchedBy)> = matches
        .iter()
        .map(|m| (m.statement, m.referral, m.by))
        .collect();
    assert_eq!(
        pairs,
        [
            (0, 0, MatchedBy::ContentId),
            (1, 1, MatchedBy::ContentId),
            (2, 2, MatchedBy::ContentId),
            (4, 3, MatchedBy::Url),
        ]
    );
}

#[test]
fn an_id_on_another_platform_does_not_match() {
    let recogniser = UrlRecogniser::default();
    let referred = [PostRef::recognise("https://x.com/a/status/123").unwrap()];
    let text = format!("{HEADER}\n{}\n", GOOD_ROW.replace(",X,", ",YouTube,"));
    let statements = parse_statements_csv(text.as_bytes()).unwrap().statements;
    assert!(match_statements(&statements, &referred, &recogniser).is_empty());
}

#[test]
fn the_streaming_reader_hands_over_every_row_in_order() {
    let mut seen = Vec::new();
    let rows = read_statements_csv(
        std::fs::File::open(testdata("statements.csv")).unwrap(),
        |row| {
            seen.push(row.is_ok());
        },
    )
    .unwrap();
    assert_eq!(rows, 8);
    assert_eq!(seen, [true, true, false, false, false, false, false, true]);
}

#[test]
fn json_lines_whose_first_line_is_broken_are_still_read_line_by_line() {
    let text = std::fs::read_to_string(testdata("statements.jsonl")).unwrap();
    let broken = format!("{{\"uuid\": \n{text}");
    let parsed = parse_statements_json(broken.as_bytes()).unwrap();
    assert_eq!(parsed.statements.len(), 2);
    assert_eq!(parsed.errors[0].line, Some(1));
}

#[test]
fn matching_scales_by_index_and_lists_each_pair_once() {
    let recogniser = UrlRecogniser::default();
    let referred: Vec<PostRef> = (0..5_000)
        .map(|i| PostRef::recognise(&format!("https://x.com/a/status/{}", 1_000_000 + i)).unwrap())
        .chain([PostRef::recognise("https://t.me/somechannel/1234").unwrap()])
        .collect();
    let rows: String = (0..5_000)
        .map(|i| {
            format!(
                "{}\n",
                GOOD_ROW.replace(",123", &format!(",{}", 1_004_999 - i))
            )
        })
        .collect();
    let mut text = format!("{HEADER},url\n");
    for line in rows.lines() {
        text.push_str(line);
        text.push_str(",\n");
    }
    // Both the URL and the id name the same post: one match, by URL.
    text.push_str(&GOOD_ROW.replace(",123", ",1000000"));
    text.push_str(",https://twitter.com/a/status/1000000?s=20\n");
    text.push_str(&GOOD_ROW.replace(",X,123", ",Telegram,1234"));
    text.push_str(",\n");
    let statements = parse_statements_csv(text.as_bytes()).unwrap().statements;
    assert_eq!(statements.len(), 5_002);
    let matches = match_statements(&statements, &referred, &recogniser);
    assert_eq!(matches.len(), 5_002);
    assert_eq!((matches[0].statement, matches[0].referral), (0, 4_999));
    let both = &matches[5_000];
    assert_eq!(
        (both.statement, both.referral, both.by),
        (5_000, 0, MatchedBy::Url)
    );
    let telegram = &matches[5_001];
    assert_eq!(
        (telegram.referral, telegram.by),
        (5_000, MatchedBy::ContentId)
    );
}
