//! `upstander user add|list|disable|enable|set-role|reset-password`
//!
//! The command line acts as the system actor (an administrator that cannot sign in), so
//! whoever can run it against the database manages the accounts. Passwords are never taken
//! as arguments (they would land in shell history and process lists): they are read from the
//! terminal without echo, or from the first line of standard input with `--password-stdin`.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use upstander_app::{Hub, MIN_PASSWORD_CHARS, NewUser};
use upstander_core::{Role, User};

use crate::settings::{Settings, runtime};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Make an account (the password is prompted for, or read with --password-stdin).
    Add(AddArgs),
    /// List every account.
    List(ListArgs),
    /// Disable an account: its sessions end and its API tokens stop working.
    Disable(NameArgs),
    /// Enable a disabled account again.
    Enable(NameArgs),
    /// Change an account's role.
    SetRole(SetRoleArgs),
    /// Set a new password (ends the user's sessions and clears a lockout).
    ResetPassword(PasswordArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Login name: letters, digits, '.', '_' and '-'.
    username: String,
    /// admin, supervisor, analyst, volunteer or police_liaison.
    #[arg(long, value_parser = parse_role)]
    role: Role,
    /// The name colleagues see. Defaults to the username.
    #[arg(long)]
    display_name: Option<String>,
    /// Read the password from the first line of standard input instead of prompting.
    #[arg(long)]
    password_stdin: bool,
    /// Print the new account as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// The account's username.
    username: String,
}

#[derive(Debug, Args)]
pub struct SetRoleArgs {
    /// The account's username.
    username: String,
    /// The new role.
    #[arg(value_parser = parse_role)]
    role: Role,
}

#[derive(Debug, Args)]
pub struct PasswordArgs {
    /// The account's username.
    username: String,
    /// Read the password from the first line of standard input instead of prompting.
    #[arg(long)]
    password_stdin: bool,
}

fn parse_role(input: &str) -> Result<Role, String> {
    Role::parse(input).map_err(|e| e.to_string())
}

pub fn run(settings: &Settings, command: UserCommand) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    // Read the password before opening the hub, so a typo in it costs no database work.
    let password = match &command {
        UserCommand::Add(args) => Some(read_password(args.password_stdin)?),
        UserCommand::ResetPassword(args) => Some(read_password(args.password_stdin)?),
        _ => None,
    };
    let rt = runtime()?;
    rt.block_on(async move {
        let hub = Hub::open(config).await?;
        let system = Hub::system_actor();
        let mut out = std::io::stdout().lock();
        match command {
            UserCommand::Add(args) => {
                let user = hub
                    .add_user(
                        &system,
                        NewUser {
                            display_name: args
                                .display_name
                                .unwrap_or_else(|| args.username.clone()),
                            username: args.username,
                            role: args.role,
                            password: password.unwrap_or_default(),
                        },
                    )
                    .await?;
                if args.json {
                    serde_json::to_writer_pretty(&mut out, &user)?;
                    writeln!(out)?;
                } else {
                    writeln!(out, "added {} ({})", user.username, user.role)?;
                }
            }
            UserCommand::List(args) => {
                let users = hub.list_users(&system).await?;
                if args.json {
                    serde_json::to_writer_pretty(&mut out, &users)?;
                    writeln!(out)?;
                } else {
                    table(&mut out, &users)?;
                }
            }
            UserCommand::Disable(args) => {
                let user = hub.set_user_disabled(&system, &args.username, true).await?;
                writeln!(out, "disabled {}", user.username)?;
            }
            UserCommand::Enable(args) => {
                let user = hub
                    .set_user_disabled(&system, &args.username, false)
                    .await?;
                writeln!(out, "enabled {}", user.username)?;
            }
            UserCommand::SetRole(args) => {
                let user = hub.set_role(&system, &args.username, args.role).await?;
                writeln!(out, "{} is now {}", user.username, user.role)?;
            }
            UserCommand::ResetPassword(args) => {
                hub.reset_password(&system, &args.username, &password.unwrap_or_default())
                    .await?;
                writeln!(
                    out,
                    "password reset for {}; their sessions have ended",
                    args.username
                )?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// The password from standard input's first line, or typed twice at the terminal.
fn read_password(from_stdin: bool) -> anyhow::Result<String> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("reading the password from standard input")?;
        let password = line.trim_end_matches(['\n', '\r']).to_owned();
        if password.is_empty() {
            bail!("--password-stdin: standard input held no password");
        }
        return Ok(password);
    }
    if !std::io::stdin().is_terminal() {
        bail!("not a terminal: give --password-stdin and pipe the password in");
    }
    let first = rpassword::prompt_password(format!(
        "Password (at least {MIN_PASSWORD_CHARS} characters): "
    ))
    .context("reading the password")?;
    let again =
        rpassword::prompt_password("Same password again: ").context("reading the password")?;
    if first != again {
        bail!("the two passwords differ; nothing was changed");
    }
    Ok(first)
}

fn table(out: &mut impl Write, users: &[User]) -> std::io::Result<()> {
    if users.is_empty() {
        return writeln!(
            out,
            "no accounts yet; add one with `upstander user add NAME --role admin`"
        );
    }
    writeln!(
        out,
        "{:<20} {:<15} {:<9} {:<25} NAME",
        "USERNAME", "ROLE", "STATE", "LAST SIGN-IN"
    )?;
    for user in users {
        writeln!(
            out,
            "{:<20} {:<15} {:<9} {:<25} {}",
            user.username,
            user.role,
            if user.disabled { "disabled" } else { "active" },
            user.last_login_at.map_or_else(
                || "never".to_owned(),
                |t| t.strftime("%Y-%m-%d %H:%M UTC").to_string()
            ),
            user.display_name
        )?;
    }
    Ok(())
}
