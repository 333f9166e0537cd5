//! The independent functional suite (`testdata/functional/*.test`), in the style of HateCheck
//! (Röttger et al. 2021): one file per functionality, hand-written cases templated loosely over
//! target groups, each expected to be flagged (hateful) or cleared (not hateful).
//!
//! The cases were written without looking at the lexicon, the detection fixtures or the
//! detector code, and must never be used to tune them: they measure robustness, they do not
//! specify behaviour. So a miss is a measurement, not a failing test. What does fail is a
//! malformed suite (with file and line) and overall accuracy falling below [`ACCURACY_FLOOR`],
//! which is how a regression shows up in CI.
//!
//! `cargo test -p upstander-detect --test it functional -- --nocapture` prints the Markdown
//! report; it is also written to `target/functional-report.md`.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use upstander_core::{Taxonomy, Verdict};
use upstander_detect::Engine;

/// Overall accuracy below which the test fails.
///
/// The fast tier of detection v1.6 (`Engine::standard`: lexicon + context rules v1.6 with the
/// linear model trained on contrastive set v1.5) scores 0.876 (436 of 498), unchanged in v1.7
/// 0.878 with the rules of v1.8, 0.884 with those of v1.9 and 0.900 with those of v2.0;
/// the cascade that `classify` runs has its own floor, [`CASCADE_FLOOR`].
/// The floor of 0.86 needs 429 cases, a margin of 19: small rule or retraining changes do not
/// trip it, while losing a mechanism does (counter-speech handling is worth up to 32 cases, the
/// model gate protects the 188 harmless ones). History: 0.65 for v1 (0.681), 0.71 for v1.1
/// (0.739), 0.73 for v1.2 (0.765), 0.76 for v1.3 (0.803), 0.78 for v1.4 (0.813), 0.83 for v1.5
/// (0.861 when set; 0.867 at its end), 0.84 for v1.6 (0.876), 0.86 for v2.0 (0.900; a
/// margin of 19 cases). Raise it when a better tier
/// becomes the default; lowering it needs a reason written in EVALUATION.md.
const ACCURACY_FLOOR: f64 = 0.86;

/// The floor for the cascade (what `classify` runs when the MiniLM weights are present; CI
/// fetches them): 0.916 with the fine-tuned encoder of detection v1.7 (0.920 with the rules of
/// v1.8, 0.922 with those of v1.9, 0.936 with those of v2.0), so a few points under (0.91 for
/// v2.0: a margin of 13 cases).
const CASCADE_FLOOR: f64 = 0.91;

/// The suite must stay big enough for per-functionality and per-group figures to mean something.
const MIN_CASES: usize = 400;

/// Distinct target groups the cases must cover.
const MIN_TARGET_GROUPS: usize = 7;

/// Every functionality the suite covers, one file each. A file not listed here, or a listed
/// file that is missing or empty, is an error: a typo in a file name would otherwise drop a
/// whole functionality from the report without anyone noticing.
const FUNCTIONALITIES: [&str; 31] = [
    "derog_neg_emote_h",
    "derog_neg_attrib_h",
    "derog_dehum_h",
    "derog_impl_h",
    "threat_dir_h",
    "threat_norm_h",
    "slur_h",
    "slur_homonym_nh",
    "slur_reclaimed_nh",
    "profanity_h",
    "profanity_nh",
    "ref_subs_clause_h",
    "ref_subs_sent_h",
    "negate_pos_h",
    "negate_neg_nh",
    "phrase_question_h",
    "phrase_opinion_h",
    "ident_neutral_nh",
    "ident_pos_nh",
    "counter_quote_nh",
    "counter_ref_nh",
    "target_obj_nh",
    "target_indiv_nh",
    "target_group_nh",
    "spell_char_swap_h",
    "spell_char_del_h",
    "spell_space_del_h",
    "spell_space_add_h",
    "spell_leet_h",
    "emoji_h",
    "emoji_nh",
];

/// One hand-written case.
#[derive(Debug, Clone, PartialEq)]
struct Case {
    /// File name the case came from, for messages.
    file: String,
    /// Line of the block's first field.
    line: usize,
    functionality: String,
    text: String,
    expect: Verdict,
    target: Option<String>,
}

/// A malformed case file: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ParseError {
    file: String,
    line: usize,
    reason: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl Error for ParseError {}

/// The fields of a block seen so far.
#[derive(Default)]
struct Block {
    start: Option<usize>,
    text: Option<String>,
    expect: Option<Verdict>,
    target: Option<String>,
    functionality: Option<String>,
}

