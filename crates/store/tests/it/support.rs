//! The harness: fresh databases per story, and small builders for incoming posts.
//!
//! Every story is an `async fn(Ctx)`; [`conformance!`] turns a list of them into one test per
//! backend, `<module>::sqlite::<story>` and `<module>::postgres::<story>`. SQLite runs in a
//! fresh file in a temporary directory. PostgreSQL runs when `UPSTANDER_TEST_POSTGRES_URL`
//! names a server (`postgres://postgres@127.0.0.1:5432/postgres`): each story gets its own
//! database, created from that URL and dropped afterwards, also when the story fails.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;

use futures::FutureExt;
use sqlx::{AssertSqlSafe, Connection};
use upstander_core::{Assessment, CategoryScore, NewPost, Platform, Severity, Verdict};
use upstander_ingest::dedup;
use upstander_store::{IncomingPost, SharedStore};

/// Names the PostgreSQL server the suite may create databases on.
pub const POSTGRES_ENV: &str = "UPSTANDER_TEST_POSTGRES_URL";

/// Turns stories into `sqlite::<story>` and `postgres::<story>` tests.
macro_rules! conformance {
    ($($story:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $story() {
                    $crate::support::on_sqlite(super::$story).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $story() {
                    $crate::support::on_postgres(super::$story).await;
                }
            )*
        }
    };
}

/// Which database a story runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// What a story gets: a store on a fresh database, and that database's URL.
#[derive(Clone)]
pub struct Ctx {
    pub store: SharedStore,
    pub backend: Backend,
    /// The fresh database's URL (a file path for SQLite).
    pub url: String,
}

impl Ctx {
    /// Another store on the same database, as a second process would open it.
    pub async fn open_another(&self) -> SharedStore {
        upstander_store::open(&self.url)
            .await
            .expect("second store opens")
    }

    /// Runs raw SQL on the database behind the store's back (to plant a fault or a row).
    pub async fn execute_raw(&self, sqlite: &str, postgres: &str) {
        match self.backend {
            Backend::Sqlite => {
                let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", self.url))
                    .await
                    .expect("raw SQLite connection");
                sqlx::raw_sql(AssertSqlSafe(sqlite.to_owned()))
                    .execute(&mut conn)
                    .await
                    .expect("raw SQLite statement");
                conn.close().await.expect("close");
            }
            Backend::Postgres => {
                let mut conn = sqlx::PgConnection::connect(&self.url)
                    .await
                    .expect("raw PostgreSQL connection");
                sqlx::raw_sql(AssertSqlSafe(postgres.to_owned()))
                    .execute(&mut conn)
                    .await
                    .expect("raw PostgreSQL statement");
                conn.close().await.expect("close");
            }
        }
    }
}

/// Runs `story` on a fresh SQLite file.
pub async fn on_sqlite<F, Fut>(story: F)
where
    F: FnOnce(Ctx) -> Fut,
    Fut: Future<Output = ()>,
{
    if let Ok(url) = std::env::var(crate::durability::CHILD_ENV) {
        return crate::durability::child_ingest(&url).await;
    }
    let dir = tempfile::tempdir().expect("temporary directory");
    let path: PathBuf = dir.path().join("upstander.db");
    let url = path.to_str().expect("temporary path is UTF-8").to_owned();
    let store = upstander_store::open(&url)
        .await
        .expect("SQLite store opens");
    story(Ctx {
        store,
        backend: Backend::Sqlite,
        url,
    })
    .await;
}

