//! Opening a store from a URL, and keeping passwords out of messages.

use std::path::Path;

use upstander_core::ItemFilter;
use upstander_store::{GroupingRules, PostgresStore, SqliteStore, StoreError};

use crate::support::{Backend, Ctx, post};

conformance!(the_store_names_its_backend_and_hides_its_password_in_debug_output);

#[tokio::test]
async fn an_unsupported_url_is_refused_with_its_password_masked() {
    for url in [
        "mysql://root:hunter2secret@db.example/up",
        "redis://:hunter2secret@cache/0",
    ] {
        let err = upstander_store::open(url).await.unwrap_err();
        assert!(matches!(err, StoreError::UnsupportedUrl(_)), "{err:?}");
        let text = err.to_string();
        assert!(!text.contains("hunter2secret"), "{text}");
        assert!(text.contains(":***@"), "{text}");
    }
    let err = upstander_store::open("").await.unwrap_err();
    assert!(matches!(err, StoreError::UnsupportedUrl(_)), "{err:?}");
}

#[tokio::test]
async fn a_failed_postgres_connection_does_not_echo_the_password() {
    // Port 1 on loopback: nothing listens, so this fails without a server.
    let url = "postgres://alice:topsecret99@127.0.0.1:1/upstander?password=topsecret99";
    let err = upstander_store::open(url).await.unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, StoreError::Database(_)), "{err:?}");
    assert!(!text.contains("topsecret99"), "{text}");
    assert!(
        text.contains("postgres://alice:***@127.0.0.1:1/upstander"),
        "{text}"
    );
}

async fn store_one_and_reopen(url: &str, file: &Path) {
    let store = upstander_store::open(url).await.unwrap();
    assert_eq!(store.backend(), "sqlite");
    store
        .ingest_batch(&[post("k", "c", 1)], GroupingRules::default())
        .await
        .unwrap();
    drop(store);
    assert!(file.exists(), "{url} did not create {}", file.display());
    let reopened = upstander_store::open(url).await.unwrap();
    assert_eq!(reopened.counts().await.unwrap().posts, 1, "{url}");
}

#[tokio::test]
async fn every_sqlite_url_form_creates_the_file_and_a_reopened_store_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().to_str().unwrap();
    for (i, form) in ["sqlite://{}", "sqlite:{}", "{}"].into_iter().enumerate() {
        let file = format!("{base}/form{i}.db");
        let url = form.replace("{}", &file);
        store_one_and_reopen(&url, Path::new(&file)).await;
    }
}

#[tokio::test]
async fn an_in_memory_sqlite_store_keeps_its_data_while_open() {
    let store = upstander_store::open("sqlite::memory:").await.unwrap();
    assert!(format!("{store:?}").contains("sqlite"), "{store:?}");
    store
        .ingest_batch(
            &[post("k1", "c", 1), post("k2", "c", 1)],
            GroupingRules::default(),
        )
        .await
        .unwrap();
    let items = store.list_items(&ItemFilter::default()).await.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].copies, 2);
}

#[tokio::test]
async fn a_directory_that_does_not_exist_is_reported_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("up.db");
    let err = SqliteStore::open(&path).await.unwrap_err();
    assert!(matches!(err, StoreError::Database(_)), "{err:?}");
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
}

async fn the_store_names_its_backend_and_hides_its_password_in_debug_output(ctx: Ctx) {
    match ctx.backend {
        Backend::Sqlite => {
            assert_eq!(ctx.store.backend(), "sqlite");
            let store = SqliteStore::open(Path::new(&ctx.url)).await.unwrap();
            assert!(format!("{store:?}").contains(&ctx.url));
        }
        Backend::Postgres => {
            assert_eq!(ctx.store.backend(), "postgres");
            // The local server trusts the connection, so any password is accepted.
            let url = crate::support::with_password(&ctx.url, "sh0wnowhere");
            let store = PostgresStore::connect(&url).await.unwrap();
            let debug = format!("{store:?}");
            assert!(!debug.contains("sh0wnowhere"), "{debug}");
            assert!(debug.contains(":***@"), "{debug}");
            store.close().await;
        }
    }
}