/// Parses one case file. `file` names it in errors; its stem is the default functionality.
fn parse_cases(source: &str, file: &str) -> Result<Vec<Case>, ParseError> {
    let default_functionality = file.strip_suffix(".test").unwrap_or(file);
    let error = |line: usize, reason: String| ParseError {
        file: file.to_owned(),
        line,
        reason,
    };
    let mut cases = Vec::new();
    let mut block = Block::default();
    for (index, raw) in source.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "---" {
            let finished = std::mem::take(&mut block);
            if let Some(case) = finish_block(finished, file, default_functionality)? {
                cases.push(case);
            }
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(error(
                line_no,
                format!("expected `field: value`, found {line:?}"),
            ));
        };
        let value = value.trim();
        let duplicate = || {
            error(
                line_no,
                format!("`{}` appears twice in one case", key.trim()),
            )
        };
        match key.trim() {
            "text" => {
                let text = unescape(value);
                if text.trim().is_empty() {
                    return Err(error(line_no, "`text` is empty".to_owned()));
                }
                if block.text.replace(text).is_some() {
                    return Err(duplicate());
                }
            }
            "expect" => {
                let verdict = match value {
                    "flag" => Verdict::Flag,
                    "clear" => Verdict::Clear,
                    other => {
                        return Err(error(
                            line_no,
                            format!("`expect` must be `flag` or `clear`, found {other:?}"),
                        ));
                    }
                };
                if block.expect.replace(verdict).is_some() {
                    return Err(duplicate());
                }
            }
            "target" => {
                if value.is_empty() {
                    return Err(error(line_no, "`target` is empty".to_owned()));
                }
                if block.target.replace(value.to_owned()).is_some() {
                    return Err(duplicate());
                }
            }
            "functionality" => {
                if value.is_empty() {
                    return Err(error(line_no, "`functionality` is empty".to_owned()));
                }
                if block.functionality.replace(value.to_owned()).is_some() {
                    return Err(duplicate());
                }
            }
            other => {
                return Err(error(
                    line_no,
                    format!(
                        "unknown field `{other}` (expected text, expect, target or functionality)"
                    ),
                ));
            }
        }
        block.start.get_or_insert(line_no);
    }
    if let Some(case) = finish_block(block, file, default_functionality)? {
        cases.push(case);
    }
    Ok(cases)
}

/// Turns a completed block into a case; an empty block (a trailing or doubled `---`) is none.
fn finish_block(
    block: Block,
    file: &str,
    default_functionality: &str,
) -> Result<Option<Case>, ParseError> {
    let Some(start) = block.start else {
        return Ok(None);
    };
    let missing = |field: &str| ParseError {
        file: file.to_owned(),
        line: start,
        reason: format!("the case starting here has no `{field}` line"),
    };
    let text = block.text.ok_or_else(|| missing("text"))?;
    let expect = block.expect.ok_or_else(|| missing("expect"))?;
    Ok(Some(Case {
        file: file.to_owned(),
        line: start,
        functionality: block
            .functionality
            .unwrap_or_else(|| default_functionality.to_owned()),
        text,
        expect,
        target: block.target,
    }))
}

/// `\n` is a line break and `\\` a backslash; any other backslash is kept as written, since
/// posts contain stray backslashes and a case file should not need to escape them.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some('n') => {
                    out.push('\n');
                    chars.next();
                }
                Some('\\') => {
                    out.push('\\');
                    chars.next();
                }
                _ => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/functional")
}

/// Reads every `*.test` file in `dir`, in file-name order so the report is stable.
fn load_suite(dir: &Path) -> Result<Vec<Case>, Box<dyn Error>> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "test") {
            paths.push(path);
        }
    }
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        cases.extend(parse_cases(&source, &name)?);
    }
    Ok(cases)
}

/// Correct out of total.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    total: usize,
    correct: usize,
}

impl Tally {
    fn add(&mut self, correct: bool) {
        self.total += 1;
        self.correct += usize::from(correct);
    }

    fn accuracy(self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        #[allow(clippy::cast_precision_loss)] // counts are tiny
        let ratio = self.correct as f64 / self.total as f64;
        ratio
    }

    /// `"0.812 (13/16)"`, or a dash when there is nothing to measure.
    fn cell(self) -> String {
        if self.total == 0 {
            "–".to_owned()
        } else {
            format!("{:.3} ({}/{})", self.accuracy(), self.correct, self.total)
        }
    }
}

/// A case with what the engine said about it.
struct Outcome<'a> {
    case: &'a Case,
    got: Verdict,
    score: f32,
}

