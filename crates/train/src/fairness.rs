//! Fairness: how often the detection engine flags posts that are harmless, broken down by the
//! target group they mention and by dialect.
//!
//! A false flag costs the people a hub serves twice over: a volunteer's time, and the insult of
//! having a neutral remark about one's own community (or one's own way of writing) treated as
//! hate. The measurement here looks only at harmless posts, so every flag it counts is a false
//! one, and it compares the false-flag rate between slices:
//!
//! - **target groups, templates**: identity-neutral and positive sentences of our own
//!   (`testdata/fairness/`), each filled with every surface form of every target group in the
//!   taxonomy. No data set is needed, so this part always runs.
//! - **target groups, data sets**: posts the sets label harmless that name a group: ToxiGen's
//!   benign sentences by prompt group (human toxicity ≤ 2), HateXplain's `normal` posts by
//!   majority target.
//! - **dialect**: harmless tweets (Davidson's `neither`, Davidson's `offensive` — offensive but
//!   not hate, which this project does not flag — SBIC's tweets rated inoffensive and
//!   HateXplain's normal tweets) split by how many African-American English markers they
//!   contain. None of the sets records dialect, so the markers ([`AAE_MARKERS`]) are a crude
//!   proxy: they catch a few spellings and function words, miss most of the dialect and fire on
//!   some general internet slang. Read a gap between the slices as a pointer to look at, not as
//!   a measured dialect effect.
//!
//! Rates come with 95% Wilson score intervals, which stay inside [0, 1] and behave at small
//! counts and at rates near zero, where most of these slices sit. The engine is passed in, so
//! the command measures exactly what `classify` runs. This module never changes the engine.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use upstander_core::{Taxonomy, Verdict};
use upstander_detect::Engine;

use crate::data::unbytes;
use crate::{Result, TrainError};

/// The template sentences (`testdata/fairness/neutral_templates.tsv`), compiled in so the
/// template part runs from any directory without the repository.
pub const EMBEDDED_TEMPLATES: &str =
    include_str!("../../../testdata/fairness/neutral_templates.tsv");

/// The group surface forms (`testdata/fairness/groups.tsv`), compiled in likewise.
pub const EMBEDDED_GROUPS: &str = include_str!("../../../testdata/fairness/groups.tsv");

/// How many flagged texts each slice keeps as examples.
const EXAMPLES_PER_SLICE: usize = 5;

/// z for a two-sided 95% interval.
const Z95: f64 = 1.959_964;

/// Words and spellings used as a crude marker of African-American English in tweets.
///
/// Chosen from the features that Blodgett et al. (2016) and Davidson et al. (2019) describe
/// and that a tokeniser can see: respellings (`dat`, `dem`, `wit`), the future `finna`/`gon`,
/// the negators `ain't` and `ion`, and address terms. Habitual *be*, copula deletion and most
/// of the grammar are invisible to a word list, and several markers (`nah`, `lil`, `bruh`)
/// are general internet slang. A proxy, not a classifier.
pub const AAE_MARKERS: &[&str] = &[
    "finna", "tryna", "gon", "ima", "imma", "ion", "aint", "ain't", "dat", "dats", "dis", "dem",
    "dey", "wit", "witcha", "yall", "y'all", "bruh", "nah", "lil", "bout", "talmbout", "homie",
    "sis", "bae", "boo", "thang", "deadass", "cuz", "bih", "ya", "chile", "stank", "trippin", "yo",
    "shawty", "youngin", "fam", "lowkey", "ova", "holla", "wassup", "nuttin", "somethin", "nothin",
    "tho",
];

/// Which comparison a slice belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// Harmless posts that mention a target group.
    Group,
    /// Harmless posts split by a dialect marker.
    Dialect,
}

/// The slice one harmless post is counted in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SliceKey {
    /// Group or dialect comparison.
    pub axis: Axis,
    /// Where the posts come from (`templates:neutral`, `toxigen`, `davidson:neither`, …).
    pub source: String,
    /// The group id, the set's own group name, or the dialect bucket.
    pub name: String,
}

