//! Reading `application/x-www-form-urlencoded` bodies with a precise error per field.
//!
//! Written here because `serde_urlencoded` cannot collect repeated fields (the decision
//! form's legal grounds) and silently replaces bytes that are not UTF-8; a reviewer's or
//! reporter's text must arrive exactly as typed or be refused with the field's name.

use percent_encoding::percent_decode;

use crate::error::{ApiError, FieldError};

/// Most fields one form may carry; more is not a form we wrote.
const MAX_FIELDS: usize = 200;

/// The decoded fields of a form, in order, repeated names kept.
#[derive(Debug, Clone, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    /// Decodes a form body.
    ///
    /// # Errors
    /// [`ApiError::Invalid`] naming each field whose name or value is not UTF-8 once
    /// percent-decoded, or [`ApiError::BadRequest`] for too many fields.
    pub fn parse(body: &[u8]) -> Result<Self, ApiError> {
        let mut pairs = Vec::new();
        let mut errors = Vec::new();
        for part in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
            if pairs.len() + errors.len() >= MAX_FIELDS {
                return Err(ApiError::BadRequest(format!(
                    "a form may have at most {MAX_FIELDS} fields"
                )));
            }
            let (name, value) = match part.iter().position(|b| *b == b'=') {
                Some(i) => (&part[..i], &part[i + 1..]),
                None => (part, &[][..]),
            };
            let Ok(name) = decode(name) else {
                errors.push(FieldError::new("form", "a field name is not valid UTF-8"));
                continue;
            };
            match decode(value) {
                Ok(value) => pairs.push((name, value)),
                Err(()) => errors.push(FieldError::new(&name, "is not valid UTF-8 text")),
            }
        }
        if errors.is_empty() {
            Ok(Self { pairs })
        } else {
            Err(ApiError::Invalid(errors))
        }
    }

    /// The first value of field `name` in a raw body, decoding only that field: the CSRF
    /// check must find its token even when another field is malformed (that field's error is
    /// then reported by the handler).
    #[must_use]
    pub fn find(body: &[u8], name: &str) -> Option<String> {
        body.split(|b| *b == b'&').find_map(|part| {
            let (n, v) = match part.iter().position(|b| *b == b'=') {
                Some(i) => (&part[..i], &part[i + 1..]),
                None => (part, &[][..]),
            };
            (decode(n).ok()? == name).then(|| decode(v).ok()).flatten()
        })
    }

    /// The first value of `name`, if present.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`, trimmed; `None` when absent or blank.
    #[must_use]
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    /// Every non-blank value of `name`, in order.
    #[must_use]
    pub fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(n, v)| n == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_owned())
            .collect()
    }

    /// Whether a checkbox named `name` was ticked.
    #[must_use]
    pub fn checked(&self, name: &str) -> bool {
        self.get(name)
            .is_some_and(|v| matches!(v, "on" | "true" | "1" | "yes"))
    }
}

fn decode(raw: &[u8]) -> Result<String, ()> {
    let plus_as_space: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let bytes: Vec<u8> = percent_decode(&plus_as_space).collect();
    String::from_utf8(bytes).map_err(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fields_and_encoded_text_come_back_as_typed() {
        let form = FormData::parse(b"a=1&g=x&g=y+z&t=caf%C3%A9&empty=&flag").unwrap();
        assert_eq!(form.get("a"), Some("1"));
        assert_eq!(form.all("g"), vec!["x", "y z"]);
        assert_eq!(form.get("t"), Some("café"));
        assert_eq!(form.text("empty"), None);
        assert_eq!(form.get("flag"), Some(""));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused_with_the_field_name() {
        let Err(ApiError::Invalid(errors)) = FormData::parse(b"ok=1&text=%FF%FE") else {
            panic!("expected a field error");
        };
        assert_eq!(errors[0].field, "text");
        assert!(FormData::parse(b"%FF=1").is_err());
    }
}