impl Outcome<'_> {
    fn correct(&self) -> bool {
        self.got == self.case.expect
    }
}

#[derive(Default)]
struct Slices {
    all: Tally,
    hateful: Tally,
    non_hateful: Tally,
}

impl Slices {
    fn add(&mut self, outcome: &Outcome<'_>) {
        let correct = outcome.correct();
        self.all.add(correct);
        match outcome.case.expect {
            Verdict::Flag => self.hateful.add(correct),
            Verdict::Clear => self.non_hateful.add(correct),
        }
    }
}

/// Keeps a post on one Markdown line and out of the table syntax.
fn inline(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('|', "\\|")
        .replace('`', "'")
}

fn render_report(outcomes: &[Outcome<'_>]) -> String {
    let mut overall = Slices::default();
    let mut by_functionality: BTreeMap<&str, Slices> = BTreeMap::new();
    let mut by_target: BTreeMap<&str, Slices> = BTreeMap::new();
    for outcome in outcomes {
        overall.add(outcome);
        by_functionality
            .entry(outcome.case.functionality.as_str())
            .or_default()
            .add(outcome);
        by_target
            .entry(
                outcome
                    .case
                    .target
                    .as_deref()
                    .unwrap_or("(no target group)"),
            )
            .or_default()
            .add(outcome);
    }

    // Writing to a String cannot fail, so the fmt::Results below are ignored.
    let mut out = String::new();
    let _ = writeln!(out, "# Functional suite report\n");
    let _ = writeln!(
        out,
        "Engine: `Engine::standard` with the embedded taxonomy, lexicon and policy \
         (tier: lexicon + context rules v1.9 with the trained model). Suite: `testdata/functional/`, {} cases in {} \
         functionalities. Floor: overall accuracy ≥ {ACCURACY_FLOOR:.2}.\n",
        outcomes.len(),
        by_functionality.len(),
    );
    let _ = writeln!(out, "## Overall\n");
    let _ = writeln!(out, "| slice | accuracy (correct/cases) |");
    let _ = writeln!(out, "|---|---|");
    let _ = writeln!(out, "| all cases | {} |", overall.all.cell());
    let _ = writeln!(
        out,
        "| hateful (expect flag) | {} |",
        overall.hateful.cell()
    );
    let _ = writeln!(
        out,
        "| non-hateful (expect clear) | {} |",
        overall.non_hateful.cell()
    );

    let _ = writeln!(out, "\n## Per functionality\n");
    let _ = writeln!(
        out,
        "| functionality | expected | accuracy (correct/cases) |"
    );
    let _ = writeln!(out, "|---|---|---|");
    // In the suite's own order (derogation first, emoji last), as HateCheck tables read.
    let mut ordered: Vec<&str> = FUNCTIONALITIES.to_vec();
    ordered.extend(
        by_functionality
            .keys()
            .filter(|name| !FUNCTIONALITIES.contains(name)),
    );
    for name in ordered {
        let Some(slices) = by_functionality.get(name) else {
            continue;
        };
        let expected = match (slices.hateful.total, slices.non_hateful.total) {
            (_, 0) => "flag",
            (0, _) => "clear",
            _ => "mixed",
        };
        let _ = writeln!(out, "| {name} | {expected} | {} |", slices.all.cell());
    }

    let _ = writeln!(out, "\n## Per target group\n");
    let _ = writeln!(out, "| target group | hateful | non-hateful | all |");
    let _ = writeln!(out, "|---|---|---|---|");
    for (target, slices) in &by_target {
        let _ = writeln!(
            out,
            "| {target} | {} | {} | {} |",
            slices.hateful.cell(),
            slices.non_hateful.cell(),
            slices.all.cell()
        );
    }

    let _ = writeln!(out, "\n## Misses\n");
    for name in FUNCTIONALITIES {
        let misses: Vec<&Outcome<'_>> = outcomes
            .iter()
            .filter(|o| o.case.functionality == name && !o.correct())
            .collect();
        if misses.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {name} ({} missed)\n", misses.len());
        for miss in misses {
            let _ = writeln!(
                out,
                "- `{}:{}` expected {}, got {} (score {:.2}): {}",
                miss.case.file,
                miss.case.line,
                miss.case.expect,
                miss.got,
                miss.score,
                inline(&miss.case.text)
            );
        }
        let _ = writeln!(out);
    }
    out
}

/// Best effort: the report is a convenience, the printed copy is the one that always exists.
fn write_report(report: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("functional-report.md"), report);
    }
}

