//! Reading a database URL: which backend it names, and how to print it without its password.

use std::path::PathBuf;

/// The backend a database URL selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A SQLite database file.
    SqliteFile(PathBuf),
    /// A private in-memory SQLite database (`sqlite::memory:`).
    SqliteMemory,
    /// A PostgreSQL connection URL, passed on unchanged.
    Postgres,
}

/// Works out the backend from `url`: `sqlite://PATH`, `sqlite:PATH`, a plain path, or
/// `postgres://` / `postgresql://`; `None` for anything else.
pub(crate) fn parse(url: &str) -> Option<Target> {
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    let lower_head: String = url
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    if lower_head.starts_with("postgres://") || lower_head.starts_with("postgresql://") {
        return Some(Target::Postgres);
    }
    if let Some(rest) = strip_prefix_ignore_case(url, "sqlite:") {
        let path = rest.strip_prefix("//").unwrap_or(rest);
        return sqlite_target(path);
    }
    // Any other `scheme://` is a database we do not speak (mysql://, redis://, …). A bare
    // `C:\…` or `./db` is a path.
    if has_scheme(url) {
        return None;
    }
    sqlite_target(url)
}

fn sqlite_target(path: &str) -> Option<Target> {
    if path == ":memory:" {
        return Some(Target::SqliteMemory);
    }
    // Connection options in the URL (`?mode=ro`) are not supported; refusing them beats
    // silently creating a file whose name ends in `?mode=ro`.
    if path.is_empty() || path.contains('?') {
        return None;
    }
    Some(Target::SqliteFile(PathBuf::from(path)))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        text.get(prefix.len()..)
    } else {
        None
    }
}

fn has_scheme(url: &str) -> bool {
    let Some((scheme, _)) = url.split_once("://") else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// `url` with any password replaced by `***`, both in the `user:password@` part and in a
/// `password=` query parameter, so it can go into logs and error messages.
pub(crate) fn redact(url: &str) -> String {
    let mut out = redact_userinfo(url);
    out = redact_query_password(&out);
    out
}

fn redact_userinfo(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let authority_start = scheme_end + 3;
    let rest = url.get(authority_start..).unwrap_or("");
    // The authority ends at the first '/', '?' or '#'; the user info is what precedes its
    // last '@' (a password may itself contain '@' when not percent-encoded).
    let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..authority_len).unwrap_or("");
    let Some(at) = authority.rfind('@') else {
        return url.to_owned();
    };
    let userinfo = authority.get(..at).unwrap_or("");
    let Some(colon) = userinfo.find(':') else {
        return url.to_owned();
    };
    let user = userinfo.get(..colon).unwrap_or("");
    format!(
        "{}{user}:***{}",
        url.get(..authority_start).unwrap_or(""),
        rest.get(at..).unwrap_or("")
    )
}

fn redact_query_password(url: &str) -> String {
    let Some(query_start) = url.find('?') else {
        return url.to_owned();
    };
    let (head, query) = url.split_at(query_start);
    let query = query.get(1..).unwrap_or("");
    let parts: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{head}?{}", parts.join("&"))
}

/// The password in `url`, if it has one, so that error text from the driver can be scrubbed
/// of it as well.
pub(crate) fn password(url: &str) -> Option<String> {
    let redacted = redact(url);
    if redacted == url {
        return None;
    }
    // Find what was replaced by comparing the user-info part; fall back to the query value.
    let scheme_end = url.find("://")? + 3;
    let rest = url.get(scheme_end..)?;
    let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..authority_len)?;
    if let Some(at) = authority.rfind('@')
        && let Some((_, secret)) = authority.get(..at)?.split_once(':')
        && !secret.is_empty()
    {
        return Some(secret.to_owned());
    }
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key.eq_ignore_ascii_case("password") && !value.is_empty()).then(|| value.to_owned())
    })
}

/// Removes `url`'s password from a driver message, wherever it appears.
pub(crate) fn scrub(message: &str, url: &str) -> String {
    match password(url) {
        // A one- or two-character password would blank out ordinary words; such a password
        // is also not worth protecting from a log line that already names the user.
        Some(secret) if secret.len() >= 3 => message.replace(&secret, "***"),
        _ => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_and_plain_paths_select_sqlite() {
        let file = |p: &str| Some(Target::SqliteFile(PathBuf::from(p)));
        assert_eq!(parse("sqlite://./upstander.db"), file("./upstander.db"));
        assert_eq!(parse("sqlite:///var/lib/up.db"), file("/var/lib/up.db"));
        assert_eq!(parse("sqlite:up.db"), file("up.db"));
        assert_eq!(parse("SQLITE://up.db"), file("up.db"));
        assert_eq!(parse("upstander.db"), file("upstander.db"));
        assert_eq!(parse("./data/upstander.db"), file("./data/upstander.db"));
        assert_eq!(parse("sqlite::memory:"), Some(Target::SqliteMemory));
    }

    #[test]
    fn postgres_urls_select_postgres() {
        assert_eq!(parse("postgres://u@localhost/db"), Some(Target::Postgres));
        assert_eq!(parse("PostgreSQL://u@localhost/db"), Some(Target::Postgres));
    }

    #[test]
    fn other_schemes_empty_urls_and_url_options_are_refused() {
        assert_eq!(parse("mysql://root@localhost/db"), None);
        assert_eq!(parse(""), None);
        assert_eq!(parse("sqlite://"), None);
        assert_eq!(parse("sqlite://up.db?mode=ro"), None);
    }

    #[test]
    fn a_password_in_the_user_info_is_redacted() {
        assert_eq!(
            redact("postgres://alice:s3cret@db.example:5432/up"),
            "postgres://alice:***@db.example:5432/up"
        );
        assert_eq!(
            redact("postgres://alice:p@ss@db/up"),
            "postgres://alice:***@db/up"
        );
        assert_eq!(redact("postgres://alice@db/up"), "postgres://alice@db/up");
    }

    #[test]
    fn a_password_query_parameter_is_redacted() {
        assert_eq!(
            redact("postgres://db/up?user=a&password=hunter22&sslmode=disable"),
            "postgres://db/up?user=a&password=***&sslmode=disable"
        );
    }

    #[test]
    fn driver_messages_are_scrubbed_of_the_password() {
        let url = "postgres://alice:s3cret@db/up";
        assert_eq!(password(url).as_deref(), Some("s3cret"));
        assert_eq!(
            scrub("bad login s3cret for alice", url),
            "bad login *** for alice"
        );
    }
}
