//! The fairness measurement: rates and intervals on a small known input, the built-in
//! templates, precise errors on bad files, and the data loaders on tiny copies of the sets.

use std::path::Path;

use upstander_core::{Taxonomy, Verdict};
use upstander_detect::Engine;
use upstander_train::fairness::{
    Axis, EMBEDDED_GROUPS, EMBEDDED_TEMPLATES, Probe, SliceKey, data_probes, load_template_probes,
    measure, parse_groups, parse_templates, wilson,
};

fn engine() -> Engine {
    Engine::standard(&Taxonomy::embedded().unwrap()).unwrap()
}

fn probe(name: &str, text: &str) -> Probe {
    Probe {
        slice: SliceKey {
            axis: Axis::Group,
            source: "test".to_owned(),
            name: name.to_owned(),
        },
        text: text.to_owned(),
    }
}

#[test]
fn the_rate_is_the_share_of_probes_the_engine_flags_with_its_wilson_interval() {
    let engine = engine();
    let hateful = "Muslims are vermin and should be wiped out";
    let harmless = "My neighbour is a Muslim and a great cook";
    // The measurement must agree with the engine itself, whatever the rules are today.
    assert_eq!(engine.assess(hateful).verdict, Verdict::Flag);
    assert_eq!(engine.assess(harmless).verdict, Verdict::Clear);
    let probes = vec![
        probe("a", hateful),
        probe("a", harmless),
        probe("a", harmless),
        probe("a", hateful),
        probe("b", harmless),
        probe("b", harmless),
    ];
    let report = measure(&engine, &probes, vec!["a note".to_owned()]);
    assert_eq!(report.notes, vec!["a note".to_owned()]);
    assert_eq!(report.slices.len(), 2);
    let a = &report.slices[0];
    assert_eq!((a.key.name.as_str(), a.n, a.flagged), ("a", 4, 2));
    assert!((a.rate - 0.5).abs() < 1e-12);
    assert_eq!((a.low, a.high), wilson(2, 4));
    assert_eq!(a.examples, vec![hateful.to_owned(), hateful.to_owned()]);
    assert_eq!(a.categories.values().sum::<u64>(), 2);
    let b = &report.slices[1];
    assert_eq!((b.n, b.flagged, b.rate, b.low), (2, 0, 0.0, 0.0));
    assert!(b.high > 0.5, "two clean probes prove little: {}", b.high);
    assert!(b.examples.is_empty());
}

#[test]
fn many_probes_give_the_same_counts_as_one_at_a_time() {
    // Above the size where the work is spread over threads; order must not matter.
    let engine = engine();
    let texts = [
        "Jews are parasites",
        "Jewish people live in Manchester",
        "I love my gay friends",
        "Kill all gays",
    ];
    let probes: Vec<Probe> = (0..600)
        .map(|i| probe(&format!("s{}", i % 3), texts[i % texts.len()]))
        .collect();
    let report = measure(&engine, &probes, Vec::new());
    for slice in &report.slices {
        let expected = probes
            .iter()
            .filter(|p| p.slice.name == slice.key.name)
            .filter(|p| engine.assess(&p.text).verdict == Verdict::Flag)
            .count() as u64;
        assert_eq!(slice.flagged, expected, "{}", slice.key.name);
        assert_eq!(slice.n, 200);
    }
}

#[test]
fn the_built_in_templates_cover_every_protected_group_of_the_taxonomy() {
    let taxonomy = Taxonomy::embedded().unwrap();
    let templates = parse_templates(Path::new("t"), EMBEDDED_TEMPLATES).unwrap();
    assert!(templates.len() >= 30, "{} templates", templates.len());
    for kind in ["neutral", "positive"] {
        assert!(
            templates.iter().any(|t| t.kind == kind),
            "no {kind} template"
        );
    }
    let groups = parse_groups(Path::new("g"), EMBEDDED_GROUPS, &taxonomy).unwrap();
    let not_people = ["TG.INDIVIDUAL_NONPROTECTED", "TG.RIVAL_GROUP_OR_AREA"];
    for group in &taxonomy.target_groups {
        if not_people.contains(&group.id.as_str()) {
            continue;
        }
        assert!(
            groups.iter().any(|g| g.id == group.id),
            "no surface form for {}",
            group.id
        );
    }
    let probes = load_template_probes(None, None, &taxonomy).unwrap();
    assert_eq!(probes.len(), templates.len() * groups.len());
    assert!(probes.iter().all(|p| !p.text.contains('{')));
}