#[test]
fn the_engine_stays_above_its_accuracy_floor_on_the_independent_functional_suite()
-> Result<(), Box<dyn Error>> {
    let taxonomy = Taxonomy::embedded()?;
    let cases = load_suite(&suite_dir())?;

    // The suite itself must be sound before its numbers mean anything.
    assert!(
        cases.len() >= MIN_CASES,
        "the suite has {} cases; it needs at least {MIN_CASES}",
        cases.len()
    );
    for name in FUNCTIONALITIES {
        let count = cases.iter().filter(|c| c.functionality == name).count();
        assert!(count > 0, "{name}.test is missing or has no cases");
    }
    for case in &cases {
        assert!(
            FUNCTIONALITIES.contains(&case.functionality.as_str()),
            "{}:{}: unknown functionality {:?}",
            case.file,
            case.line,
            case.functionality
        );
        // HateCheck names say the label: `_h` is hateful, `_nh` is not. A case that disagrees
        // with its file is a labelling mistake, not a measurement.
        let labelled = if case.functionality.ends_with("_nh") {
            Verdict::Clear
        } else {
            Verdict::Flag
        };
        assert_eq!(
            case.expect, labelled,
            "{}:{}: expect: {} contradicts functionality {}",
            case.file, case.line, case.expect, case.functionality
        );
        if let Some(target) = &case.target {
            assert!(
                taxonomy.has_target_group(target),
                "{}:{}: target {target:?} is not a target group in the taxonomy",
                case.file,
                case.line
            );
        }
    }
    let groups: std::collections::BTreeSet<&str> =
        cases.iter().filter_map(|c| c.target.as_deref()).collect();
    assert!(
        groups.len() >= MIN_TARGET_GROUPS,
        "the suite covers {} target groups; it needs at least {MIN_TARGET_GROUPS}",
        groups.len()
    );

    let engine = Engine::standard(&taxonomy)?;
    let outcomes: Vec<Outcome<'_>> = cases
        .iter()
        .map(|case| {
            let assessment = engine.assess(&case.text);
            Outcome {
                case,
                got: assessment.verdict,
                score: assessment.score,
            }
        })
        .collect();

    let report = render_report(&outcomes);
    println!("{report}");
    write_report(&report);

    let mut overall = Tally::default();
    for outcome in &outcomes {
        overall.add(outcome.correct());
    }
    assert!(
        overall.accuracy() >= ACCURACY_FLOOR,
        "overall accuracy {} is below the floor {ACCURACY_FLOOR:.2}; see the report above",
        overall.cell()
    );
    Ok(())
}

#[test]
fn an_escaped_newline_becomes_a_line_break_and_the_file_name_names_the_functionality() {
    let source = "# a comment\ntext: first line\\nsecond \\d line\nexpect: flag\n\
                  target: TG.RACE.BLACK\n---\n\ntext: calm\nexpect: clear\n---\n";
    let cases = parse_cases(source, "slur_h.test").unwrap();
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[0].text, "first line\nsecond \\d line");
    assert_eq!(cases[0].line, 2);
    assert_eq!(cases[0].functionality, "slur_h");
    assert_eq!(cases[0].target.as_deref(), Some("TG.RACE.BLACK"));
    assert_eq!(cases[1].expect, Verdict::Clear);
    assert_eq!(cases[1].line, 7);
    assert_eq!(cases[1].target, None);
}

#[test]
fn a_functionality_line_overrides_the_file_name() {
    let source = "functionality: emoji_nh\ntext: 🌙\nexpect: clear\n";
    let cases = parse_cases(source, "ident_pos_nh.test").unwrap();
    assert_eq!(cases[0].functionality, "emoji_nh");
}

#[test]
fn a_case_without_an_expect_line_is_rejected_at_its_first_line() {
    let source = "text: ok\nexpect: clear\n---\n\ntext: no verdict here\n---\n";
    let error = parse_cases(source, "x.test").unwrap_err();
    assert_eq!(
        error.to_string(),
        "x.test:5: the case starting here has no `expect` line"
    );
}

#[test]
fn an_unknown_field_is_rejected_with_its_file_and_line() {
    let source = "text: ok\nexpected: flag\n";
    let error = parse_cases(source, "negate_neg_nh.test").unwrap_err();
    assert_eq!(error.line, 2);
    assert!(
        error
            .to_string()
            .starts_with("negate_neg_nh.test:2: unknown field `expected`")
    );
}

#[test]
fn a_verdict_other_than_flag_or_clear_is_rejected() {
    let error = parse_cases("text: ok\nexpect: hateful\n", "x.test").unwrap_err();
    assert_eq!(error.line, 2);
    assert!(error.reason.contains("\"hateful\""), "{error}");
}

