//! Which context signals reach a finding, looked up rather than scanned.
//!
//! A post may hold thousands of context signals (every slur of a megabyte post read in its
//! harmless sense, or used in-group) and as many findings. Checking every finding against
//! every context was quadratic: 400 KB of "a chink of light ... the chinks" took 3 s. The
//! contexts are grouped by id and indexed by where they reach, once per post; a finding then
//! looks at the few that can reach it.

use std::collections::HashMap;

use crate::text::{TokenView, words};

use super::config::{ContextConfig, ContextScope};

/// One context id's signals, indexed for its scope. Indices are signal indices; for each
/// finding the earliest reaching signal of the id stands for it (all share one factor).
pub(super) struct ContextGroup<'p> {
    pub(super) id: &'p str,
    pub(super) config: &'p ContextConfig,
    /// `Post`: the first signal of the id.
    first: Option<usize>,
    /// `Span`: (first token, last token, signal), by first token, with the running maximum
    /// of last tokens, so the search for spans holding a token stops early.
    spans: Vec<(usize, usize, usize)>,
    reach: Vec<usize>,
    /// `Sentence`: the first signal in each sentence.
    sentences: HashMap<u32, usize>,
    /// `After`: (last token, first token, signal), by last token.
    ends: Vec<(usize, usize, usize)>,
}

/// The post's context signals grouped by id.
pub(super) struct ContextIndex<'p> {
    pub(super) groups: Vec<ContextGroup<'p>>,
}

impl<'p> ContextIndex<'p> {
    /// Indexes `contexts` (signal indices, in post order) of `ids` with their `locations`.
    pub(super) fn new(
        view: &TokenView<'_>,
        configs: &'p HashMap<String, ContextConfig>,
        ids: impl Iterator<Item = (usize, &'p str)>,
        locations: &[Option<(usize, usize)>],
    ) -> ContextIndex<'p> {
        let mut groups: Vec<ContextGroup<'p>> = Vec::new();
        for (index, id) in ids {
            let Some((key, config)) = configs.get_key_value(id) else {
                continue;
            };
            let at = match groups.iter().position(|g| g.id == key.as_str()) {
                Some(at) => at,
                None => {
                    groups.push(ContextGroup {
                        id: key.as_str(),
                        config,
                        first: None,
                        spans: Vec::new(),
                        reach: Vec::new(),
                        sentences: HashMap::new(),
                        ends: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let Some(group) = groups.get_mut(at) else {
                continue;
            };
            group.first.get_or_insert(index);
            let Some((first, last)) = locations.get(index).copied().flatten() else {
                continue;
            };
            match config.scope {
                ContextScope::Post => {}
                ContextScope::Span => group.spans.push((first, last, index)),
                ContextScope::Sentence => {
                    if let Some(sentence) = view.tokens.get(first).map(|t| t.sentence) {
                        group.sentences.entry(sentence).or_insert(index);
                    }
                }
                ContextScope::After => group.ends.push((last, first, index)),
            }
        }
        for group in &mut groups {
            group.spans.sort_unstable();
            group.reach = group
                .spans
                .iter()
                .scan(0, |max, &(_, last, _)| {
                    *max = (*max).max(last);
                    Some(*max)
                })
                .collect();
            group.ends.sort_unstable();
        }
        ContextIndex { groups }
    }
}

impl ContextGroup<'_> {
    /// The earliest signal of this group that reaches a finding located at `at`.
    pub(super) fn reaching(
        &self,
        view: &TokenView<'_>,
        at: Option<(usize, usize)>,
    ) -> Option<usize> {
        let scope = self.config.scope;
        if scope == ContextScope::Post {
            return self.first;
        }
        let (f, _) = at?;
        match scope {
            ContextScope::Post => self.first,
            ContextScope::Span => {
                // Spans starting at or before `f`, walked back while one of them may still
                // reach past `f`.
                let upto = self.spans.partition_point(|&(first, _, _)| first <= f);
                (0..upto)
                    .rev()
                    .take_while(|&k| self.reach.get(k).is_some_and(|&r| r >= f))
                    .filter_map(|k| self.spans.get(k))
                    .filter(|&&(_, last, _)| f <= last)
                    .map(|&(_, _, index)| index)
                    .min()
            }
            ContextScope::Sentence => {
                let sentence = view.tokens.get(f).map(|t| t.sentence)?;
                self.sentences.get(&sentence).copied()
            }
            ContextScope::After => {
                let window = self.config.window_tokens;
                let from = self.ends.partition_point(|&(last, _, _)| last + window < f);
                let to = self.ends.partition_point(|&(last, _, _)| last < f);
                let clause = view.tokens.get(f).map(|t| t.clause);
                self.ends
                    .get(from..to)
                    .unwrap_or_default()
                    .iter()
                    .filter(|&&(cl, cf, _)| {
                        view.tokens.get(cl).map(|t| t.clause) == clause
                            && !(cl + 1..f).any(|k| {
                                view.is_soft_break(k)
                                    || view.is_hard_break(k)
                                    || (k > cl + 1 && view.is_any(k, words::SUBORDINATORS))
                            })
                            && cf <= cl
                    })
                    .map(|&(_, _, index)| index)
                    .min()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normaliser;

    fn config(scope: ContextScope) -> ContextConfig {
        ContextConfig {
            factor: 0.2,
            scope,
            window_tokens: 3,
            applies_to: Vec::new(),
            exempt: Vec::new(),
            severity_cap: None,
            marks: None,
            label: String::new(),
        }
    }

    #[test]
    fn a_finding_is_reached_by_the_earliest_context_that_covers_or_precedes_it() {
        let text = Normaliser::new().normalise("one two three four five six seven eight nine ten");
        let view = TokenView::new(&text);
        let configs: HashMap<String, ContextConfig> = [
            ("SPAN".to_owned(), config(ContextScope::Span)),
            ("AFTER".to_owned(), config(ContextScope::After)),
        ]
        .into();
        // Signals 0-3: a long span, a short one inside it, and two "after" cues.
        let locations = [Some((0, 6)), Some((4, 4)), Some((1, 1)), Some((5, 5))];
        let ids = ["SPAN", "SPAN", "AFTER", "AFTER"];
        let index = ContextIndex::new(&view, &configs, ids.into_iter().enumerate(), &locations);
        let group = |id: &str| index.groups.iter().find(|g| g.id == id).expect("indexed");
        assert_eq!(group("SPAN").reaching(&view, Some((4, 4))), Some(0));
        assert_eq!(group("SPAN").reaching(&view, Some((7, 7))), None);
        // Within three tokens after a cue: token 3 is two after cue 2; token 8 is three after
        // cue 3; token 9 is too far from both.
        assert_eq!(group("AFTER").reaching(&view, Some((3, 3))), Some(2));
        assert_eq!(group("AFTER").reaching(&view, Some((8, 8))), Some(3));
        assert_eq!(group("AFTER").reaching(&view, Some((9, 9))), None);
        assert_eq!(group("AFTER").reaching(&view, None), None);
    }
}