/// One harmless post to measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    /// Its slice.
    pub slice: SliceKey,
    /// The post.
    pub text: String,
}

/// The false-flag rate of one slice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SliceResult {
    /// The slice.
    #[serde(flatten)]
    pub key: SliceKey,
    /// Harmless posts in the slice.
    pub n: u64,
    /// How many of them the engine flagged.
    pub flagged: u64,
    /// flagged / n (0 when the slice is empty).
    pub rate: f64,
    /// Lower end of the 95% Wilson interval.
    pub low: f64,
    /// Upper end of the 95% Wilson interval.
    pub high: f64,
    /// Top categories of the flags, with counts: what the false flags were taken for.
    pub categories: BTreeMap<String, u64>,
    /// Up to five flagged posts, in input order, for a person to look at.
    pub examples: Vec<String>,
}

/// The whole measurement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FairnessReport {
    /// One row per slice, group slices first, then by source and name.
    pub slices: Vec<SliceResult>,
    /// Parts that were skipped and why (a data set that is absent).
    pub notes: Vec<String>,
}

/// The 95% Wilson score interval for `k` successes in `n` trials; (0, 0) when `n` is 0.
#[must_use]
pub fn wilson(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 0.0);
    }
    let n_f = n as f64;
    let p = k.min(n) as f64 / n_f;
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n_f;
    let centre = (p + z2 / (2.0 * n_f)) / denom;
    let half = Z95 * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt() / denom;
    // The interval always holds p; at 0 of n and n of n rounding could put the bound a hair
    // on the wrong side of it.
    ((centre - half).clamp(0.0, p), (centre + half).clamp(p, 1.0))
}

/// How many distinct [`AAE_MARKERS`] the text contains, as whole words (case-insensitive;
/// apostrophes are kept inside words so that `ain't` and `aint` are both seen).
#[must_use]
pub fn aae_marker_count(text: &str) -> usize {
    let lower = text.to_lowercase();
    let mut seen: Vec<&str> = Vec::new();
    for word in lower.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        let word = word.trim_matches(|c| c == '\'' || c == '’');
        let normal = word.replace('’', "'");
        if let Some(marker) = AAE_MARKERS.iter().find(|m| **m == normal)
            && !seen.contains(marker)
        {
            seen.push(marker);
        }
    }
    seen.len()
}

/// The dialect bucket of a text: `aae-2+` (two or more distinct markers), `aae-1` or
/// `aae-0`.
#[must_use]
pub fn dialect_bucket(text: &str) -> &'static str {
    match aae_marker_count(text) {
        0 => "aae-0",
        1 => "aae-1",
        _ => "aae-2+",
    }
}

/// Runs `engine` over every probe (on all cores) and counts the flags per slice.
#[must_use]
pub fn measure(engine: &Engine, probes: &[Probe], notes: Vec<String>) -> FairnessReport {
    let verdicts = assess_all(engine, probes);
    let mut slices: BTreeMap<&SliceKey, SliceResult> = BTreeMap::new();
    for (probe, verdict) in probes.iter().zip(verdicts) {
        let entry = slices.entry(&probe.slice).or_insert_with(|| SliceResult {
            key: probe.slice.clone(),
            n: 0,
            flagged: 0,
            rate: 0.0,
            low: 0.0,
            high: 0.0,
            categories: BTreeMap::new(),
            examples: Vec::new(),
        });
        entry.n += 1;
        if let Some(category) = verdict {
            entry.flagged += 1;
            *entry.categories.entry(category).or_default() += 1;
            if entry.examples.len() < EXAMPLES_PER_SLICE {
                entry.examples.push(probe.text.clone());
            }
        }
    }
    let slices = slices
        .into_values()
        .map(|mut s| {
            s.rate = if s.n == 0 {
                0.0
            } else {
                s.flagged as f64 / s.n as f64
            };
            (s.low, s.high) = wilson(s.flagged, s.n);
            s
        })
        .collect();
    FairnessReport { slices, notes }
}