#[test]
fn bad_template_and_group_files_are_refused_with_their_line() {
    let taxonomy = Taxonomy::embedded().unwrap();
    let path = Path::new("templates.tsv");
    let err = parse_templates(
        path,
        "# c\nneutral\t{group} are here\nneutral\tno placeholder\n",
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("templates.tsv line 3") && err.contains("{group}"),
        "{err}"
    );
    let err = parse_templates(path, "angry\t{group} again\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 1") && err.contains("angry"), "{err}");
    let err = parse_templates(path, "neutral {group} without a tab\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("tab-separated"), "{err}");
    let err = parse_templates(path, "# only comments\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("no templates"), "{err}");
    let groups = Path::new("groups.tsv");
    let err = parse_groups(groups, "TG.NOPE\tnopes\ta nope\n", &taxonomy)
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 1") && err.contains("TG.NOPE"), "{err}");
    let err = load_template_probes(Some(Path::new("/no/such/templates.tsv")), None, &taxonomy)
        .unwrap_err()
        .to_string();
    assert!(err.contains("/no/such/templates.tsv"), "{err}");
}

#[test]
fn the_data_sets_are_sliced_by_group_and_dialect_and_absent_ones_are_noted() {
    let dir = tempfile::tempdir().unwrap();
    let davidson = dir.path().join("davidson-2017");
    std::fs::create_dir(&davidson).unwrap();
    std::fs::write(
        davidson.join("labeled_data.csv"),
        ",count,hate_speech,offensive_language,neither,class,tweet\n\
         0,3,0,0,3,2,the match was great today\n\
         1,3,0,0,3,2,yall finna watch the game tho\n\
         2,3,0,3,0,1,ion even care lol\n\
         3,3,3,0,0,0,a hateful tweet is not a harmless one\n",
    )
    .unwrap();
    let toxigen = dir.path().join("toxigen-annotated");
    std::fs::create_dir(&toxigen).unwrap();
    std::fs::write(
        toxigen.join("toxigen_annotated_train.csv"),
        "text,target_group,toxicity_human\n\
         b'jewish families celebrate passover in spring',jewish,1.0\n\
         b'a rude one',jewish,4.0\n\
         b'not a group we map',martians,1.0\n",
    )
    .unwrap();
    let (probes, notes) = data_probes(dir.path()).unwrap();
    let keys: Vec<(Axis, &str, &str)> = probes
        .iter()
        .map(|p| (p.slice.axis, p.slice.source.as_str(), p.slice.name.as_str()))
        .collect();
    assert_eq!(
        keys,
        vec![
            (Axis::Dialect, "davidson:neither", "aae-0"),
            (Axis::Dialect, "davidson:neither", "aae-2+"),
            (Axis::Dialect, "davidson:offensive", "aae-1"),
            (Axis::Group, "toxigen:benign", "TG.RELIGION.JEWISH (jewish)"),
        ]
    );
    assert_eq!(
        probes[3].text,
        "jewish families celebrate passover in spring"
    );
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("hatexplain")), "{notes:?}");
}

#[test]
fn a_malformed_data_file_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let davidson = dir.path().join("davidson-2017");
    std::fs::create_dir(&davidson).unwrap();
    std::fs::write(
        davidson.join("labeled_data.csv"),
        ",count,hate_speech,offensive_language,neither,class,tweet\n0,3,0,0,3,two,oops\n",
    )
    .unwrap();
    let err = data_probes(dir.path()).unwrap_err().to_string();
    assert!(err.contains("labeled_data.csv line 2"), "{err}");
}

#[test]
fn the_measurement_runs_on_the_templates_and_the_shared_data_when_present() {
    // Writes target/fairness-report.json for a person to read; asserts only the shape, since
    // the rates are measurements, not contracts.
    let taxonomy = Taxonomy::embedded().unwrap();
    let mut probes = load_template_probes(None, None, &taxonomy).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let notes = if data.join("README.md").is_file() {
        let (more, notes) = data_probes(&data).unwrap();
        assert!(more.iter().any(|p| p.slice.axis == Axis::Dialect));
        probes.extend(more);
        notes
    } else {
        vec![format!("{} is absent: templates only", data.display())]
    };
    let report = measure(&engine(), &probes, notes);
    assert!(
        report
            .slices
            .iter()
            .all(|s| s.flagged <= s.n && s.low <= s.rate && s.rate <= s.high)
    );
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/fairness-report.json");
    std::fs::write(&out, serde_json::to_string_pretty(&report).unwrap()).unwrap();
    for s in &report.slices {
        println!(
            "{:<24} {:<44} {:>6} {:>5} {:.3} ({:.3}-{:.3}) {:?}",
            s.key.source, s.key.name, s.n, s.flagged, s.rate, s.low, s.high, s.categories
        );
    }
}
