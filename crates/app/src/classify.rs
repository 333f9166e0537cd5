//! `classify`: the machine-readable contract of DESIGN.md, one JSON line out per line in.

use serde_json::{Map, Value, json};
use upstander_core::Assessment;
use upstander_detect::Engine;

use crate::parallel::map_in_order;

/// One input line's result: a contract line, or an error line.
#[derive(Debug, Clone, PartialEq)]
pub enum ClassifyOutcome {
    /// The assessment, as a JSON object.
    Assessed(Value),
    /// `{"id": …, "error": "…"}`.
    Failed(Value),
}

impl ClassifyOutcome {
    /// The answer for a line longer than `limit` bytes, which was skipped unread.
    #[must_use]
    pub fn line_too_long(limit: usize) -> Self {
        failed(
            Value::Null,
            format!("line is longer than the limit of {limit} bytes (ingest.max_record_bytes)"),
        )
    }

    /// The JSON line (without the trailing newline).
    #[must_use]
    pub fn to_line(&self) -> String {
        match self {
            ClassifyOutcome::Assessed(v) | ClassifyOutcome::Failed(v) => v.to_string(),
        }
    }
}

fn failed(id: Value, message: impl Into<String>) -> ClassifyOutcome {
    ClassifyOutcome::Failed(json!({ "id": id, "error": message.into() }))
}

/// Rounds to four decimals so the output is stable and readable.
fn round4(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}

/// The contract fields of an assessment.
#[must_use]
pub fn assessment_fields(assessment: &Assessment) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("verdict".into(), json!(assessment.verdict.as_str()));
    out.insert("score".into(), json!(round4(assessment.score)));
    out.insert("severity".into(), json!(assessment.severity.as_str()));
    out.insert(
        "categories".into(),
        Value::Array(
            assessment
                .categories
                .iter()
                .map(|c| json!({ "id": c.id, "score": round4(c.score) }))
                .collect(),
        ),
    );
    out.insert("targets".into(), json!(assessment.targets));
    out.insert(
        "spans".into(),
        Value::Array(
            assessment
                .spans
                .iter()
                .map(|s| json!({ "start": s.start, "end": s.end, "signal": s.signal, "text": s.text }))
                .collect(),
        ),
    );
    out.insert("route".into(), json!(assessment.route.as_str()));
    out.insert("explanation".into(), json!(assessment.explanation));
    out
}

/// An input line read up to the point where it needs detection.
enum Parsed {
    /// The line is answered already (an error).
    Answered(ClassifyOutcome),
    /// A post to assess, with its id and the input's other fields.
    Post {
        id: Value,
        rest: Map<String, Value>,
        text: String,
    },
}

fn parse_line(line: &[u8]) -> Parsed {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Ok(text) = std::str::from_utf8(line) else {
        return Parsed::Answered(failed(Value::Null, "line is not valid UTF-8"));
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Parsed::Answered(failed(Value::Null, "empty line"));
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return Parsed::Answered(failed(
                Value::Null,
                format!("invalid JSON at column {}: {e}", e.column()),
            ));
        }
    };
    let Value::Object(mut object) = value else {
        return Parsed::Answered(failed(
            Value::Null,
            "expected a JSON object with a `text` field",
        ));
    };
    let id = object.get("id").cloned().unwrap_or(Value::Null);
    match object.remove("text") {
        Some(Value::String(text)) => Parsed::Post {
            id,
            rest: object,
            text,
        },
        Some(other) => Parsed::Answered(failed(
            id,
            format!(
                "field `text`: expected a string, found {}",
                upstander_ingest::json_kind(&other)
            ),
        )),
        None => Parsed::Answered(failed(id, "missing field `text`")),
    }
}

fn assessed(id: Value, rest: Map<String, Value>, assessment: &Assessment) -> ClassifyOutcome {
    let mut out = Map::new();
    out.insert("id".into(), id);
    for (key, value) in rest {
        if key != "id" {
            out.insert(key, value);
        }
    }
    out.extend(assessment_fields(assessment));
    ClassifyOutcome::Assessed(Value::Object(out))
}

/// Classifies one input line. Never fails: a bad line gives an error object.
///
/// The output keeps the input's other fields (all but `text`), then adds the contract fields,
/// which win on a name clash.
#[must_use]
pub fn classify_line(engine: &Engine, line: &[u8]) -> ClassifyOutcome {
    match parse_line(line) {
        Parsed::Answered(outcome) => outcome,
        Parsed::Post { id, rest, text } => assessed(id, rest, &engine.assess(&text)),
    }
}

/// Lines one worker assesses together: the cascade embeds the posts it asks MiniLM about in
/// one batch instead of one at a time.
const GROUP: usize = 32;

/// Classifies a group of lines with one [`Engine::assess_batch`] call; same answers as
/// [`classify_line`] on each.
fn classify_group(engine: &Engine, lines: &[Vec<u8>]) -> Vec<ClassifyOutcome> {
    let parsed: Vec<Parsed> = lines.iter().map(|l| parse_line(l)).collect();
    let texts: Vec<&str> = parsed
        .iter()
        .filter_map(|p| match p {
            Parsed::Post { text, .. } => Some(text.as_str()),
            Parsed::Answered(_) => None,
        })
        .collect();
    let mut assessments = engine.assess_batch(&texts).into_iter();
    parsed
        .into_iter()
        .map(|p| match p {
            Parsed::Answered(outcome) => outcome,
            Parsed::Post { id, rest, .. } => match assessments.next() {
                Some(assessment) => assessed(id, rest, &assessment),
                None => failed(id, "internal error: no assessment for this line"),
            },
        })
        .collect()
}

/// Classifies many lines on `workers` threads, keeping their order.
#[must_use]
pub fn classify_lines(engine: &Engine, lines: &[Vec<u8>], workers: usize) -> Vec<ClassifyOutcome> {
    let groups: Vec<&[Vec<u8>]> = lines.chunks(GROUP).collect();
    // A panicking worker would be a bug; answer every line of the batch with an error rather
    // than dropping some, so output stays aligned with input.
    map_in_order(groups, workers, 1, |group| classify_group(engine, group))
        .map(|answers| answers.into_iter().flatten().collect())
        .unwrap_or_else(|_| {
            lines
                .iter()
                .map(|_| failed(Value::Null, "internal error while classifying"))
                .collect()
        })
}