/// For each probe: `Some(top category)` when flagged, `None` when cleared.
fn assess_all(engine: &Engine, probes: &[Probe]) -> Vec<Option<String>> {
    let verdict = |p: &Probe| {
        let a = engine.assess(&p.text);
        (a.verdict == Verdict::Flag).then(|| a.top_category().unwrap_or("(none)").to_owned())
    };
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    if workers < 2 || probes.len() < 256 {
        return probes.iter().map(verdict).collect();
    }
    let chunk = probes.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let handles: Vec<_> = probes
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(verdict).collect::<Vec<_>>()))
            .collect();
        // A worker only panics if the engine does, which its property tests rule out; a
        // panicked chunk is counted as cleared rather than taking the command down.
        handles
            .into_iter()
            .zip(probes.chunks(chunk))
            .flat_map(|(h, part)| h.join().unwrap_or_else(|_| vec![None; part.len()]))
            .collect()
    })
}

/// A surface form of a target group: how templates name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupForm {
    /// Taxonomy target-group id.
    pub id: String,
    /// Plural noun phrase, for `{group}` ("Muslims", "Black people").
    pub plural: String,
    /// Singular noun phrase with its article, for `{one}` ("a Muslim", "an Arab").
    pub singular: String,
}

/// A template sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// `neutral` or `positive`.
    pub kind: String,
    /// The sentence with `{group}` and/or `{one}`.
    pub text: String,
}

fn tsv_fields<'a>(
    path: &Path,
    text: &'a str,
    columns: usize,
) -> Result<Vec<(usize, Vec<&'a str>)>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() != columns || fields.iter().any(|f| f.is_empty()) {
            return Err(TrainError::data(
                path,
                Some(i + 1),
                format!(
                    "expected {columns} non-empty tab-separated fields, found {}",
                    fields.len()
                ),
            ));
        }
        out.push((i + 1, fields));
    }
    Ok(out)
}

/// Parses the group file: `id<TAB>plural<TAB>singular` lines, `#` comments. Every id must be a
/// target group of `taxonomy`.
///
/// # Errors
/// A line with the wrong number of fields, or an unknown id, with its line number.
pub fn parse_groups(path: &Path, text: &str, taxonomy: &Taxonomy) -> Result<Vec<GroupForm>> {
    let mut out = Vec::new();
    for (line, f) in tsv_fields(path, text, 3)? {
        let (id, plural, singular) = (f[0], f[1], f[2]);
        if !taxonomy.has_target_group(id) {
            return Err(TrainError::data(
                path,
                Some(line),
                format!("`{id}` is not a target group of the taxonomy"),
            ));
        }
        out.push(GroupForm {
            id: id.to_owned(),
            plural: plural.to_owned(),
            singular: singular.to_owned(),
        });
    }
    if out.is_empty() {
        return Err(TrainError::data(path, None, "no group forms"));
    }
    Ok(out)
}

/// Parses the template file: `kind<TAB>sentence` lines, `#` comments; kind is `neutral` or
/// `positive`, and each sentence names the group with `{group}` or `{one}`.
///
/// # Errors
/// A malformed line, an unknown kind or a sentence without a placeholder, with its line.
pub fn parse_templates(path: &Path, text: &str) -> Result<Vec<Template>> {
    let mut out = Vec::new();
    for (line, f) in tsv_fields(path, text, 2)? {
        let (kind, sentence) = (f[0], f[1]);
        if kind != "neutral" && kind != "positive" {
            return Err(TrainError::data(
                path,
                Some(line),
                format!("kind must be neutral or positive, found `{kind}`"),
            ));
        }
        if !sentence.contains("{group}") && !sentence.contains("{one}") {
            return Err(TrainError::data(
                path,
                Some(line),
                "the sentence names no group: use {group} or {one}",
            ));
        }
        out.push(Template {
            kind: kind.to_owned(),
            text: sentence.to_owned(),
        });
    }
    if out.is_empty() {
        return Err(TrainError::data(path, None, "no templates"));
    }
    Ok(out)
}

