//! Normaliser throughput in posts per second on ~25-word posts: plain English, posts with
//! emoji, obfuscated posts (leet, homoglyphs, spacing, zero-width), and a realistic mix.
//!
//! Run: `cargo bench -p upstander-detect --bench normalise -- --warm-up-time 1 --measurement-time 5`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use upstander_detect::Normaliser;

const PLAIN: &[&str] = &[
    "I went to the market this morning and the man at the stall said they were sold out of bread again, so annoying.",
    "Honestly the council should fix the potholes on our road before they spend another penny on new signs for the park.",
    "We had a great time at the community iftar last night, thanks to everyone who came and brought food to share!",
    "Does anyone know if the number 42 bus is running on Sunday? The website says one thing and the app says another.",
    "She said that the report was filed on Monday, but nobody from the platform has replied to us after two weeks now.",
    "My neighbour is Muslim and she is the kindest person on the street, always checking in on the older residents.",
];

const EMOJI: &[&str] = &[
    "Loved the match today 😂😂 what a goal from the new lad, can't wait for Saturday 🙌🏽⚽ see you all there!",
    "Go back to where you came from 🐒🐒🐒 nobody wants you here, this is our country 🇬🇧 not yours 😡",
    "Happy Eid to all my friends 🌙✨ hope you have a wonderful day with your families ❤️👨‍👩‍👧 love from us all",
    "That referee needs glasses 🤦‍♂️🤦‍♂️ worst decision I have seen all season, absolute joke of a game today 😤",
    "Another day another 🍌 thrown at the players, when will the league actually do something about this 🤬",
    "Thanks for the support everyone 🙏🏾 the fundraiser hit its target and the food bank is stocked for winter 🥫",
];

const OBFUSCATED: &[&str] = &[
    "all these m u s l i m s should be sent back, they are ѕсυм and the w0rst thing to happen to this c0untry",
    "I h8 the ｍｕｓｌｉｍｓ and their k1ds, someone should k-i-l-l them all before they take over everything here",
    "n!gg@s like him don't belong in the team, haaaaate seeing them every week, get them out of our club now",
    "the j.e.w.s control the media and the banks, wake up people, they are vermin and parasites, do your research",
    "Мuslim grooming gangs everywhere and nobody does anything about it, they are animals, send them all home",
    "mus\u{200B}lims are a dis\u{200B}ease on this country, f*u*c*k them and their mosques, burn it all down",
];

/// Closing words that vary the posts, so a batch is not the same few strings over again.
const ENDINGS: &[&str] = &[
    "",
    " Anyway.",
    " Thoughts?",
    " Just saying.",
    " Cheers",
    " Seriously.",
];

fn posts(set: &[&str]) -> Vec<String> {
    (0..64)
        .flat_map(|i| {
            set.iter()
                .map(move |post| format!("{post}{}", ENDINGS[i % ENDINGS.len()]))
        })
        .collect()
}

fn bench_normalise(c: &mut Criterion) {
    let normaliser = Normaliser::new();
    let mixed: Vec<String> = {
        // Mostly plain, as a monitored stream is; a fifth with emoji, a tenth obfuscated.
        let mut mixed = posts(PLAIN);
        mixed.truncate(270);
        mixed.extend(posts(EMOJI).into_iter().take(80));
        mixed.extend(posts(OBFUSCATED).into_iter().take(50));
        mixed
    };
    let sets = [
        ("plain", posts(PLAIN)),
        ("emoji", posts(EMOJI)),
        ("obfuscated", posts(OBFUSCATED)),
        ("mixed", mixed),
    ];
    let mut group = c.benchmark_group("normalise");
    for (name, batch) in &sets {
        group.throughput(Throughput::Elements(batch.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let mut bytes = 0usize;
                for post in batch {
                    let normalised = normaliser.normalise(black_box(post));
                    bytes += normalised.as_str().len() + normalised.words().count();
                }
                black_box(bytes)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_normalise);
criterion_main!(benches);
