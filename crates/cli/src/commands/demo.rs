//! `upstander demo`: the first thing a newcomer runs. Loads the bundled sample posts, adds
//! demo accounts (one per role) and a few public reports, then serves the web front end.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use upstander_app::{AppError, Hub, NewReport, NewUser, NoProgress, SourceInput};
use upstander_core::{ItemFilter, ItemStatus, ReporterContact, ReporterRole, Role};
use upstander_ingest::Format;

use super::ingest::{RejectsFile, print_summary};
use super::serve::{ServeArgs, serve_hub};
use crate::render;
use crate::settings::{Settings, runtime};

/// Sample posts shipped with the binary: written for the demo, in the project's JSONL format.
const DEMO_POSTS: &str = include_str!("../../../../resources/samples/demo-posts.jsonl");

/// Demo accounts. The passwords are public (they are printed and documented): for trying
/// the hub out on your own machine only, never for a hub that holds real reports.
pub const DEMO_USERS: [(&str, &str, Role, &str); 5] = [
    ("admin", "Ada Admin", Role::Admin, "demo-admin-only"),
    (
        "supervisor",
        "Sam Supervisor",
        Role::Supervisor,
        "demo-supervisor-only",
    ),
    ("analyst", "Ana Analyst", Role::Analyst, "demo-analyst-only"),
    (
        "volunteer",
        "Vic Volunteer",
        Role::Volunteer,
        "demo-volunteer-only",
    ),
    (
        "liaison",
        "Pat Police-Liaison",
        Role::PoliceLiaison,
        "demo-liaison-only",
    ),
];

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Load the demo data and print the queue, but do not start the web server.
    #[arg(long)]
    pub no_serve: bool,

    #[command(flatten)]
    pub serve: ServeArgs,
}

/// Adds the demo accounts, or resets their passwords to the demo ones when they exist.
async fn seed_users(hub: &Hub) -> anyhow::Result<()> {
    let system = Hub::system_actor();
    let existing = hub.list_users(&system).await?;
    for (username, display_name, role, password) in DEMO_USERS {
        if existing.iter().any(|u| u.username == username) {
            hub.reset_password(&system, username, password).await?;
        } else {
            hub.add_user(
                &system,
                NewUser {
                    username: username.to_owned(),
                    display_name: display_name.to_owned(),
                    role,
                    password: password.to_owned(),
                },
            )
            .await?;
        }
    }
    Ok(())
}

/// A few public reports, as people would send them through the form.
fn demo_reports() -> Vec<NewReport> {
    vec![
        NewReport {
            urls: vec!["https://x.com/northern_truth88/status/1861000000000000001".into()],
            text: None,
            description: Some(
                "This account keeps posting this about Muslims and others are copying it.".into(),
            ),
            hate_kind: None,
            target_group: Some("TG.RELIGION.MUSLIM".into()),
            reporter_role: ReporterRole::Witness,
            contact: None,
            consent_to_contact: false,
            anonymous: true,
        },
        NewReport {
            urls: vec!["https://x.com/k_ldn/status/1861000000000000012".into()],
            text: Some("I'm going to stab you next time I see you on the estate, watch".into()),
            description: Some(
                "This was sent to me after an argument. I am scared to go out.".into(),
            ),
            hate_kind: None,
            target_group: None,
            reporter_role: ReporterRole::Victim,
            contact: Some(ReporterContact {
                name: Some("Jordan (demo)".into()),
                email: Some("jordan@example.org".into()),
                phone: None,
            }),
            consent_to_contact: true,
            anonymous: false,
        },
        NewReport {
            urls: Vec::new(),
            text: Some("Gypsies are thieves, lock up your bikes when that lot are around".into()),
            description: Some("Seen in a local Facebook group, the post was deleted later.".into()),
            hate_kind: None,
            target_group: Some("TG.RACE.GYPSY_ROMA_TRAVELLER".into()),
            reporter_role: ReporterRole::Witness,
            contact: None,
            consent_to_contact: false,
            anonymous: false,
        },
    ]
}

pub fn run(settings: &Settings, args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let url = upstander_app::redact_url(&config.database.url);
    let rt = runtime()?;
    let mut rejects = RejectsFile::new(std::path::Path::new("upstander-rejects.jsonl"));
    let (hub, summary, items, open, references) = rt.block_on(async {
        let hub = Hub::open(config).await?;
        let source = SourceInput {
            name: "demo-posts.jsonl".to_owned(),
            reader: Box::new(std::io::Cursor::new(DEMO_POSTS.as_bytes())),
        };
        let summary = hub
            .ingest(vec![source], Format::Jsonl, &NoProgress, &mut |r| {
                rejects.write(r)
            })
            .await?;
        seed_users(&hub).await?;
        // Reports only on the first load, so running the demo again adds nothing.
        let mut references = Vec::new();
        if summary.accepted > 0 {
            for report in demo_reports() {
                match hub.submit_report(report).await {
                    Ok(receipt) => references.push(receipt.reference.to_string()),
                    // A sample the rules refuse is a bug in the sample, not a reason to stop.
                    Err(AppError::InvalidInput { field, message }) => {
                        tracing::warn!(field, message, "a demo report was refused");
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        let filter = ItemFilter {
            status: Some(ItemStatus::Open),
            limit: Some(20),
            ..ItemFilter::default()
        };
        let items = hub.queue(&filter).await?;
        let open = hub.counts().await?.open;
        anyhow::Ok((hub, summary, items, open, references))
    })?;
    let rejects_path = rejects.finish()?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "Loaded the demo posts into {url}.")?;
    drop(out);
    print_summary(
        &summary,
        open,
        hub.backend(),
        rejects_path.as_deref(),
        false,
    )?;
    let mut out = std::io::stdout().lock();
    if !references.is_empty() {
        writeln!(out, "Public reports added: {}", references.join(", "))?;
    }
    writeln!(
        out,
        "\nReview queue (open items, highest priority first):\n"
    )?;
    render::queue_table(&mut out, &items, upstander_core::Timestamp::now())?;
    writeln!(
        out,
        "\nDemo accounts (DEMO ONLY: these passwords are public, never use them on a real hub):"
    )?;
    for (username, _, role, password) in DEMO_USERS {
        writeln!(out, "  {:<11} {:<21} {}", username, password, role.as_str())?;
    }
    if args.no_serve {
        writeln!(
            out,
            "\nNext: `upstander demo` (without --no-serve) to open the web front end, or\n`upstander queue show ID` to see why an item was flagged."
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    drop(out);
    rt.block_on(serve_hub(hub, &args.serve, |addr| {
        println!(
            "\nOpen http://{addr}/ in a browser. Report a post at /report; sign in at /login\n\
             with one of the accounts above (volunteer decides, supervisor second-reviews).\n\
             Ctrl-C stops the server."
        );
    }))?;
    Ok(ExitCode::SUCCESS)
}