#[test]
fn a_field_given_twice_in_one_case_is_rejected() {
    let error = parse_cases("text: a\ntext: b\nexpect: flag\n", "x.test").unwrap_err();
    assert_eq!(
        error.to_string(),
        "x.test:2: `text` appears twice in one case"
    );
}

#[test]
fn a_line_without_a_field_name_is_rejected() {
    let error = parse_cases("text: a\nexpect: flag\njust words\n", "x.test").unwrap_err();
    assert_eq!(error.line, 3);
}

/// The transformer tier on the same suite: MiniLM's head alone, and the cascade as
/// `upstander classify` runs it (rules, plus the cascade in the policy's model slot). A
/// measurement only: the reports go to `target/functional-report-{transformer,cascade}.md`
/// and their summaries are printed; the floor applies to the default tier above. Needs
/// `models/minilm/` (scripts/setup-minilm); without it the test returns early, unless
/// `UPSTANDER_REQUIRE_MINILM=1` is set, in which case it fails.
#[cfg(feature = "transformer")]
#[test]
fn the_transformer_tier_and_the_cascade_are_measured_on_the_independent_functional_suite()
-> Result<(), Box<dyn Error>> {
    use std::sync::Arc;
    use upstander_detect::transformer::{SentenceEncoder, TransformerHead, encoder_for};
    use upstander_detect::{Cascade, LinearModel, ModelThresholds, PolicyConfig};

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/minilm");
    if !SentenceEncoder::present(&dir) {
        let required = std::env::var("UPSTANDER_REQUIRE_MINILM").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "UPSTANDER_REQUIRE_MINILM=1 but MiniLM is not in {}: run scripts/setup-minilm",
            dir.display()
        );
        eprintln!(
            "note: MiniLM not in {}; skipping (scripts/setup-minilm)",
            dir.display()
        );
        return Ok(());
    }
    let taxonomy = Taxonomy::embedded()?;
    let cases = load_suite(&suite_dir())?;
    let head = Arc::new(TransformerHead::embedded()?);
    let encoder = Arc::new(encoder_for(&dir, &head, None)?);
    let policy = PolicyConfig::embedded();

    let texts: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
    let mut alone = Vec::new();
    for chunk in texts.chunks(32) {
        for embedding in encoder.embed(chunk)? {
            let p = head.probability(&embedding);
            alone.push((p >= head.threshold, p));
        }
    }
    let transformer: Vec<Outcome<'_>> = cases
        .iter()
        .zip(&alone)
        .map(|(case, &(hateful, p))| Outcome {
            case,
            got: if hateful {
                Verdict::Flag
            } else {
                Verdict::Clear
            },
            score: p,
        })
        .collect();

    let cascade = Cascade::new(
        Arc::new(LinearModel::embedded()?),
        ModelThresholds::from_config(&policy),
        Arc::clone(&encoder),
        Arc::clone(&head),
        None,
    )?
    .with_fast_signals(policy.model.enabled);
    let engine = Engine::lexicon_only(&taxonomy)?.with_detector(Box::new(cascade));
    let cascaded: Vec<Outcome<'_>> = cases
        .iter()
        .map(|case| {
            let assessment = engine.assess(&case.text);
            Outcome {
                case,
                got: assessment.verdict,
                score: assessment.score,
            }
        })
        .collect();

    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target");
    for (name, tier, outcomes) in [
        (
            "transformer",
            "MiniLM head alone (probability ≥ the head's threshold; no rules)",
            &transformer,
        ),
        (
            "cascade",
            "rules + cascade (linear model, fine-tuned MiniLM inside the band and for posts \
             naming a group below it), as `classify` runs it",
            &cascaded,
        ),
    ] {
        let report = format!("Tier: {tier}.\n\n{}", render_report(outcomes));
        // Only the summary tables are printed; the per-case misses stay in the file.
        let summary = report.split("\n## Misses").next().unwrap_or_default();
        println!("{summary}");
        if std::fs::create_dir_all(&target).is_ok() {
            let _ = std::fs::write(target.join(format!("functional-report-{name}.md")), &report);
        }
    }
    let correct = cascaded.iter().filter(|o| o.got == o.case.expect).count();
    let accuracy = correct as f64 / cascaded.len().max(1) as f64;
    assert!(
        accuracy >= CASCADE_FLOOR,
        "the cascade's accuracy {accuracy:.3} fell below its floor {CASCADE_FLOOR}"
    );
    Ok(())
}