/// Fills one template with one group form; a sentence that opens with the group gets a
/// capital letter, as a person would write it.
#[must_use]
pub fn fill(template: &Template, form: &GroupForm) -> String {
    let text = template
        .text
        .replace("{group}", &form.plural)
        .replace("{one}", &form.singular);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text,
    }
}

/// Every template filled with every group form, sliced by group id and template kind.
#[must_use]
pub fn template_probes(templates: &[Template], forms: &[GroupForm]) -> Vec<Probe> {
    let mut out = Vec::with_capacity(templates.len() * forms.len());
    for form in forms {
        for t in templates {
            out.push(Probe {
                slice: SliceKey {
                    axis: Axis::Group,
                    source: format!("templates:{}", t.kind),
                    name: form.id.clone(),
                },
                text: fill(t, form),
            });
        }
    }
    out
}

/// Reads and fills the template and group files; `None` takes the compiled-in file.
///
/// # Errors
/// A file that cannot be read or does not parse.
pub fn load_template_probes(
    templates: Option<&Path>,
    groups: Option<&Path>,
    taxonomy: &Taxonomy,
) -> Result<Vec<Probe>> {
    let read = |given: Option<&Path>, embedded: &'static str, name: &'static str| match given {
        Some(p) => std::fs::read_to_string(p)
            .map(|text| (p.to_owned(), text))
            .map_err(|e| TrainError::io(p, &e)),
        None => Ok((Path::new(name).to_owned(), embedded.to_owned())),
    };
    let (tp, tt) = read(
        templates,
        EMBEDDED_TEMPLATES,
        "testdata/fairness/neutral_templates.tsv (built in)",
    )?;
    let (gp, gt) = read(
        groups,
        EMBEDDED_GROUPS,
        "testdata/fairness/groups.tsv (built in)",
    )?;
    let t = parse_templates(&tp, &tt)?;
    let g = parse_groups(&gp, &gt, taxonomy)?;
    Ok(template_probes(&t, &g))
}

fn csv_rows<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>> {
    let mut reader = csv::ReaderBuilder::new()
        .from_path(path)
        .map_err(|e| TrainError::data(path, None, e.to_string()))?;
    let mut out = Vec::new();
    for (i, row) in reader.deserialize::<T>().enumerate() {
        out.push(row.map_err(|e| TrainError::data(path, Some(i + 2), e.to_string()))?);
    }
    Ok(out)
}

fn dialect_probe(source: &str, text: String) -> Probe {
    Probe {
        slice: SliceKey {
            axis: Axis::Dialect,
            source: source.to_owned(),
            name: dialect_bucket(&text).to_owned(),
        },
        text,
    }
}

#[derive(Deserialize)]
struct DavidsonRow {
    class: u8,
    tweet: String,
}

/// Davidson 2017: `neither` (class 2) and `offensive` (class 1, offensive but not hate) tweets,
/// by dialect bucket.
fn davidson(dir: &Path) -> Result<Vec<Probe>> {
    let mut out = Vec::new();
    for r in csv_rows::<DavidsonRow>(&dir.join("labeled_data.csv"))? {
        let source = match r.class {
            2 => "davidson:neither",
            1 => "davidson:offensive",
            _ => continue,
        };
        out.push(dialect_probe(source, r.tweet));
    }
    Ok(out)
}

#[derive(Deserialize)]
struct ToxigenRow {
    text: String,
    target_group: String,
    toxicity_human: f32,
}

