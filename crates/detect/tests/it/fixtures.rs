//! Runs every case in `testdata/detect/*.test` through the standard engine.
//!
//! The file format is documented at the top of each fixture file: `key: value` lines, cases
//! separated by `---`, `#` comments. All failures are collected and reported together, with
//! file and line, so one run shows everything that regressed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use upstander_core::{Assessment, Verdict};

use crate::support::engine;

#[derive(Debug, Default)]
struct Case {
    file: String,
    line: usize,
    text: Option<String>,
    expect: Option<Verdict>,
    categories: Vec<String>,
    not_categories: Vec<String>,
    targets: Vec<String>,
    spans: Vec<String>,
    signals: Vec<String>,
    severity: Option<String>,
    route: Option<String>,
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/detect")
}

fn parse_file(path: &Path, problems: &mut Vec<String>) -> Vec<Case> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let content = std::fs::read_to_string(path).unwrap();
    let mut cases = Vec::new();
    let mut current = Case {
        file: name.clone(),
        ..Case::default()
    };
    let mut started = false;
    let finish = |case: Case, cases: &mut Vec<Case>, problems: &mut Vec<String>| {
        if case.text.is_none() {
            problems.push(format!(
                "{}:{}: case has no `text:` line",
                case.file, case.line
            ));
        } else if case.expect.is_none() {
            problems.push(format!(
                "{}:{}: case has no `expect:` line",
                case.file, case.line
            ));
        } else {
            cases.push(case);
        }
    };
    for (index, raw) in content.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed == "---" {
            if started {
                finish(
                    std::mem::replace(
                        &mut current,
                        Case {
                            file: name.clone(),
                            ..Case::default()
                        },
                    ),
                    &mut cases,
                    problems,
                );
                started = false;
            }
            continue;
        }
        let Some((key, value)) = raw.split_once(':') else {
            problems.push(format!(
                "{name}:{line}: expected `key: value`, found {trimmed:?}"
            ));
            continue;
        };
        if !started {
            current.line = line;
            started = true;
        }
        let value = value.strip_prefix(' ').unwrap_or(value).to_owned();
        match key.trim() {
            "text" => current.text = Some(value.replace("\\n", "\n")),
            "expect" => {
                current.expect = match value.trim() {
                    "flag" => Some(Verdict::Flag),
                    "clear" => Some(Verdict::Clear),
                    other => {
                        problems.push(format!(
                            "{name}:{line}: expect must be flag or clear, found {other:?}"
                        ));
                        None
                    }
                }
            }
            "category" => current.categories.push(value.trim().to_owned()),
            "not_category" => current.not_categories.push(value.trim().to_owned()),
            "target" => current.targets.push(value.trim().to_owned()),
            "span" => current.spans.push(value),
            "signal" => current.signals.push(value.trim().to_owned()),
            "severity" => current.severity = Some(value.trim().to_owned()),
            "route" => current.route = Some(value.trim().to_owned()),
            other => problems.push(format!("{name}:{line}: unknown key {other:?}")),
        }
    }
    if started {
        finish(current, &mut cases, problems);
    }
    cases
}

fn check(case: &Case, got: &Assessment) -> Vec<String> {
    let mut wrong = Vec::new();
    if Some(got.verdict) != case.expect {
        wrong.push(format!(
            "expected {:?}, got {:?} (score {:.2})",
            case.expect.unwrap_or_default(),
            got.verdict,
            got.score
        ));
    }
    for category in &case.categories {
        if !got.categories.iter().any(|c| &c.id == category) {
            wrong.push(format!("category {category} missing"));
        }
    }
    for category in &case.not_categories {
        if got.categories.iter().any(|c| &c.id == category) {
            wrong.push(format!("category {category} present"));
        }
    }
    for target in &case.targets {
        if !got.targets.contains(target) {
            wrong.push(format!("target {target} missing"));
        }
    }
    for span in &case.spans {
        if !got.spans.iter().any(|s| &s.text == span) {
            wrong.push(format!("span {span:?} missing"));
        }
    }
    for signal in &case.signals {
        if !got.signals.iter().any(|s| s.id.as_str() == signal) {
            wrong.push(format!("signal {signal} not emitted"));
        }
    }
    if let Some(severity) = &case.severity
        && got.severity.as_str() != severity
    {
        wrong.push(format!(
            "severity {severity} expected, got {}",
            got.severity
        ));
    }
    if let Some(route) = &case.route
        && got.route.as_str() != route
    {
        wrong.push(format!(
            "route {route} expected, got {}",
            got.route.as_str()
        ));
    }
    wrong
}

#[test]
fn every_detection_fixture_case_passes() {
    let mut problems = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "test"))
        .collect();
    paths.sort();
    let mut total = 0;
    let mut targets = std::collections::BTreeSet::new();
    let mut report = String::new();
    for path in &paths {
        for case in parse_file(path, &mut problems) {
            total += 1;
            let text = case.text.as_deref().unwrap_or_default();
            let got = engine().assess(text);
            targets.extend(case.targets.iter().cloned());
            let wrong = check(&case, &got);
            if !wrong.is_empty() {
                let cats: Vec<String> = got
                    .categories
                    .iter()
                    .map(|c| format!("{} {:.2}", c.id, c.score))
                    .collect();
                let sigs: Vec<String> = got.signals.iter().map(|s| s.id.to_string()).collect();
                let _ = writeln!(
                    report,
                    "\n{}:{}: {:?}\n  wrong: {}\n  got: {} {} {} route={} targets={:?} categories={:?}\n  signals: {:?}\n  explanation: {}",
                    case.file,
                    case.line,
                    text,
                    wrong.join("; "),
                    got.verdict,
                    got.score,
                    got.severity,
                    got.route.as_str(),
                    got.targets,
                    cats,
                    sigs,
                    got.explanation
                );
            }
        }
    }
    for problem in &problems {
        let _ = writeln!(report, "\n{problem}");
    }
    assert!(
        report.is_empty(),
        "fixture failures ({total} cases):{report}"
    );
    assert!(
        total >= 150,
        "only {total} fixture cases; the suite should keep at least 150"
    );
    let groups: std::collections::BTreeSet<&str> = targets
        .iter()
        .filter_map(|t| t.strip_prefix("TG."))
        .map(|t| t.split('.').next().unwrap_or(t))
        .collect();
    assert!(
        groups.len() >= 7,
        "fixtures cover only {} target groups: {groups:?}",
        groups.len()
    );
}
