//! Turning form fields and JSON bodies into the hub's inputs, the same way for both.

use upstander_app::{DecisionInput, NewReport};
use upstander_core::{ReporterContact, ReporterRole};

use crate::dto::{ContactDto, DecisionRequest, ReportRequest};
use crate::error::ApiError;
use crate::forms::FormData;

/// What the report form holds, kept as typed so it can be shown again with errors.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReportValues {
    pub urls: String,
    pub text: String,
    pub description: String,
    pub hate_kind: String,
    pub target_group: String,
    pub reporter_role: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub consent: bool,
    pub anonymous: bool,
}

impl ReportValues {
    pub(crate) fn from_form(form: &FormData) -> Self {
        let s = |n: &str| form.get(n).unwrap_or_default().to_owned();
        Self {
            urls: s("urls"),
            text: s("text"),
            description: s("description"),
            hate_kind: s("hate_kind"),
            target_group: s("target_group"),
            reporter_role: s("reporter_role"),
            name: s("contact_name"),
            email: s("contact_email"),
            phone: s("contact_phone"),
            consent: form.checked("consent_to_contact"),
            anonymous: form.checked("anonymous"),
        }
    }

    pub(crate) fn to_request(&self) -> ReportRequest {
        let opt = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let contact = ContactDto {
            name: opt(&self.name),
            email: opt(&self.email),
            phone: opt(&self.phone),
        };
        let has_contact =
            contact.name.is_some() || contact.email.is_some() || contact.phone.is_some();
        ReportRequest {
            urls: self
                .urls
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            text: opt(&self.text),
            description: opt(&self.description),
            hate_kind: opt(&self.hate_kind),
            target_group: opt(&self.target_group),
            reporter_role: self.reporter_role.clone(),
            contact: has_contact.then_some(contact),
            consent_to_contact: self.consent,
            anonymous: self.anonymous,
        }
    }
}

/// Most URLs read from a report before the hub's own check (which allows fewer) rejects
/// them: keeps a pasted wall of links from costing more than a glance.
const MAX_URL_LINES: usize = 100;

/// The hub's report from a request; the role is the only field checked here (the hub checks
/// the rest and names the field).
pub(crate) fn new_report(request: ReportRequest) -> Result<NewReport, ApiError> {
    let reporter_role = ReporterRole::parse(&request.reporter_role).map_err(|_| {
        ApiError::field(
            "reporter_role",
            "say whether you were the target (victim) or saw it (witness)",
        )
    })?;
    if request.urls.len() > MAX_URL_LINES {
        return Err(ApiError::field("urls", "give at most 10 links"));
    }
    let contact = request.contact.map(|c| ReporterContact {
        name: c.name,
        email: c.email,
        phone: c.phone,
    });
    Ok(NewReport {
        urls: request.urls,
        text: request.text,
        description: request.description,
        hate_kind: request.hate_kind,
        target_group: request.target_group,
        reporter_role,
        contact,
        consent_to_contact: request.consent_to_contact,
        anonymous: request.anonymous,
    })
}

/// A decision request from the decision form.
pub(crate) fn decision_from_form(form: &FormData) -> DecisionRequest {
    DecisionRequest {
        action: form.text("action").unwrap_or_default(),
        category: form.text("category"),
        target_group: form.text("target_group"),
        severity: form.text("severity").unwrap_or_default(),
        legal_grounds: form.all("legal_grounds"),
        policy_grounds: form
            .all("policy_grounds")
            .iter()
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect(),
        note: form.text("note"),
    }
}

/// The hub's decision input (the reviewer is the signed-in user, given separately).
pub(crate) fn decision_input(request: DecisionRequest) -> DecisionInput {
    DecisionInput {
        action: request.action,
        category: request.category,
        severity: request.severity,
        note: request.note,
        reviewer: String::new(),
        target_group: request.target_group,
        legal_grounds: request.legal_grounds,
        policy_grounds: request.policy_grounds,
    }
}
