//! Data-set loaders: each set's labels mapped to our taxonomy, in one [`Example`] shape.
//!
//! The mapping per set (hateful vs not, category, target group) is documented on each loader
//! and in `resources/model/README.md`. Rows a set cannot label with confidence are dropped
//! rather than guessed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{Result, TrainError};

/// Which side of the evaluation wall an example is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Split {
    /// Fitted on.
    Train,
    /// Calibration and threshold choice.
    Validation,
    /// Never trained on; `upstander eval` only.
    Test,
}

/// One labelled text in our vocabulary.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Short set name (`dynahate`, `contrastive`, …).
    pub set: &'static str,
    /// The post.
    pub text: String,
    /// 1 hateful, 0 not.
    pub hateful: bool,
    /// Category ids the set gives (`HATE.THREAT`, …); `None` when the set has no category
    /// labels for this row, so the row takes no part in training the category heads.
    pub categories: Option<Vec<String>>,
    /// Top-level target-group ids (`TG.RELIGION`, …); empty when unknown.
    pub targets: Vec<String>,
    /// Rows with the same group key always land in the same split (contrast pairs, a post and
    /// its replies).
    pub group: String,
    /// The split the set's authors fixed, if any.
    pub official: Option<Split>,
}

/// The sets `upstander train` reads, by folder name under the data directory.
pub const SETS: &[&str] = &[
    "dynahate",
    "hatemojibuild",
    "hatexplain",
    "crowdcounter",
    "davidson",
    "ethos",
    "stormfront",
    "edos",
    "toxigen",
    "sbic",
];

fn open(dir: &Path, file: &str, delimiter: u8) -> Result<(PathBuf, csv::Reader<std::fs::File>)> {
    let path = dir.join(file);
    let reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .from_path(&path)
        .map_err(|e| TrainError::data(&path, None, e.to_string()))?;
    Ok((path, reader))
}

fn rows<T: for<'de> Deserialize<'de>>(dir: &Path, file: &str, delimiter: u8) -> Result<Vec<T>> {
    let (path, mut reader) = open(dir, file, delimiter)?;
    let mut out = Vec::new();
    for (i, row) in reader.deserialize::<T>().enumerate() {
        // Line 1 is the header.
        out.push(row.map_err(|e| TrainError::data(&path, Some(i + 2), e.to_string()))?);
    }
    Ok(out)
}

/// Maps a Dynabench target code (DynaHate, HatemojiBuild) to a top-level target group.
#[must_use]
pub fn dynabench_target(code: &str) -> Option<&'static str> {
    let code = code
        .trim()
        .trim_matches(|c| c == '\'' || c == '"' || c == ' ');
    let head = code.split('.').next().unwrap_or(code);
    Some(match head {
        "bla" | "african" | "mixed" | "non" | "asi" | "arab" | "hispanic" | "indig" | "ethnic"
        | "trav" | "asian" => "TG.RACE",
        "mus" | "jew" => "TG.RELIGION",
        "other" if code == "other.religion" => "TG.RELIGION",
        "gay" | "gayman" | "gaywom" | "bis" | "lgbtq" => "TG.SEXUAL_ORIENTATION",
        "trans" | "gendermin" => "TG.TRANSGENDER",
        "wom" => "TG.SEX_GENDER",
        "dis" => "TG.DISABILITY",
        "immig" | "ref" | "asylum" | "for" | "pol" | "eastern" | "russian" => "TG.MIGRATION_STATUS",
        _ => return None,
    })
}

