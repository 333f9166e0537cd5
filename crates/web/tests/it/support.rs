//! A hub on a temporary SQLite database with one account per role, and helpers to send
//! requests through the router with `oneshot`.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use upstander_app::{Hub, HubConfig, NewReport, NewUser};
use upstander_core::{ReporterContact, ReporterRole, Role};
use upstander_web::WebConfig;

/// Test accounts' password (test-only).
pub const PASSWORD: &str = "correct horse battery";

pub struct TestHub {
    #[allow(dead_code)]
    pub dir: tempfile::TempDir,
    pub hub: Hub,
    pub db_path: std::path::PathBuf,
}

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// The value of a cookie this response sets.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| {
                let first = v.split(';').next()?;
                let (n, value) = first.split_once('=')?;
                (n == name).then(|| value.to_owned())
            })
    }
}

pub fn username(role: Role) -> String {
    role.as_str().replace('_', "-")
}

impl TestHub {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db_path = dir.path().join("hub.db");
        let mut config = HubConfig::default();
        config.database.url = format!("sqlite://{}", db_path.display());
        config.referral.notifier_name = "Casework Team".into();
        config.referral.notifier_email = "casework@example.org".into();
        let hub = Hub::open(config).await.unwrap();
        let system = Hub::system_actor();
        for role in Role::ALL {
            hub.add_user(
                &system,
                NewUser {
                    username: username(role),
                    display_name: format!("Test {role}"),
                    role,
                    password: PASSWORD.into(),
                },
            )
            .await
            .unwrap();
        }
        Self { dir, hub, db_path }
    }

    pub fn router(&self) -> Router {
        self.router_with(WebConfig::default())
    }

    pub fn router_with(&self, config: WebConfig) -> Router {
        upstander_web::router(self.hub.clone(), config)
    }

    /// A public report that lands in the queue; returns (reference, item id).
    pub async fn report(&self, text: &str, with_contact: bool) -> (String, String) {
        let receipt = self
            .hub
            .submit_report(NewReport {
                urls: Vec::new(),
                text: Some(text.into()),
                description: Some("seen this morning".into()),
                hate_kind: None,
                target_group: None,
                reporter_role: ReporterRole::Witness,
                contact: with_contact.then(|| ReporterContact {
                    name: Some("Rae Porter".into()),
                    email: Some("rae@example.org".into()),
                    phone: None,
                }),
                consent_to_contact: with_contact,
                anonymous: false,
            })
            .await
            .unwrap();
        (receipt.reference.to_string(), receipt.item_id.to_string())
    }

    /// A signed-in session for `role`: (session token, CSRF token).
    pub async fn session(&self, role: Role) -> (String, String) {
        let session = self
            .hub
            .login(&username(role), PASSWORD, "test")
            .await
            .unwrap();
        (session.token, session.csrf_token)
    }

    /// An API token for `role`.
    pub async fn api_token(&self, role: Role) -> String {
        let user = self
            .hub
            .list_users(&Hub::system_actor())
            .await
            .unwrap()
            .into_iter()
            .find(|u| u.username == username(role))
            .unwrap();
        self.hub.create_api_token(&user, "tests").await.unwrap()
    }
}

/// A request builder with the usual shapes.
pub struct Req {
    builder: axum::http::request::Builder,
    body: Body,
}

impl Req {
    pub fn new(method: Method, path: &str) -> Self {
        Self {
            builder: Request::builder().method(method).uri(path),
            body: Body::empty(),
        }
    }

    pub fn get(path: &str) -> Self {
        Self::new(Method::GET, path)
    }

    pub fn post(path: &str) -> Self {
        Self::new(Method::POST, path)
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.builder = self.builder.header(name, value);
        self
    }

    pub fn bearer(self, token: &str) -> Self {
        self.header("authorization", &format!("Bearer {token}"))
    }

    pub fn session(self, token: &str) -> Self {
        self.header("cookie", &format!("ups_session={token}"))
    }

    pub fn form(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.builder = self
            .builder
            .header("content-type", "application/x-www-form-urlencoded");
        self.body = Body::from(body.into());
        self
    }

    pub fn body(mut self, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        self.builder = self.builder.header("content-type", content_type);
        self.body = Body::from(body.into());
        self
    }

    pub fn json(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.builder = self.builder.header("content-type", "application/json");
        self.body = Body::from(body.into());
        self
    }

    pub async fn send(self, router: &Router) -> Reply {
        let request = self.builder.body(self.body).unwrap();
        let response = router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
}

/// The anonymous CSRF cookie and token a visitor gets from a page.
pub async fn visitor_csrf(router: &Router) -> String {
    let page = Req::get("/report").send(router).await;
    page.cookie("ups_csrf").expect("a CSRF cookie for visitors")
}
