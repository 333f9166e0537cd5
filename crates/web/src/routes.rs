//! The route table: every route is added through `Routes::add`, which records what the
//! OpenAPI document says about it, so the router and the document cannot drift apart.

use axum::Router;
use axum::handler::Handler;
use axum::routing::{MethodFilter, on};
use upstander_core::Permission;

use crate::state::AppState;

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, without an account.
    Public,
    /// Any signed-in account.
    SignedIn,
    /// A signed-in account whose role holds this permission.
    Permission(Permission),
}

/// What a route answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTML page or fragment (forms post URL-encoded bodies).
    Page,
    /// JSON.
    Api,
    /// A static file or plain text.
    Static,
}

/// HTTP methods the table uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// GET (and HEAD).
    Get,
    /// POST.
    Post,
}

impl Verb {
    /// The method's name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "GET",
            Verb::Post => "POST",
        }
    }
}

/// One route as documented.
#[derive(Debug, Clone)]
pub struct RouteDoc {
    /// Method.
    pub verb: Verb,
    /// Path in axum/OpenAPI syntax (`/api/v1/items/{id}`).
    pub path: &'static str,
    /// One line: what it does.
    pub summary: &'static str,
    /// Who may call it.
    pub access: Access,
    /// Page, API or static.
    pub kind: Kind,
    /// Name of the request body's schema (JSON routes).
    pub request: Option<&'static str>,
    /// Name of the success response's schema (JSON routes); a `[]` suffix means a list.
    pub response: Option<&'static str>,
    /// The success status (200, or 201 for routes that create something).
    pub success: u16,
}

impl RouteDoc {
    /// A GET route.
    #[must_use]
    pub const fn get(path: &'static str, summary: &'static str) -> Self {
        Self {
            verb: Verb::Get,
            path,
            summary,
            access: Access::Public,
            kind: Kind::Page,
            request: None,
            response: None,
            success: 200,
        }
    }

    /// A POST route.
    #[must_use]
    pub const fn post(path: &'static str, summary: &'static str) -> Self {
        Self {
            verb: Verb::Post,
            ..Self::get(path, summary)
        }
    }

    /// Needs this permission.
    #[must_use]
    pub const fn needs(mut self, permission: Permission) -> Self {
        self.access = Access::Permission(permission);
        self
    }

    /// Needs any signed-in account.
    #[must_use]
    pub const fn signed_in(mut self) -> Self {
        self.access = Access::SignedIn;
        self
    }

    /// A JSON route with these request and response schemas.
    #[must_use]
    pub const fn json(mut self, request: Option<&'static str>, response: &'static str) -> Self {
        self.kind = Kind::Api;
        self.request = request;
        self.response = Some(response);
        self
    }

    /// Answers 201 Created on success.
    #[must_use]
    pub const fn created(mut self) -> Self {
        self.success = 201;
        self
    }

    /// A static file or plain-text route.
    #[must_use]
    pub const fn plain(mut self) -> Self {
        self.kind = Kind::Static;
        self
    }
}

/// A router under construction together with the documentation of every route in it.
pub(crate) struct Routes {
    pub(crate) router: Router<AppState>,
    pub(crate) docs: Vec<RouteDoc>,
}

impl Routes {
    pub(crate) fn new() -> Self {
        Self {
            router: Router::new(),
            docs: Vec::new(),
        }
    }

    /// Adds a route; the only way a route gets into the router.
    pub(crate) fn add<H, T>(mut self, doc: RouteDoc, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = match doc.verb {
            Verb::Get => MethodFilter::GET,
            Verb::Post => MethodFilter::POST,
        };
        self.router = self.router.route(doc.path, on(filter, handler));
        self.docs.push(doc);
        self
    }
}