fn targets_of(codes: &str) -> Vec<String> {
    let mut out: Vec<String> = codes
        .split([',', '[', ']'])
        .filter_map(dynabench_target)
        .map(str::to_owned)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Dynabench types to categories; `notgiven` (round 1) means "no category labels".
fn dynabench_category(kind: &str) -> Option<Vec<String>> {
    let id = match kind.trim() {
        "none" => return Some(Vec::new()),
        "derogation" => "HATE.DEROGATION",
        "animosity" => "HATE.IMPLICIT_ANIMOSITY",
        "dehumanization" | "dehumanizinglanguage" => "HATE.DEHUMANISATION",
        "threatening" | "threateninglanguage" => "HATE.THREAT",
        "support" => "HATE.SUPPORT_HATEFUL_ENTITY",
        _ => return None,
    };
    Some(vec![id.to_owned()])
}

#[derive(Deserialize)]
struct DynaRow {
    #[serde(rename = "acl.id")]
    id: String,
    text: String,
    label: String,
    #[serde(rename = "type")]
    kind: String,
    target: String,
    #[serde(rename = "acl.id.matched")]
    matched: String,
}

/// DynaHate R1–R4: `hate` → hateful; type → category (derogation, animosity → implicit
/// animosity, dehumanisation, threatening → threat, support); target codes → groups. The
/// dev file is split into train/validation (pairs kept together), the test file is test.
fn dynahate(dir: &Path) -> Result<Vec<Example>> {
    let mut out = Vec::new();
    for (file, split) in [
        ("dynahate_dev.csv", None),
        ("dynahate_test.csv", Some(Split::Test)),
    ] {
        for r in rows::<DynaRow>(dir, file, b',')? {
            let hateful = r.label == "hate";
            let group = if r.matched.trim().is_empty() || r.matched > r.id {
                r.id.clone()
            } else {
                r.matched.clone()
            };
            out.push(Example {
                set: "dynahate",
                hateful,
                categories: if hateful {
                    dynabench_category(&r.kind)
                } else {
                    Some(Vec::new())
                },
                targets: targets_of(&r.target),
                text: r.text,
                group: format!("dyna:{group}"),
                official: split,
            });
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct HatemojiRow {
    entry_id: String,
    text: String,
    #[serde(rename = "type")]
    kind: String,
    target: String,
    label_gold: u8,
    matched_id: String,
}

/// HatemojiBuild R5–R7: `label_gold`, type and target as DynaHate; the authors' splits.
fn hatemoji(dir: &Path) -> Result<Vec<Example>> {
    let mut out = Vec::new();
    for (file, split) in [
        ("train.csv", Split::Train),
        ("validation.csv", Split::Validation),
        ("test.csv", Split::Test),
    ] {
        for r in rows::<HatemojiRow>(dir, file, b',')? {
            let hateful = r.label_gold == 1;
            let a: u64 = r.entry_id.parse().unwrap_or(0);
            let b: u64 = r.matched_id.parse().unwrap_or(a);
            out.push(Example {
                set: "hatemojibuild",
                hateful,
                categories: if hateful {
                    dynabench_category(&r.kind)
                } else {
                    Some(Vec::new())
                },
                targets: targets_of(&r.target),
                text: r.text,
                group: format!("emoji:{}", a.min(b)),
                official: Some(split),
            });
        }
    }
    Ok(out)
}

fn hatexplain_target(name: &str) -> Option<&'static str> {
    Some(match name.trim() {
        "African" | "Arab" | "Asian" | "Hispanic" | "Caucasian" | "Indian" | "Indigenous" => {
            "TG.RACE"
        }
        "Islam" | "Jewish" | "Christian" | "Hindu" | "Buddhism" => "TG.RELIGION",
        "Homosexual" | "Bisexual" => "TG.SEXUAL_ORIENTATION",
        "Women" => "TG.SEX_GENDER",
        "Disability" => "TG.DISABILITY",
        "Refugee" => "TG.MIGRATION_STATUS",
        _ => return None,
    })
}

#[derive(Deserialize)]
struct HatexplainRow {
    post_id: String,
    split: String,
    text: String,
    majority_label: String,
    targets_majority: String,
}

/// HateXplain val + test: majority `hatespeech` → hateful, `offensive`/`normal` → not;
/// majority targets → groups. Val is split into train/validation, test stays test.
fn hatexplain(dir: &Path) -> Result<Vec<Example>> {
    Ok(rows::<HatexplainRow>(dir, "hatexplain_val_test.csv", b',')?
        .into_iter()
        .map(|r| {
            let mut targets: Vec<String> = r
                .targets_majority
                .split('|')
                .filter_map(hatexplain_target)
                .map(str::to_owned)
                .collect();
            targets.sort();
            targets.dedup();
            Example {
                set: "hatexplain",
                hateful: r.majority_label == "hatespeech",
                categories: None,
                targets,
                text: r.text,
                group: format!("hx:{}", r.post_id),
                official: (r.split == "test").then_some(Split::Test),
            }
        })
        .collect())
}

#[derive(Deserialize)]
struct CrowdRow {
    split: String,
    hatespeech: String,
    counterspeech: String,
    hatexplain_overlap: String,
}

/// CrowdCounter: the hateful post → hateful, each counter-speech reply → not hateful (the
/// contrast the data sets otherwise lack). A post and its replies share a group. Posts that
/// are in HateXplain's test split are dropped (HateXplain test is evaluated on).
fn crowdcounter(dir: &Path) -> Result<Vec<Example>> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, ()> = HashMap::new();
    for r in rows::<CrowdRow>(dir, "crowdcounter_pairs.csv", b',')? {
        if r.hatexplain_overlap == "test" {
            continue;
        }
        let split = match r.split.as_str() {
            "test" => Some(Split::Test),
            _ => None,
        };
        let group = format!("cc:{}", r.hatespeech);
        if seen.insert(r.hatespeech.clone(), ()).is_none() {
            out.push(Example {
                set: "crowdcounter",
                text: r.hatespeech.clone(),
                hateful: true,
                categories: None,
                targets: Vec::new(),
                group: group.clone(),
                official: split,
            });
        }
        out.push(Example {
            set: "crowdcounter",
            text: r.counterspeech,
            hateful: false,
            categories: None,
            targets: Vec::new(),
            group,
            official: split,
        });
    }
    Ok(out)
}

#[derive(Deserialize)]
struct DavidsonRow {
    class: u8,
    tweet: String,
}

/// Davidson 2017: class 0 (hate) → hateful; offensive and neither → not hateful.
fn davidson(dir: &Path) -> Result<Vec<Example>> {
    Ok(rows::<DavidsonRow>(dir, "labeled_data.csv", b',')?
        .into_iter()
        .map(|r| Example {
            set: "davidson",
            group: format!("dav:{}", r.tweet),
            text: r.tweet,
            hateful: r.class == 0,
            categories: None,
            targets: Vec::new(),
            official: None,
        })
        .collect())
}

#[derive(Deserialize)]
struct EthosRow {
    comment: String,
    #[serde(rename = "isHate")]
    is_hate: f32,
}

#[derive(Deserialize)]
struct EthosMulti {
    comment: String,
    violence: f32,
    gender: f32,
    race: f32,
    national_origin: f32,
    disability: f32,
    religion: f32,
    sexual_orientation: f32,
}

/// ETHOS binary: isHate ≥ 0.5 → hateful. The multi-label file adds, for hateful rows,
/// violence ≥ 0.5 → threat and each characteristic ≥ 0.5 → its group.
fn ethos(dir: &Path) -> Result<Vec<Example>> {
    let multi: HashMap<String, EthosMulti> =
        rows::<EthosMulti>(dir, "Ethos_Dataset_Multi_Label.csv", b';')?
            .into_iter()
            .map(|m| (m.comment.clone(), m))
            .collect();
    Ok(rows::<EthosRow>(dir, "Ethos_Dataset_Binary.csv", b';')?
        .into_iter()
        .map(|r| {
            let m = multi.get(&r.comment);
            let mut targets = Vec::new();
            if let Some(m) = m {
                for (v, id) in [
                    (m.gender, "TG.SEX_GENDER"),
                    (m.race, "TG.RACE"),
                    (m.national_origin, "TG.RACE"),
                    (m.disability, "TG.DISABILITY"),
                    (m.religion, "TG.RELIGION"),
                    (m.sexual_orientation, "TG.SEXUAL_ORIENTATION"),
                ] {
                    if v >= 0.5 && !targets.iter().any(|t| t == id) {
                        targets.push(id.to_owned());
                    }
                }
            }
            let hateful = r.is_hate >= 0.5;
            let categories = match (hateful, m) {
                (false, _) => Some(Vec::new()),
                (true, Some(m)) if m.violence >= 0.5 => Some(vec!["HATE.THREAT".to_owned()]),
                _ => None,
            };
            Example {
                set: "ethos",
                group: format!("ethos:{}", r.comment),
                text: r.comment,
                hateful,
                categories,
                targets,
                official: None,
            }
        })
        .collect())
}

#[derive(Deserialize)]
struct StormRow {
    label: String,
    sampled_split: String,
    text: String,
    file_id: String,
}

/// Stormfront (de Gibert 2018): `hate` → hateful, `noHate` → not; `relation` and
/// `idk/skip` dropped. The authors' balanced `sampled_test` is test.
fn stormfront(dir: &Path) -> Result<Vec<Example>> {
    Ok(rows::<StormRow>(dir, "stormfront_sentences.csv", b',')?
        .into_iter()
        .filter(|r| r.label == "hate" || r.label == "noHate")
        .map(|r| Example {
            set: "stormfront",
            hateful: r.label == "hate",
            categories: None,
            targets: Vec::new(),
            group: format!("sf:{}", r.file_id),
            official: (r.sampled_split == "sampled_test").then_some(Split::Test),
            text: r.text,
        })
        .collect())
}

#[derive(Deserialize)]
struct EdosRow {
    rewire_id: String,
    text: String,
    label_sexist: String,
    label_category: String,
    split: String,
}

/// EDOS: `sexist` → hateful with target women; category 1 → threat, 2 → derogation,
/// 3 → implicit animosity, 4 (prejudiced discussion) → no category. Official splits.
fn edos(dir: &Path) -> Result<Vec<Example>> {
    Ok(rows::<EdosRow>(dir, "edos_labelled_aggregated.csv", b',')?
        .into_iter()
        .map(|r| {
            let hateful = r.label_sexist == "sexist";
            let categories = if !hateful {
                Some(Vec::new())
            } else if r.label_category.starts_with("1.") {
                Some(vec!["HATE.THREAT".to_owned()])
            } else if r.label_category.starts_with("2.") {
                Some(vec!["HATE.DEROGATION".to_owned()])
            } else if r.label_category.starts_with("3.") {
                Some(vec!["HATE.IMPLICIT_ANIMOSITY".to_owned()])
            } else {
                None
            };
            Example {
                set: "edos",
                hateful,
                categories,
                targets: if hateful {
                    vec!["TG.SEX_GENDER".to_owned()]
                } else {
                    Vec::new()
                },
                group: format!("edos:{}", r.rewire_id),
                official: Some(match r.split.as_str() {
                    "test" => Split::Test,
                    "dev" => Split::Validation,
                    _ => Split::Train,
                }),
                text: r.text,
            }
        })
        .collect())
}

#[derive(Deserialize)]
struct ToxigenRow {
    text: String,
    target_group: String,
    toxicity_human: f32,
}

fn toxigen_target(group: &str) -> Option<&'static str> {
    Some(match group {
        "asian" | "black" | "chinese" | "latino" | "mexican" | "native_american"
        | "middle_east" => "TG.RACE",
        "jewish" | "muslim" => "TG.RELIGION",
        "lgbtq" => "TG.SEXUAL_ORIENTATION",
        "women" => "TG.SEX_GENDER",
        "mental_dis" | "physical_dis" => "TG.DISABILITY",
        _ => return None,
    })
}

/// Unquotes ToxiGen's Python bytes literals (`b'...'`), keeping it simple: the common
/// escapes and `\xNN` byte sequences decoded as UTF-8.
#[must_use]
pub fn unbytes(literal: &str) -> String {
    let inner = literal
        .strip_prefix("b'")
        .and_then(|s| s.strip_suffix('\''))
        .or_else(|| {
            literal
                .strip_prefix("b\"")
                .and_then(|s| s.strip_suffix('"'))
        })
        .unwrap_or(literal);
    let mut bytes = Vec::with_capacity(inner.len());
    let mut chars = inner.bytes().peekable();
    while let Some(b) = chars.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        match chars.next() {
            Some(b'n') => bytes.push(b'\n'),
            Some(b't') => bytes.push(b'\t'),
            Some(b'r') => bytes.push(b'\r'),
            Some(b'x') => {
                let hi = chars.next();
                let lo = chars.next();
                let hex = [hi.unwrap_or(b'0'), lo.unwrap_or(b'0')];
                let value = std::str::from_utf8(&hex)
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                bytes.push(value.unwrap_or(b'?'));
            }
            Some(other) => bytes.push(other),
            None => bytes.push(b'\\'),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// ToxiGen annotated: human toxicity ≥ 4 → hateful, ≤ 2 → not, between dropped; the prompt
/// group → target (for harmless rows too: they mention the group, which is what the target
/// heads learn).
fn toxigen(dir: &Path) -> Result<Vec<Example>> {
    Ok(
        rows::<ToxigenRow>(dir, "toxigen_annotated_train.csv", b',')?
            .into_iter()
            .filter(|r| r.toxicity_human >= 4.0 || r.toxicity_human <= 2.0)
            .map(|r| {
                let text = unbytes(&r.text);
                Example {
                    set: "toxigen",
                    hateful: r.toxicity_human >= 4.0,
                    categories: if r.toxicity_human >= 4.0 {
                        None
                    } else {
                        Some(Vec::new())
                    },
                    targets: toxigen_target(&r.target_group)
                        .map(|t| vec![t.to_owned()])
                        .unwrap_or_default(),
                    group: format!("tox:{text}"),
                    text,
                    official: None,
                }
            })
            .collect(),
    )
}

#[derive(Deserialize)]
struct SbicRow {
    post: String,
    #[serde(rename = "targetCategory")]
    target_category: String,
    #[serde(rename = "targetStereotype")]
    target_stereotype: String,
    #[serde(rename = "whoTarget")]
    who_target: Option<f32>,
    #[serde(rename = "offensiveYN")]
    offensive: Option<f32>,
}

/// SBIC v2 dev + test: offensive ≥ 0.5, group-targeted ≥ 0.5 and an implied stereotype →
/// hateful; offensive < 0.5 → not; the rest dropped. `race` → TG.RACE, `disabled` →
/// TG.DISABILITY (other categories are too coarse to map). Dev → train/validation.
fn sbic(dir: &Path) -> Result<Vec<Example>> {
    let mut out = Vec::new();
    for (file, split) in [
        ("SBIC.v2.agg.dev.csv", None),
        ("SBIC.v2.agg.tst.csv", Some(Split::Test)),
    ] {
        let (path, mut reader) = open(dir, file, b',')?;
        for (i, row) in reader.deserialize::<SbicRow>().enumerate() {
            let r = row.map_err(|e| TrainError::data(&path, Some(i + 2), e.to_string()))?;
            let offensive = r.offensive.unwrap_or(0.0);
            let stereotype =
                r.target_stereotype.trim() != "[]" && !r.target_stereotype.trim().is_empty();
            let hateful = if offensive >= 0.5 && r.who_target.unwrap_or(0.0) >= 0.5 && stereotype {
                true
            } else if offensive < 0.5 {
                false
            } else {
                continue;
            };
            let mut targets = Vec::new();
            if r.target_category.contains("race") {
                targets.push("TG.RACE".to_owned());
            }
            if r.target_category.contains("disabled") {
                targets.push("TG.DISABILITY".to_owned());
            }
            let text = r.post.trim().to_owned();
            out.push(Example {
                set: "sbic",
                hateful,
                categories: None,
                targets,
                group: format!("sbic:{text}"),
                text,
                official: split,
            });
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct ContrastiveRow {
    text: String,
    label: u8,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    target: Option<String>,
    pair_id: String,
    source: String,
}

/// Top-level group of a taxonomy target id (`TG.RELIGION.MUSLIM` → `TG.RELIGION`).
#[must_use]
pub fn top_level(target: &str) -> String {
    let mut parts = target.split('.');
    match (parts.next(), parts.next()) {
        (Some(a), Some(b)) => format!("{a}.{b}"),
        _ => target.to_owned(),
    }
}

/// Our own contrastive set (`resources/training/contrastive.jsonl`): label, category and
/// target as written; split by `pair_id`.
///
/// # Errors
/// The file cannot be read, or a line is not a valid row (with its line number).
pub fn contrastive(path: &Path) -> Result<Vec<Example>> {
    own_set(path, "contrastive")
}

/// A set of our own in the contrastive set's row format, loaded under the name `set`
/// (`contrastive`, or `encoder_pairs` for the pairs only the encoder is tuned on).
///
/// # Errors
/// The file cannot be read, or a line is not a valid row (with its line number).
pub fn own_set(path: &Path, set: &'static str) -> Result<Vec<Example>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| TrainError::data(path, None, e.to_string()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let r: ContrastiveRow = serde_json::from_str(line)
            .map_err(|e| TrainError::data(path, Some(i + 1), e.to_string()))?;
        if r.label > 1 || r.source.is_empty() {
            return Err(TrainError::data(
                path,
                Some(i + 1),
                "label must be 0 or 1 and source set",
            ));
        }
        let hateful = r.label == 1;
        let category = r.category.filter(|c| c.starts_with("HATE."));
        out.push(Example {
            set,
            hateful,
            categories: Some(if hateful {
                category.into_iter().collect()
            } else {
                Vec::new()
            }),
            targets: r
                .target
                .filter(|t| t.starts_with("TG."))
                .map(|t| vec![top_level(&t)])
                .unwrap_or_default(),
            // `con:` for the contrastive set: its splits were fixed with that key.
            group: if set == "contrastive" {
                format!("con:{}", r.pair_id)
            } else {
                format!("{set}:{}", r.pair_id)
            },
            text: r.text,
            official: None,
        });
    }
    Ok(out)
}

fn folder(set: &str) -> &'static str {
    match set {
        "dynahate" => "dynahate-r1r4-devtest",
        "hatemojibuild" => "hatemojibuild",
        "hatexplain" => "hatexplain",
        "crowdcounter" => "crowdcounter",
        "davidson" => "davidson-2017",
        "ethos" => "ethos",
        "stormfront" => "stormfront-degibert-2018",
        "edos" => "edos-semeval2023",
        "toxigen" => "toxigen-annotated",
        _ => "sbic-v2-agg-devtest",
    }
}

/// Loads one public set from the data directory.
///
/// # Errors
/// A missing folder or file, or a malformed row (naming the file and line).
pub fn load_set(data: &Path, set: &str) -> Result<Vec<Example>> {
    let dir = data.join(folder(set));
    if !dir.is_dir() {
        return Err(TrainError::data(&dir, None, "data set folder not found"));
    }
    match set {
        "dynahate" => dynahate(&dir),
        "hatemojibuild" => hatemoji(&dir),
        "hatexplain" => hatexplain(&dir),
        "crowdcounter" => crowdcounter(&dir),
        "davidson" => davidson(&dir),
        "ethos" => ethos(&dir),
        "stormfront" => stormfront(&dir),
        "edos" => edos(&dir),
        "toxigen" => toxigen(&dir),
        "sbic" => sbic(&dir),
        other => Err(TrainError::data(
            data,
            None,
            format!("unknown data set `{other}`"),
        )),
    }
}

/// Loads every set in [`SETS`] from `data`.
///
/// # Errors
/// `data` is not a directory, or any set fails to load.
pub fn load_all(data: &Path) -> Result<Vec<Example>> {
    if !data.is_dir() {
        return Err(TrainError::data(
            data,
            None,
            "data directory not found (pass --data PATH; the labelled sets live in ../shared/data)",
        ));
    }
    let mut out = Vec::new();
    for set in SETS {
        out.extend(load_set(data, set)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dynabench_codes_map_to_top_level_groups() {
        assert_eq!(targets_of("['bla', 'mus']"), vec!["TG.RACE", "TG.RELIGION"]);
        assert_eq!(
            targets_of("asi.south,wom"),
            vec!["TG.RACE", "TG.SEX_GENDER"]
        );
        assert!(targets_of("none").is_empty());
        assert!(targets_of("notgiven").is_empty());
    }

    #[test]
    fn toxigen_bytes_literals_are_unquoted() {
        assert_eq!(unbytes("b'it\\'s fine'"), "it's fine");
        assert_eq!(unbytes("b\"caf\\xc3\\xa9\""), "café");
        assert_eq!(unbytes("not a literal"), "not a literal");
    }

    #[test]
    fn a_subgroup_id_maps_to_its_top_level_group() {
        assert_eq!(top_level("TG.RELIGION.MUSLIM"), "TG.RELIGION");
        assert_eq!(top_level("TG.RACE"), "TG.RACE");
    }

    #[test]
    fn a_missing_data_directory_names_the_path() {
        let err = load_all(Path::new("/no/such/dir")).unwrap_err();
        assert!(err.to_string().contains("/no/such/dir"), "{err}");
    }
}