/// The taxonomy group a ToxiGen prompt group stands for.
#[must_use]
pub fn toxigen_group(group: &str) -> Option<&'static str> {
    Some(match group {
        "asian" => "TG.RACE.ASIAN",
        "black" => "TG.RACE.BLACK",
        "chinese" => "TG.RACE.EAST_ASIAN",
        "latino" | "mexican" => "TG.RACE.LATINO",
        "native_american" => "TG.RACE.OTHER",
        "middle_east" => "TG.RACE.ARAB",
        "jewish" => "TG.RELIGION.JEWISH",
        "muslim" => "TG.RELIGION.MUSLIM",
        "lgbtq" => "TG.SEXUAL_ORIENTATION.LGBTQ",
        "women" => "TG.SEX_GENDER.WOMEN",
        "mental_dis" => "TG.DISABILITY.MENTAL_HEALTH",
        "physical_dis" => "TG.DISABILITY.PHYSICAL",
        _ => return None,
    })
}

/// ToxiGen: sentences humans rated benign (toxicity ≤ 2 of 5), by prompt group. The slice is
/// named `<taxonomy id> (<toxigen group>)` because two ToxiGen groups can share an id.
fn toxigen(dir: &Path) -> Result<Vec<Probe>> {
    let mut out = Vec::new();
    for r in csv_rows::<ToxigenRow>(&dir.join("toxigen_annotated_train.csv"))? {
        if r.toxicity_human > 2.0 {
            continue;
        }
        let Some(id) = toxigen_group(&r.target_group) else {
            continue;
        };
        out.push(Probe {
            slice: SliceKey {
                axis: Axis::Group,
                source: "toxigen:benign".to_owned(),
                name: format!("{id} ({})", r.target_group),
            },
            text: unbytes(&r.text),
        });
    }
    Ok(out)
}

#[derive(Deserialize)]
struct HatexplainRow {
    post_id: String,
    text: String,
    majority_label: String,
    targets_majority: String,
}

/// The taxonomy group a HateXplain target community stands for.
#[must_use]
pub fn hatexplain_group(target: &str) -> Option<&'static str> {
    Some(match target.trim() {
        "African" => "TG.RACE.BLACK",
        "Arab" => "TG.RACE.ARAB",
        "Asian" => "TG.RACE.ASIAN",
        "Hispanic" => "TG.RACE.LATINO",
        "Caucasian" => "TG.RACE.WHITE",
        "Indian" => "TG.RACE.SOUTH_ASIAN",
        "Indigenous" => "TG.RACE.OTHER",
        "Islam" => "TG.RELIGION.MUSLIM",
        "Jewish" => "TG.RELIGION.JEWISH",
        "Christian" => "TG.RELIGION.CHRISTIAN",
        "Hindu" => "TG.RELIGION.HINDU",
        "Homosexual" => "TG.SEXUAL_ORIENTATION.GAY",
        "Bisexual" => "TG.SEXUAL_ORIENTATION.BISEXUAL",
        "Women" => "TG.SEX_GENDER.WOMEN",
        "Disability" => "TG.DISABILITY",
        "Refugee" => "TG.MIGRATION_STATUS.REFUGEE",
        _ => return None,
    })
}