/// Runs `story` on a fresh PostgreSQL database when the suite has a server, and drops the
/// database afterwards whatever happened.
pub async fn on_postgres<F, Fut>(story: F)
where
    F: FnOnce(Ctx) -> Fut,
    Fut: Future<Output = ()>,
{
    if let Ok(url) = std::env::var(crate::durability::CHILD_ENV) {
        return crate::durability::child_ingest(&url).await;
    }
    let Ok(admin_url) = std::env::var(POSTGRES_ENV) else {
        eprintln!("note: {POSTGRES_ENV} is not set; the PostgreSQL variant did not run");
        return;
    };
    let name = format!("upstander_test_{}", uuid::Uuid::now_v7().simple());
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("admin connection");
    sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("create the test database");
    let url = with_database(&admin_url, &name);

    let outcome = AssertUnwindSafe(async {
        let store = upstander_store::open(&url)
            .await
            .expect("PostgreSQL store opens");
        story(Ctx {
            store,
            backend: Backend::Postgres,
            url: url.clone(),
        })
        .await;
    })
    .catch_unwind()
    .await;

    // FORCE ends the store's pooled connections, which may still be closing.
    let dropped = sqlx::raw_sql(AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
    dropped.expect("drop the test database");
}

/// `url` pointing at database `name` instead of the one it names.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[authority_start..]
        .find('/')
        .map_or(base.len(), |i| authority_start + i);
    let mut out = format!("{}/{name}", &base[..path_start]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// An assessment with the given verdict, severity, score and categories (first is top).
pub fn assessment(
    verdict: Verdict,
    severity: Severity,
    score: f32,
    categories: &[&str],
) -> Assessment {
    Assessment {
        verdict,
        score,
        severity,
        categories: categories
            .iter()
            .map(|id| CategoryScore {
                id: (*id).to_owned(),
                score,
            })
            .collect(),
        explanation: format!("{verdict} at {severity}"),
        ..Assessment::default()
    }
}

/// A post that detection cleared, with no near keys (so it groups only as an exact copy
/// unless a story gives it keys with [`PostExt::near_keys`]).
pub fn post(ingest_key: &str, content_key: &str, simhash: u64) -> IncomingPost {
    IncomingPost {
        post: NewPost::from_text(Platform::X, format!("the text of {content_key}")),
        ingest_key: ingest_key.to_owned(),
        content_key: content_key.to_owned(),
        simhash,
        near_keys: Vec::new(),
        assessment: assessment(Verdict::Clear, Severity::S0, 0.05, &[]),
    }
}

/// A cleared post keyed as the pipeline keys it: content key, SimHash and near keys computed
/// by `upstander_ingest::dedup` from its text.
pub fn keyed(ingest_key: &str, text: &str) -> IncomingPost {
    IncomingPost {
        post: NewPost::from_text(Platform::X, text),
        ingest_key: ingest_key.to_owned(),
        content_key: dedup::content_key(text),
        simhash: dedup::simhash(text),
        near_keys: dedup::near_keys(text),
        assessment: assessment(Verdict::Clear, Severity::S0, 0.05, &[]),
    }
}

/// A post that detection flagged, with one category.
pub fn flagged(
    ingest_key: &str,
    content_key: &str,
    simhash: u64,
    severity: Severity,
    score: f32,
) -> IncomingPost {
    IncomingPost {
        assessment: assessment(Verdict::Flag, severity, score, &["HATE.DEHUMANISATION"]),
        ..post(ingest_key, content_key, simhash)
    }
}

/// Small setters for the fields stories vary.
pub trait PostExt: Sized {
    fn author(self, author: &str) -> Self;
    fn engagement(self, engagement: u64) -> Self;
    fn platform(self, platform: Platform) -> Self;
    fn categories(self, categories: &[&str]) -> Self;
    fn near_keys(self, keys: &[u64]) -> Self;
}

impl PostExt for IncomingPost {
    fn author(mut self, author: &str) -> Self {
        self.post.author = Some(author.to_owned());
        self
    }

    fn engagement(mut self, engagement: u64) -> Self {
        self.post.engagement = Some(engagement);
        self
    }

    fn platform(mut self, platform: Platform) -> Self {
        self.post.platform = platform;
        self
    }

    fn categories(mut self, categories: &[&str]) -> Self {
        let a = &self.assessment;
        self.assessment = Assessment {
            explanation: a.explanation.clone(),
            ..assessment(a.verdict, a.severity, a.score, categories)
        };
        self
    }

    fn near_keys(mut self, keys: &[u64]) -> Self {
        self.near_keys = keys.to_vec();
        self
    }
}

/// `bits` flipped in `simhash`, spread over the word (at most 64 distinct bits).
pub fn flip(simhash: u64, bits: u32) -> u64 {
    (0..bits).fold(simhash, |acc, i| acc ^ (1_u64 << ((i * 7 + 3) % 64)))
}

/// `url` with its password set to `password` (keeping the user, if any).
pub fn with_password(url: &str, password: &str) -> String {
    let authority_start = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[authority_start..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (user, host) = match rest[..authority_end].rfind('@') {
        Some(at) => {
            let userinfo = &rest[..at];
            (userinfo.split(':').next().unwrap_or(""), &rest[at + 1..])
        }
        None => ("", rest),
    };
    format!("{}{user}:{password}@{host}", &url[..authority_start])
}
