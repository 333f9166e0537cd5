//! Plain-language explanations: one or two sentences a volunteer can read, naming the words
//! and signals that drove the score and what lowered it.

use std::collections::HashSet;
use std::fmt::Write as _;

use upstander_core::{Route, Signal, Verdict};

use super::config::{Role, TargetKind};
use super::{Finding, Policy, Run};

const MAX_QUOTE_CHARS: usize = 40;
const MAX_FINDINGS: usize = 3;
/// At most this many context signals are named in one explanation.
const MAX_CONTEXTS: usize = 6;

fn quote(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= MAX_QUOTE_CHARS {
        format!("\"{text}\"")
    } else {
        format!(
            "\"{}…\"",
            text.chars().take(MAX_QUOTE_CHARS).collect::<String>()
        )
    }
}

fn signal_text<'a>(original: &'a str, signal: &Signal) -> &'a str {
    signal
        .span
        .and_then(|s| s.slice(original))
        .unwrap_or_default()
}

fn label(policy: &Policy, signal: &Signal) -> String {
    if !signal.note.is_empty() {
        return signal.note.clone();
    }
    policy
        .signal_config(signal.id.as_str())
        .map(|c| c.label.clone())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| signal.id.to_string())
}

fn join(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The explanation when no signal could become a finding.
pub(super) fn nothing_hostile(policy: &Policy, original: &str, signals: &[Signal]) -> String {
    let role = |s: &Signal| {
        policy
            .signal_config(s.id.as_str())
            .map(|c| (c.role, c.target))
    };
    let mut identities: Vec<String> = Vec::new();
    for signal in signals
        .iter()
        .filter(|s| matches!(role(s), Some((Role::Target, Some(TargetKind::Identity)))))
    {
        let mention = match &signal.target {
            Some(target) => format!("{} ({target})", quote(signal_text(original, signal))),
            None => quote(signal_text(original, signal)),
        };
        if !identities.contains(&mention) {
            identities.push(mention);
        }
    }
    let profanity: Vec<String> = signals
        .iter()
        .filter(|s| matches!(role(s), Some((Role::Transparent, _))))
        .map(|s| quote(signal_text(original, s)))
        .take(3)
        .collect();
    let unweighed: Vec<String> = signals
        .iter()
        .filter(|s| role(s).is_none() && s.span.is_some())
        .map(|s| format!("{} ({})", quote(signal_text(original, s)), s.id))
        .take(3)
        .collect();
    if !identities.is_empty() {
        identities.truncate(3);
        let extra = if profanity.is_empty() {
            String::new()
        } else {
            format!(" (profanity {} is not aimed at them)", join(&profanity))
        };
        format!(
            "Not flagged: mentions {} with nothing hostile about them{extra}.",
            join(&identities)
        )
    } else if !profanity.is_empty() {
        format!(
            "Not flagged: profanity only ({}), with no protected group and no threat.",
            join(&profanity)
        )
    } else if !unweighed.is_empty() {
        format!(
            "Not flagged: {} carry no weight in the policy.",
            join(&unweighed)
        )
    } else {
        "Not flagged: no hateful, threatening, gang or weapon language found.".to_owned()
    }
}

/// The group a trained-model finding is about, as `(words in the post, target id)`: the first
/// group the lexicon found in the post, or, when the model's own target head stood in for a
/// name misspelt past the lexicon, the misspelt word ([`crate::lexicon::GROUP_GUESS_SIGNAL`])
/// and the head's group. `None` for other findings.
pub(super) fn model_group<'a>(
    original: &'a str,
    signals: &[Signal],
    signal: &Signal,
) -> Option<(&'a str, String)> {
    if !signal.id.as_str().starts_with("CLF_") {
        return None;
    }
    if let Some(named) = signals
        .iter()
        .find(|s| s.id.as_str() == "LEX_IDENTITY" && s.target.is_some())
    {
        return Some((signal_text(original, named), named.target.clone()?));
    }
    let guess = signals
        .iter()
        .find(|s| s.id.as_str() == crate::lexicon::GROUP_GUESS_SIGNAL)?;
    Some((signal_text(original, guess), signal.target.clone()?))
}

fn describe(run: &Run<'_>, finding: &Finding) -> String {
    let Some(signal) = run.signals.get(finding.signal) else {
        return finding.category.clone();
    };
    let mut text = format!(
        "{} {} ({})",
        label(run.policy, signal),
        quote(signal_text(run.original, signal)),
        finding.category
    );
    let relation = run
        .policy
        .signal_config(signal.id.as_str())
        .map_or("aimed at", |c| c.relation.as_str());
    let anchor_text = |a: Option<usize>| {
        a.and_then(|a| run.anchors.get(a))
            .map(|a| quote(a.text))
            .unwrap_or_default()
    };
    let bound = &finding.bound;
    match bound.kind {
        TargetKind::Identity if bound.pinned => {
            if let Some(target) = &bound.target {
                let _ = write!(text, " naming {target}");
            }
        }
        TargetKind::Identity => {
            let target = bound.target.as_deref().unwrap_or("a protected group");
            if bound.antecedent.is_some() {
                let _ = write!(
                    text,
                    " {relation} {}, meaning {} ({target})",
                    anchor_text(bound.anchor),
                    anchor_text(bound.antecedent)
                );
            } else {
                let _ = write!(text, " {relation} {} ({target})", anchor_text(bound.anchor));
            }
        }
        TargetKind::Person if bound.pinned => text.push_str(" aimed at the reader"),
        TargetKind::Person => {
            let _ = write!(text, " aimed at {}", anchor_text(bound.anchor));
        }
        TargetKind::Rival if bound.pinned => text.push_str(" aimed at a rival"),
        TargetKind::Rival => {
            let _ = write!(
                text,
                " aimed at {} (rival group or area)",
                anchor_text(bound.anchor)
            );
        }
        TargetKind::Weapon => {
            let _ = write!(text, " with {}", anchor_text(bound.anchor));
        }
        TargetKind::Other | TargetKind::None => {
            if let Some((words, target)) = model_group(run.original, run.signals, signal) {
                let guessed = run.signals.iter().all(|s| s.id.as_str() != "LEX_IDENTITY");
                if guessed {
                    let _ = write!(
                        text,
                        " about {}, read as a misspelt name of {target}",
                        quote(words)
                    );
                } else {
                    let _ = write!(text, " about {} ({target})", quote(words));
                }
            }
        }
    }
    text
}