/// HateXplain: `normal` posts by each majority target (a post can count for two groups), and
/// the normal tweets (not Gab posts) by dialect bucket.
fn hatexplain(dir: &Path) -> Result<Vec<Probe>> {
    let mut out = Vec::new();
    for r in csv_rows::<HatexplainRow>(&dir.join("hatexplain_val_test.csv"))? {
        if r.majority_label != "normal" {
            continue;
        }
        for id in r.targets_majority.split('|').filter_map(hatexplain_group) {
            out.push(Probe {
                slice: SliceKey {
                    axis: Axis::Group,
                    source: "hatexplain:normal".to_owned(),
                    name: id.to_owned(),
                },
                text: r.text.clone(),
            });
        }
        if r.post_id.ends_with("_twitter") {
            out.push(dialect_probe("hatexplain:normal-tweets", r.text));
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct SbicRow {
    post: String,
    #[serde(rename = "offensiveYN")]
    offensive: Option<f32>,
    #[serde(rename = "dataSource")]
    source: String,
}

/// SBIC: tweets (Founta, Davidson and Waseem samples) rated inoffensive (offensiveYN < 0.5),
/// by dialect bucket. Davidson's own tweets are left out: they are counted from Davidson.
fn sbic(dir: &Path) -> Result<Vec<Probe>> {
    let mut out = Vec::new();
    for file in ["SBIC.v2.agg.dev.csv", "SBIC.v2.agg.tst.csv"] {
        for r in csv_rows::<SbicRow>(&dir.join(file))? {
            if r.offensive.unwrap_or(1.0) >= 0.5
                || !r.source.starts_with("t/")
                || r.source == "t/davidson"
            {
                continue;
            }
            out.push(dialect_probe(
                "sbic:inoffensive-tweets",
                r.post.trim().to_owned(),
            ));
        }
    }
    Ok(out)
}

/// Loads the data-set probes from `data`; each set whose folder is absent is skipped with a
/// note, so the command still runs (templates only) on a fresh clone.
///
/// # Errors
/// A set that is present but has a malformed file.
pub fn data_probes(data: &Path) -> Result<(Vec<Probe>, Vec<String>)> {
    type Loader = fn(&Path) -> Result<Vec<Probe>>;
    let sets: [(&str, Loader); 4] = [
        ("davidson-2017", davidson),
        ("toxigen-annotated", toxigen),
        ("hatexplain", hatexplain),
        ("sbic-v2-agg-devtest", sbic),
    ];
    let mut probes = Vec::new();
    let mut notes = Vec::new();
    for (folder, load) in sets {
        let dir = data.join(folder);
        if dir.is_dir() {
            probes.extend(load(&dir)?);
        } else {
            notes.push(format!(
                "{} not found: its slices are skipped",
                dir.display()
            ));
        }
    }
    Ok((probes, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wilson_interval_matches_the_textbook_values() {
        // 10 of 100: the standard worked example gives 0.0552 to 0.1744.
        let (low, high) = wilson(10, 100);
        assert!((low - 0.0552).abs() < 1e-3, "{low}");
        assert!((high - 0.1744).abs() < 1e-3, "{high}");
        // 0 of 20 still has a positive upper bound; an empty slice has none.
        let (low, high) = wilson(0, 20);
        assert!(low == 0.0 && (high - 0.1611).abs() < 1e-3, "{high}");
        assert_eq!(wilson(0, 0), (0.0, 0.0));
        // Every flag in the slice: the upper bound is exactly 1, never just under it.
        for n in 1..200 {
            let (low, high) = wilson(n, n);
            assert!(low <= 1.0 && high == 1.0, "{n}: {low} {high}");
            assert_eq!(wilson(0, n).0, 0.0);
        }
    }

    #[test]
    fn dialect_markers_are_whole_distinct_words() {
        assert_eq!(aae_marker_count("I ain't finna go, ain't happening"), 2);
        assert_eq!(aae_marker_count("Dissertation with a disclaimer"), 0);
        assert_eq!(dialect_bucket("we was bout to leave"), "aae-1");
        assert_eq!(dialect_bucket("The weather is nice"), "aae-0");
        assert_eq!(dialect_bucket("Y’ALL tryna come?"), "aae-2+");
    }

    #[test]
    fn a_template_is_filled_and_capitalised() {
        let t = Template {
            kind: "neutral".to_owned(),
            text: "{group} live here, and {one} runs the shop.".to_owned(),
        };
        let f = GroupForm {
            id: "TG.RELIGION.MUSLIM".to_owned(),
            plural: "muslims".to_owned(),
            singular: "a Muslim".to_owned(),
        };
        assert_eq!(
            fill(&t, &f),
            "Muslims live here, and a Muslim runs the shop."
        );
    }
}
