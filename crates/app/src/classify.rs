//! `classify`: the machine-readable contract of DESIGN.md, one JSON line out per line in.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};
use upstander_core::Assessment;
use upstander_detect::Engine;

use crate::parallel::map_in_order;

/// One input line's result: a contract line, or an error line (`{"id": …, "error": "…"}`).
#[derive(Debug, Clone)]
pub struct ClassifyOutcome {
    /// The answer's fields, `id` included.
    object: Map<String, Value>,
    /// A numeric `id` exactly as the input wrote it, echoed in place of `object["id"]`:
    /// `serde_json` reads numbers as `u64`, `i64` or `f64`, so `123456789012345678901234567890`
    /// or `1E2` would otherwise come back as a float and no longer join with the input.
    raw_id: Option<Box<RawValue>>,
    failed: bool,
}

impl PartialEq for ClassifyOutcome {
    fn eq(&self, other: &Self) -> bool {
        self.object == other.object
            && self.failed == other.failed
            && self.raw_id.as_deref().map(RawValue::get)
                == other.raw_id.as_deref().map(RawValue::get)
    }
}

impl ClassifyOutcome {
    /// The answer for a line longer than `limit` bytes, which was skipped unread.
    #[must_use]
    pub fn line_too_long(limit: usize) -> Self {
        failed(
            InputId::default(),
            format!("line is longer than the limit of {limit} bytes (ingest.max_record_bytes)"),
        )
    }

    /// Whether this is an error line rather than an assessment.
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.failed
    }

    /// The JSON line (without the trailing newline).
    #[must_use]
    pub fn to_line(&self) -> String {
        // Writing a map of JSON values and one raw value to a string cannot fail; the fallback
        // keeps the line well-formed if it ever did.
        serde_json::to_string(self).unwrap_or_else(|e| {
            json!({ "id": Value::Null, "error": format!("internal error writing the answer: {e}") })
                .to_string()
        })
    }
}

impl Serialize for ClassifyOutcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.object.len()))?;
        for (key, value) in &self.object {
            match (&self.raw_id, key.as_str()) {
                (Some(raw), "id") => map.serialize_entry(key, raw)?,
                _ => map.serialize_entry(key, value)?,
            }
        }
        map.end()
    }
}

/// An input line's `id`: the parsed value, and for a number also its text as written.
#[derive(Debug, Default)]
struct InputId {
    value: Value,
    raw: Option<Box<RawValue>>,
}

impl InputId {
    /// The `id` of `object`, parsed from `text`.
    fn of(object: &Map<String, Value>, text: &str) -> Self {
        let value = object.get("id").cloned().unwrap_or(Value::Null);
        let raw = if value.is_number() {
            raw_id(text)
        } else {
            None
        };
        InputId { value, raw }
    }
}

/// The `id` member of the JSON object `text`, exactly as written. Only asked for numeric ids,
/// so the second parse costs nothing for the usual string ids. `None` when the object has the
/// key twice (the parsed map keeps the last; a struct refuses both), which falls back to the
/// parsed number.
fn raw_id(text: &str) -> Option<Box<RawValue>> {
    #[derive(serde::Deserialize)]
    struct IdOnly<'a> {
        #[serde(borrow)]
        id: &'a RawValue,
    }
    serde_json::from_str::<IdOnly<'_>>(text)
        .ok()
        .map(|only| only.id.to_owned())
}

fn failed(id: InputId, message: impl Into<String>) -> ClassifyOutcome {
    let mut object = Map::new();
    object.insert("id".into(), id.value);
    object.insert("error".into(), Value::String(message.into()));
    ClassifyOutcome {
        object,
        raw_id: id.raw,
        failed: true,
    }
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
        id: InputId,
        rest: Map<String, Value>,
        text: String,
    },
}

fn parse_line(line: &[u8]) -> Parsed {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Ok(text) = std::str::from_utf8(line) else {
        return Parsed::Answered(failed(InputId::default(), "line is not valid UTF-8"));
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Parsed::Answered(failed(InputId::default(), "empty line"));
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return Parsed::Answered(failed(
                InputId::default(),
                format!("invalid JSON at column {}: {e}", e.column()),
            ));
        }
    };
    let Value::Object(mut object) = value else {
        return Parsed::Answered(failed(
            InputId::default(),
            "expected a JSON object with a `text` field",
        ));
    };
    let id = InputId::of(&object, text);
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

fn assessed(id: InputId, rest: Map<String, Value>, assessment: &Assessment) -> ClassifyOutcome {
    let mut out = Map::new();
    out.insert("id".into(), id.value);
    for (key, value) in rest {
        if key != "id" {
            out.insert(key, value);
        }
    }
    out.extend(assessment_fields(assessment));
    ClassifyOutcome {
        object: out,
        raw_id: id.raw,
        failed: false,
    }
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
                .map(|_| failed(InputId::default(), "internal error while classifying"))
                .collect()
        })
}