fn context_mentions(run: &Run<'_>, findings: &[&Finding]) -> Vec<String> {
    let mut seen: HashSet<usize> = HashSet::new();
    let mut mentions: Vec<String> = Vec::new();
    // Signals named, or said in the same words as one named.
    let mut told = 0;
    for finding in findings {
        for &ctx in &finding.contexts {
            if !seen.insert(ctx) || mentions.len() >= MAX_CONTEXTS {
                continue;
            }
            let Some(signal) = run.signals.get(ctx) else {
                told += 1;
                continue;
            };
            let name = run
                .policy
                .context
                .get(signal.id.as_str())
                .map(|c| c.label.clone())
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| signal.id.to_string());
            let mention = format!("{name} ({})", quote(signal_text(run.original, signal)));
            told += 1;
            if !mentions.contains(&mention) {
                mentions.push(mention);
            }
        }
    }
    // A long rant can hold thousands of quotations and negations: name a few, count the rest.
    let more = seen.len().saturating_sub(told);
    if more > 0 {
        mentions.push(format!("{more} more context signal(s)"));
    }
    mentions
}

/// The explanation for an assessment with at least one predicate signal.
pub(super) fn explain(
    run: &Run<'_>,
    verdict: Verdict,
    route: Route,
    counted: &[&Finding],
) -> String {
    let policy = run.policy;
    if verdict == Verdict::Flag {
        let shown: Vec<&Finding> = counted.iter().copied().take(MAX_FINDINGS).collect();
        let parts: Vec<String> = shown.iter().map(|f| describe(run, f)).collect();
        let head = if route == Route::Welfare {
            "Flagged for welfare"
        } else {
            "Flagged"
        };
        let mut text = format!("{head}: {}.", parts.join("; "));
        let lowered = context_mentions(run, &shown);
        if route == Route::Welfare {
            text.push_str(" Route to a welfare partner, not to enforcement.");
        } else if !lowered.is_empty() {
            let _ = write!(text, " Lowered but not cleared by {}.", join(&lowered));
        }
        return text;
    }
    let mut discounted: Vec<&Finding> = run
        .findings
        .iter()
        .filter(|f| {
            f.raw >= policy.flag_threshold
                && f.score < policy.flag_threshold
                && !f.contexts.is_empty()
        })
        .collect();
    discounted.sort_by(|a, b| b.raw.total_cmp(&a.raw));
    if let Some(first) = discounted.first() {
        let lowered = context_mentions(run, &discounted);
        let mut text = format!(
            "Not flagged: {} is lowered by {}.",
            describe(run, first),
            join(&lowered)
        );
        if discounted.len() > 1 {
            let _ = write!(
                text,
                " {} other finding(s) lowered the same way.",
                discounted.len() - 1
            );
        }
        return text;
    }
    let mut weak: Vec<&Finding> = run.findings.iter().collect();
    weak.sort_by(|a, b| b.score.total_cmp(&a.score));
    if let Some(first) = weak.first() {
        let signal = run.signals.get(first.signal);
        if first.bound.kind == TargetKind::Person {
            let what = signal
                .map(|s| {
                    format!(
                        "{} {}",
                        label(policy, s),
                        quote(signal_text(run.original, s))
                    )
                })
                .unwrap_or_default();
            return format!(
                "Not flagged: {what} is aimed at an individual, not at a protected group, and is not a threat."
            );
        }
        return format!(
            "Not flagged: {} scores {:.2}, below the flag threshold of {:.2}.",
            describe(run, first),
            first.score,
            policy.flag_threshold
        );
    }
    // Model findings the gate held back say why, rather than that nothing was aimed.
    let held: Vec<String> = run
        .held
        .iter()
        .filter_map(|(i, why)| {
            let s = run.signals.get(*i)?;
            Some(format!(
                "{} {} is held back: {why}",
                label(policy, s),
                quote(signal_text(run.original, s))
            ))
        })
        .take(1)
        .collect();
    // Predicates that reached no target at all.
    let unbound: Vec<String> = run
        .signals
        .iter()
        .enumerate()
        .filter(|(i, s)| policy.is_predicate(s) && !run.held.iter().any(|(h, _)| h == i))
        .map(|(_, s)| s)
        .map(|s| {
            format!(
                "{} {}",
                label(policy, s),
                quote(signal_text(run.original, s))
            )
        })
        .take(3)
        .collect();
    let unbound_note = if run.view.is_some() {
        "is not aimed at a protected group, a person or a rival"
    } else {
        "has no target"
    };
    match (unbound.is_empty(), held.is_empty()) {
        (true, false) => format!("Not flagged: {}.", join(&held)),
        (false, false) => format!(
            "Not flagged: {} {unbound_note}; {}.",
            join(&unbound),
            join(&held)
        ),
        _ => format!("Not flagged: {} {unbound_note}.", join(&unbound)),
    }
}
