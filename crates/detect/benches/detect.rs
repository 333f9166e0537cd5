//! Detection throughput on synthetic ~25-word posts: mostly harmless, some hateful, some
//! disguised. Two measurements: the lexicon pass alone on already normalised text (the fast
//! path every post takes), and `Engine::assess` end to end (normalise, detect, context, policy).
//!
//! Run: `cargo bench -p upstander-detect --bench detect -- --warm-up-time 1 --measurement-time 5`

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use upstander_core::Taxonomy;
use upstander_detect::{Detector, Engine, Lexicon};

const POSTS: usize = 2_000;

const BENIGN: &[&str] = &[
    "just",
    "got",
    "back",
    "from",
    "the",
    "match",
    "and",
    "honestly",
    "what",
    "a",
    "game",
    "that",
    "was",
    "can't",
    "believe",
    "we",
    "scored",
    "in",
    "the",
    "last",
    "minute",
    "anyone",
    "know",
    "a",
    "good",
    "place",
    "for",
    "lunch",
    "near",
    "the",
    "station",
    "my",
    "mum",
    "made",
    "curry",
    "tonight",
    "weather",
    "is",
    "grim",
    "again",
    "train",
    "delayed",
    "by",
    "twenty",
    "minutes",
    "love",
    "this",
    "song",
    "so",
    "much",
    "new",
    "episode",
    "tonight",
    "who",
    "is",
    "watching",
    "council",
    "should",
    "fix",
    "the",
    "roads",
    "Muslims",
    "neighbours",
    "community",
    "event",
    "Saturday",
    "refugees",
    "welcome",
    "volunteers",
    "needed",
    "🙂",
    "😂",
    "🔥",
    "❤️",
    "lol",
    "tbh",
    "innit",
    "mate",
    "bruv",
    "London",
    "Leeds",
    "Birmingham",
];

const HATEFUL: &[&str] = &[
    "Muslims are vermin and should be deported",
    "kill all the immigrants",
    "gay people are disgusting",
    "you're just a paki",
    "Jews are parasites",
    "trans women are men in dresses",
    "N17 on sight any opp gets wet",
    "zombie knives for sale dm for prices",
    "calling Muslims vermin is disgusting",
    "Muslims are not vermin",
];

const DISGUISED: &[&str] = &[
    "Muslims are v3rm1n",
    "m u s l i m s are ｖｅｒｍｉｎ",
    "kiiiill all muslims",
    "f4gg0t",
    "Immigrants are ѕсυм",
];

/// A small deterministic generator so the corpus is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

fn corpus() -> Vec<String> {
    let mut rng = Lcg(42);
    (0..POSTS)
        .map(|_| {
            let mut words: Vec<&str> = (0..25).map(|_| BENIGN[rng.next(BENIGN.len())]).collect();
            match rng.next(100) {
                0..=11 => words.insert(rng.next(20), HATEFUL[rng.next(HATEFUL.len())]),
                12..=15 => words.insert(rng.next(20), DISGUISED[rng.next(DISGUISED.len())]),
                _ => {}
            }
            words.join(" ")
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let taxonomy = Taxonomy::embedded().unwrap();
    let engine = Engine::standard(&taxonomy).unwrap();
    // The same engine without the trained model, to show what the model costs.
    let lexicon_engine = Engine::lexicon_only(&taxonomy).unwrap();
    let lexicon = Lexicon::embedded(&taxonomy).unwrap();
    let posts = corpus();
    let normalised: Vec<_> = posts.iter().map(|p| engine.normalise(p)).collect();

    let mut group = c.benchmark_group("detect");
    group.throughput(Throughput::Elements(posts.len() as u64));
    group.bench_function("lexicon_pass_prenormalised", |b| {
        let mut signals = Vec::with_capacity(64);
        b.iter(|| {
            let mut total = 0;
            for text in &normalised {
                signals.clear();
                lexicon.detect(text, &mut signals);
                total += signals.len();
            }
            black_box(total)
        });
    });
    group.bench_function("engine_assess_end_to_end", |b| {
        b.iter(|| {
            let mut flagged = 0;
            for post in &posts {
                flagged += usize::from(
                    engine.assess(black_box(post)).verdict == upstander_core::Verdict::Flag,
                );
            }
            black_box(flagged)
        });
    });
    group.bench_function("engine_assess_end_to_end_without_model", |b| {
        b.iter(|| {
            let mut flagged = 0;
            for post in &posts {
                flagged += usize::from(
                    lexicon_engine.assess(black_box(post)).verdict == upstander_core::Verdict::Flag,
                );
            }
            black_box(flagged)
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
