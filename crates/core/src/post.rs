//! Posts: the unit of content that enters the hub, from a monitored source or a report.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{ItemId, Platform, PostId};

/// A post as a source produced it, before it is stored.
///
/// Only `text` is required; everything else is what the source could tell us. Empty strings
/// are normalised to `None` by the parsers so that "unknown" has one spelling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewPost {
    /// The post's id on its platform (tweet id, status id, at:// URI…), if known.
    pub source_id: Option<String>,
    /// Where it was published.
    pub platform: Platform,
    /// The text exactly as published (HTML already turned into text where the source is HTML).
    pub text: String,
    /// The author's handle or display name on the platform.
    pub author: Option<String>,
    /// A link to the post.
    pub url: Option<String>,
    /// When it was published.
    pub created_at: Option<Timestamp>,
    /// Language tag as given by the source (BCP 47, e.g. `en`).
    pub lang: Option<String>,
    /// Likes + reposts + replies + quotes, as a rough measure of reach.
    pub engagement: Option<u64>,
}

impl NewPost {
    /// A post with only its text and platform known.
    #[must_use]
    pub fn from_text(platform: Platform, text: impl Into<String>) -> Self {
        Self {
            source_id: None,
            platform,
            text: text.into(),
            author: None,
            url: None,
            created_at: None,
            lang: None,
            engagement: None,
        }
    }
}

/// A stored post: one copy, kept as evidence even when it is grouped with others.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Post {
    /// The hub's id for this copy.
    pub id: PostId,
    /// The queue item (group of copies) it belongs to.
    pub item_id: ItemId,
    /// What the source said about it.
    #[serde(flatten)]
    pub post: NewPost,
    /// When the hub received it.
    pub ingested_at: Timestamp,
    /// How the hub found it: `"exact"` or `"near"` copy of the item's first post, or `"first"`.
    pub match_kind: String,
}
