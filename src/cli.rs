//! The command line (clap). Arguments become a clap-free `Config` at once,
//! with every value resolved to its type here: a region, theme, file kind
//! or rule that does not exist is a usage error (exit 2) before anything
//! runs, and completions know the values.

use crate::check::{self, Rule};
use crate::config::{Command, Config, NormOverrides};
use crate::diag::Code;
use crate::error::{Error, Usage};
use crate::i18n::t;
use crate::model::{Decision, PartnerKind, SchemaKind, TargetGroup, week_minutes, whole_minutes};
use crate::registry::{self, Region, Theme};
use crate::render::Format;
use crate::suggest;
use chrono::NaiveDate;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;

// Structure only: every word people read (about, examples, each argument's
// help) is in the catalogues, `cli-…` (`localize`).
#[derive(Debug, Parser)]
#[command(name = "vsopro", version)]
struct Cli {
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,

    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Table)]
    format: FormatArg,

    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    today: Option<NaiveDate>,

    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,

    #[arg(long, global = true, value_name = "nl|en", value_parser = ["nl", "en"])]
    lang: Option<String>,

    // One `--out` for every report (a document), and for `schema` its folder.
    #[arg(long, global = true, value_name = "FILE")]
    out: Option<PathBuf>,

    // Replace what exists: `--out`'s file, a site, a CODEOWNERS.
    #[arg(long, global = true)]
    force: bool,

    #[command(subcommand)]
    command: CommandArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Table,
    Json,
    Markdown,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum CommandArg {
    Check(CheckArgs),
    #[command(name = "uitleg", visible_alias = "explain")]
    Explain(ExplainArgs),
    Regions,
    Caseload(CaseloadArgs),
    Foto(FotoArgs),
    Themes(ThemesArgs),
    Jaarplan(JaarplanArgs),
    #[command(name = "accordeer", visible_alias = "approve")]
    Approve(ApproveArgs),
    #[command(name = "voortgang", visible_alias = "progress")]
    Voortgang(VoortgangArgs),
    #[command(name = "uitstroom", visible_alias = "outcomes")]
    Uitstroom(UitstroomArgs),
    #[command(name = "voorbeelden", visible_alias = "practices")]
    Voorbeelden(VoorbeeldenArgs),
    Serve(ServeArgs),
    Hub(HubArgs),
    Init(RegionArg),
    #[command(name = "sync", visible_alias = "synchroniseer")]
    Sync(SyncArgs),
    Schema(SchemaArgs),
    Codeowners,
    Completions(CompletionsArgs),
    Man,
    #[command(subcommand)]
    Import(ImportCommand),
    Site(SiteArgs),
    Staffing(StaffingArgs),
}

#[derive(Debug, Args)]
struct NormArgs {
    #[arg(long, value_name = "MIN", value_parser = parse_minutes)]
    minutes_per_school: Option<u64>,
    #[arg(long, value_name = "HOURS", value_parser = parse_week)]
    hours_per_week: Option<u64>,
}

/// The largest vacancy `--schools` sizes: far above the roughly 700 pro and
/// vso locations in the country, far below any overflow.
pub(crate) const MAX_SCHOOLS: u64 = 1_000_000;

#[derive(Debug, Args)]
struct CaseloadArgs {
    #[arg(value_name = "REGION", conflicts_with = "schools", value_parser = RegionParser, hide_possible_values = true)]
    regions: Vec<&'static Region>,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=MAX_SCHOOLS))]
    schools: Option<u64>,
    #[command(flatten)]
    norms: NormArgs,
}

#[derive(Debug, Args)]
struct FotoArgs {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
}

#[derive(Debug, Args)]
struct StaffingArgs {
    #[command(flatten)]
    norms: NormArgs,
}

#[derive(Debug, Args)]
struct SyncArgs {
    #[arg(long, short = 'm', value_name = "TEXT")]
    message: Option<String>,
}

#[derive(Debug, Args)]
struct RegionArg {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    #[arg(value_name = "CODE", value_parser = CodeParser, hide_possible_values = true)]
    code: Code,
}

#[derive(Debug, Args)]
struct SiteArgs {
    #[arg(value_name = "OUT")]
    folder: PathBuf,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    #[arg(value_name = "FILE-KIND", value_parser = KindParser)]
    kind: Option<SchemaKind>,
}

#[derive(Debug, Args)]
struct CompletionsArgs {
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    Duo(DuoArgs),
    Uitstroom(ImportUitstroomArgs),
}

#[derive(Debug, Args)]
struct ImportUitstroomArgs {
    #[arg(value_name = "FILE")]
    file: PathBuf,
    #[arg(long, value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: Option<&'static Region>,
    #[arg(long)]
    write: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["region", "all"])))]
struct DuoArgs {
    #[arg(value_name = "CSV", required = true)]
    csv: Vec<PathBuf>,
    #[arg(long, value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: Option<&'static Region>,
    #[arg(long)]
    all: bool,
    #[arg(long)]
    write: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("recording").args(["approve", "vote"])))]
#[command(group(clap::ArgGroup::new("named").args(["approve", "vote", "round"]).multiple(true)))]
struct JaarplanArgs {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
    #[arg(long, conflicts_with_all = ["round", "vote"])]
    history: bool,
    #[arg(long, requires = "history")]
    newest_first: bool,
    // `jaarplan --approve`: the older spelling of `accordeer`, kept working.
    #[arg(long, requires = "by", conflicts_with_all = ["history", "round", "vote"], hide = true)]
    approve: bool,
    #[arg(long, value_name = "WHO", requires = "named")]
    by: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, requires = "recording")]
    date: Option<NaiveDate>,
    #[arg(long, requires = "approve", hide = true)]
    tag: bool,
    // `--round open`: the plan goes to the directies; `extend` moves the
    // open round's deadline, `withdraw` ends it (with `--reason`).
    #[arg(long, value_name = "open|extend|withdraw", value_parser = ["open", "openen", "extend", "verlengen", "withdraw", "intrekken"], conflicts_with = "vote")]
    round: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, requires = "round")]
    deadline: Option<NaiveDate>,
    #[arg(long, value_name = "TEXT", requires = "round")]
    message: Option<String>,
    #[arg(long, value_name = "TEXT", requires = "round")]
    reason: Option<String>,
    #[arg(long, requires_all = ["institution", "by", "function", "decision"])]
    vote: bool,
    #[arg(long, value_name = "SCHOOL", requires = "vote")]
    institution: Option<String>,
    #[arg(long, value_name = "TEXT", requires = "vote")]
    function: Option<String>,
    #[arg(long, value_name = "DECISION", value_parser = DecisionParser, requires = "vote")]
    decision: Option<Decision>,
    #[arg(long, value_name = "TEXT", requires = "vote")]
    comment: Option<String>,
    #[arg(long, value_name = "CODE", requires = "vote", conflicts_with = "yes")]
    fingerprint: Option<String>,
    #[arg(long, requires = "vote")]
    yes: bool,
}

#[derive(Debug, Args)]
struct ApproveArgs {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
    #[arg(long, value_name = "WHO", required = true)]
    by: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    #[arg(long)]
    tag: bool,
}

#[derive(Debug, Args)]
struct ServeArgs {
    #[arg(long, value_name = "N", default_value_t = 8040)]
    port: u16,
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    host: String,
    #[arg(long)]
    read_only: bool,
    #[arg(long)]
    no_git: bool,
    #[arg(long)]
    open: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
struct HubArgs {
    #[command(subcommand)]
    command: Option<HubCommand>,
    #[arg(long, value_name = "DIR", global = true)]
    state: Option<PathBuf>,
    #[arg(long, value_name = "N", default_value_t = 8050)]
    port: u16,
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    host: String,
    #[arg(long, value_name = "URL", global = true)]
    public_url: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    trusted_proxy: Vec<std::net::IpAddr>,
}

#[derive(Debug, Subcommand)]
enum HubCommand {
    #[command(subcommand)]
    User(HubUserCommand),
    Backup(HubBackupArgs),
    Audit,
}

#[derive(Debug, Subcommand)]
enum HubUserCommand {
    Add(HubUserAddArgs),
    List,
    Remove(HubEmailArg),
    Reset(HubEmailArg),
    Role(HubUserRoleArgs),
}

#[derive(Debug, Args)]
struct HubUserAddArgs {
    #[arg(value_name = "EMAIL")]
    email: String,
    #[arg(long, value_name = "NAME")]
    name: String,
    #[arg(long, value_name = "ROLE")]
    role: String,
    #[arg(long, value_name = "REGION")]
    region: Vec<String>,
    #[arg(long, value_name = "SCHOOL")]
    institution: Vec<String>,
}

#[derive(Debug, Args)]
struct HubEmailArg {
    #[arg(value_name = "EMAIL")]
    email: String,
}

#[derive(Debug, Args)]
struct HubUserRoleArgs {
    #[arg(value_name = "EMAIL")]
    email: String,
    #[arg(long, value_name = "ROLE")]
    role: String,
    #[arg(long, value_name = "REGION")]
    region: Vec<String>,
    #[arg(long, value_name = "SCHOOL")]
    institution: Vec<String>,
}

#[derive(Debug, Args)]
struct HubBackupArgs {
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

#[derive(Debug, Args)]
struct VoortgangArgs {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
}

#[derive(Debug, Args)]
struct UitstroomArgs {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    regions: Vec<&'static Region>,
    #[arg(long, value_name = "YYYY-YYYY", value_parser = parse_school_year)]
    year: Option<String>,
    #[arg(long, value_name = "REGION", value_parser = RegionParser, hide_possible_values = true, conflicts_with = "regions")]
    template: Option<&'static Region>,
}

#[derive(Debug, Args)]
struct VoorbeeldenArgs {
    #[arg(value_name = "TERM")]
    terms: Vec<String>,
    #[arg(long, value_name = "ID", value_parser = ThemeParser)]
    theme: Option<&'static Theme>,
    #[arg(long, value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: Vec<&'static Region>,
    #[arg(long, value_name = "KIND", value_parser = PartnerParser)]
    partner: Option<PartnerKind>,
    #[arg(long, value_name = "GROUP", value_parser = TargetParser)]
    target: Option<TargetGroup>,
    #[arg(long, value_name = "REGION/ID", requires = "into", conflicts_with_all = ["terms", "theme", "region", "partner", "target"])]
    adopt: Option<String>,
    #[arg(long, value_name = "REGION", value_parser = RegionParser, hide_possible_values = true, requires = "adopt")]
    into: Option<&'static Region>,
}

#[derive(Debug, Args)]
struct ThemesArgs {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    regions: Vec<&'static Region>,
    #[arg(long, value_name = "ID", value_parser = ThemeParser)]
    theme: Option<&'static Theme>,
}

impl NormArgs {
    fn overrides(&self) -> NormOverrides {
        NormOverrides {
            minutes_per_school: self.minutes_per_school,
            week_minutes: self.hours_per_week,
        }
    }
}

/// The same limits as vsopro.toml (`model::settings`).
fn parse_minutes(s: &str) -> Result<u64, Usage> {
    s.parse::<f64>()
        .ok()
        .and_then(whole_minutes)
        .ok_or_else(|| Usage {
            message: t!("arg-err-minutes", value = s),
            help: Some(t!("arg-err-minutes-help")),
        })
}

/// A working week in whole minutes.
fn parse_week(s: &str) -> Result<u64, Usage> {
    s.parse::<f64>()
        .ok()
        .and_then(week_minutes)
        .ok_or_else(|| Usage {
            message: t!("arg-err-week", value = s),
            help: Some(t!("arg-err-week-help")),
        })
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    regions: Vec<&'static Region>,
    #[arg(long)]
    deny_warnings: bool,
    #[arg(long)]
    list: bool,
    #[arg(long, value_name = "RULE", value_parser = RuleParser)]
    skip: Vec<&'static Rule>,
}

/// A school year, `2025-2026`.
fn parse_school_year(s: &str) -> Result<String, Usage> {
    match crate::model::school_year_start(s) {
        Some(start) => Ok(crate::model::school_year_label(start)),
        None => Err(Usage {
            message: t!("arg-err-school-year", value = s),
            help: Some(t!("arg-err-school-year-help")),
        }),
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, Usage> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Usage {
        message: t!("arg-err-date", value = s),
        help: Some(t!("arg-err-date-help")),
    })
}

/// A value parser from a resolving function and the values completions offer.
macro_rules! typed_parser {
    ($name:ident => $value:ty, $resolve:path, $values:expr) => {
        #[derive(Clone)]
        struct $name;

        impl TypedValueParser for $name {
            type Value = $value;

            fn parse_ref(
                &self,
                cmd: &clap::Command,
                arg: Option<&clap::Arg>,
                value: &std::ffi::OsStr,
            ) -> Result<Self::Value, clap::Error> {
                clap::builder::StringValueParser::new()
                    .try_map(|s| $resolve(&s))
                    .parse_ref(cmd, arg, value)
            }

            fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
                Some(Box::new($values))
            }
        }
    };
}

typed_parser!(RegionParser => &'static Region, resolve_region,
    registry::REGIONS.iter().map(|r| PossibleValue::new(r.slug).help(r.name)));
typed_parser!(ThemeParser => &'static Theme, resolve_theme,
    registry::THEMES.iter().map(|t| PossibleValue::new(t.id).help(t.title)));
typed_parser!(KindParser => SchemaKind, resolve_kind,
    SchemaKind::ALL.iter().map(|k| PossibleValue::new(k.as_str()).help(k.file_name())));
typed_parser!(CodeParser => Code, resolve_code,
    Code::ALL.iter().map(|c| PossibleValue::new(c.name())));
typed_parser!(DecisionParser => Decision, resolve_decision,
    Decision::ALL.iter().map(|d| PossibleValue::new(d.as_str()).aliases(d.aliases().iter().copied())));
typed_parser!(PartnerParser => PartnerKind, resolve_partner,
    PartnerKind::ALL.iter().map(|d| PossibleValue::new(d.as_str()).aliases(d.aliases().iter().copied())));
typed_parser!(TargetParser => TargetGroup, resolve_target,
    TargetGroup::ALL.iter().map(|d| PossibleValue::new(d.as_str()).aliases(d.aliases().iter().copied())));
typed_parser!(RuleParser => &'static Rule, resolve_rule,
    check::RULES.iter().filter(|r| r.skippable()).map(|r| PossibleValue::new(r.name())));

/// A REGION argument: slug, code, official name or alias. Anything that
/// could be a path is refused, so no argument can point outside `regions/`.
pub(crate) fn resolve_region(name: &str) -> Result<&'static Region, Usage> {
    if name.contains(['/', '\\']) && registry::find_region(name).is_none() || name.contains("..") {
        return Err(Usage {
            message: t!("arg-err-region-path", value = name),
            help: Some(t!("arg-err-region-path-help")),
        });
    }
    registry::find_region(name).ok_or_else(|| Usage {
        message: t!("arg-err-region", value = name),
        help: Some(
            registry::suggest(name)
                .map(|r| t!("arg-err-region-guess", slug = r.slug, name = r.name))
                .unwrap_or_else(|| t!("arg-err-region-help")),
        ),
    })
}

/// A value of a closed set, by its name or another spelling.
fn resolve_word<T: crate::model::StrEnum>(s: &str, what: &str) -> Result<T, Usage> {
    let s = s.trim().to_lowercase();
    T::ALL
        .iter()
        .copied()
        .find(|d| d.as_str() == s || d.aliases().contains(&s.as_str()))
        .ok_or_else(|| {
            let names: Vec<&str> = T::ALL.iter().map(|d| d.as_str()).collect();
            Usage {
                message: t!("arg-err-word", value = s.as_str(), what = what),
                help: Some(t!("arg-err-word-help", values = suggest::one_of(&names))),
            }
        })
}

fn resolve_partner(s: &str) -> Result<PartnerKind, Usage> {
    resolve_word(s, "--partner")
}

fn resolve_target(s: &str) -> Result<TargetGroup, Usage> {
    resolve_word(s, "--target")
}

fn resolve_decision(s: &str) -> Result<Decision, Usage> {
    resolve_word(s, "--decision")
}

fn resolve_theme(id: &str) -> Result<&'static Theme, Usage> {
    registry::find_theme(id).ok_or_else(|| {
        let ids: Vec<&str> = registry::THEMES.iter().map(|t| t.id).collect();
        let guess = suggest::did_you_mean(id, ids.iter().copied())
            .map(|d| format!("{d} "))
            .unwrap_or_default();
        Usage {
            message: t!("arg-err-theme", value = id),
            help: Some(t!(
                "arg-err-theme-help",
                guess = guess,
                themes = suggest::one_of(&ids)
            )),
        }
    })
}

fn resolve_kind(name: &str) -> Result<SchemaKind, Usage> {
    SchemaKind::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = SchemaKind::ALL.iter().map(|k| k.as_str()).collect();
        let guess = suggest::did_you_mean(name, names.iter().copied())
            .map(|d| format!("{d} "))
            .unwrap_or_default();
        Usage {
            message: t!("arg-err-kind", value = name),
            help: Some(t!(
                "arg-err-kind-help",
                guess = guess,
                kinds = suggest::one_of(&names)
            )),
        }
    })
}

/// A diagnostic code, as `check` shows it (case and the brackets of
/// `fout[code]` do not matter).
fn resolve_code(name: &str) -> Result<Code, Usage> {
    let clean = name.trim().trim_matches(['[', ']']).to_ascii_lowercase();
    Code::from_name(&clean).ok_or_else(|| {
        let names = Code::ALL.iter().map(|c| c.name());
        Usage {
            message: t!("arg-err-code", value = name),
            help: Some(
                suggest::did_you_mean(&clean, names).unwrap_or_else(|| t!("arg-err-code-help")),
            ),
        }
    })
}

fn resolve_rule(name: &str) -> Result<&'static Rule, Usage> {
    let skippable: Vec<String> = check::RULES
        .iter()
        .filter(|r| r.skippable())
        .map(|r| r.name())
        .collect();
    let list = || {
        let names: Vec<&str> = skippable.iter().map(String::as_str).collect();
        suggest::one_of(&names)
    };
    match check::rule(name) {
        Some(rule) if rule.skippable() => Ok(rule),
        Some(_) => Err(Usage {
            message: t!("arg-err-rule-errors", value = name),
            help: Some(t!("arg-err-rule-errors-help", rules = list())),
        }),
        None => Err(Usage {
            message: t!("arg-err-rule", value = name),
            help: Some(
                suggest::did_you_mean(name, skippable.iter().map(String::as_str))
                    .unwrap_or_else(|| t!("arg-err-rule-help", rules = list())),
            ),
        }),
    }
}

/// A clap error as one of ours: our own value errors keep their message and
/// help; clap's are reduced to its first line and its tips.
fn usage(e: clap::Error) -> Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use std::error::Error as _;
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    if let Some(u) = e.source().and_then(|s| s.downcast_ref::<Usage>()) {
        // An option's value: the message names the option, as clap's own do.
        let option = arg.split([' ', '=']).next().filter(|o| o.starts_with('-'));
        return Error::Usage(Usage {
            message: match option {
                Some(o) => format!("{o}: {}", u.message),
                None => u.message.clone(),
            },
            help: u.help.clone(),
        });
    }
    let first = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.last().cloned(),
        _ => None,
    };
    // clap lists similar commands from far to near: the last is the nearest.
    let suggestion = first(ContextKind::SuggestedArg)
        .or_else(|| first(ContextKind::SuggestedSubcommand))
        .or_else(|| first(ContextKind::SuggestedValue));
    let mut help: Vec<String> = Vec::new();
    if let Some(s) = suggestion {
        help.push(t!("cli-err-tip-similar", suggestion = s));
    }
    let message = match e.kind() {
        ErrorKind::UnknownArgument => Some(t!("cli-err-unknown-argument", arg = arg)),
        ErrorKind::InvalidSubcommand => Some(t!(
            "cli-err-unknown-command",
            arg = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        )),
        ErrorKind::InvalidValue => {
            if let Some(values) = get(ContextKind::ValidValue) {
                help.push(t!("cli-err-tip-value", values = values));
            }
            Some(t!(
                "cli-err-invalid-value",
                value = get(ContextKind::InvalidValue).unwrap_or_default(),
                arg = arg
            ))
        }
        // A built-in parser's refusal (`--schools veel`): its reason is
        // English, the value and the option say enough.
        ErrorKind::ValueValidation => Some(t!(
            "cli-err-invalid-value",
            value = get(ContextKind::InvalidValue).unwrap_or_default(),
            arg = arg
        )),
        ErrorKind::MissingRequiredArgument => Some(t!("cli-err-missing", arg = arg)),
        ErrorKind::InvalidUtf8 => Some(t!("cli-err-invalid-utf8")),
        ErrorKind::ArgumentConflict => Some(t!(
            "cli-err-conflict",
            arg = arg,
            other = get(ContextKind::PriorArg).unwrap_or_default()
        )),
        _ => None,
    };
    // Anything else: clap's own first line and tips.
    let message = message.unwrap_or_else(|| {
        let text = e.render().to_string();
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let first = lines
            .next()
            .unwrap_or_default()
            .trim_start_matches("error: ")
            .to_string();
        help.extend(
            lines
                .filter(|l| !l.starts_with("For more information") && !l.starts_with("Usage:"))
                .map(|l| l.trim_start_matches("tip: ").to_string()),
        );
        first
    });
    help.push(t!("cli-err-more"));
    Error::Usage(Usage {
        message,
        help: Some(help.join("; ")),
    })
}

/// Parses the process arguments.
pub(crate) fn parse() -> Result<Config, Error> {
    parse_from(std::env::args_os())
}

pub(crate) fn parse_from<I, T>(args: I) -> Result<Config, Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::FromArgMatches;
    let args = help_command(args.into_iter().map(Into::into).collect());
    let parsed = command().try_get_matches_from(args).and_then(|m| {
        let name = m.subcommand_name().unwrap_or_default().to_string();
        Cli::from_arg_matches(&m).map(|cli| (cli, name))
    });
    let (cli, name) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            use clap::error::ErrorKind::{
                DisplayHelp, DisplayHelpOnMissingArgumentOrSubcommand, DisplayVersion,
                MissingSubcommand,
            };
            return match e.kind() {
                DisplayHelp | DisplayVersion => {
                    Ok(Config::print(help_text(e.render().to_string())))
                }
                // `vsopro` alone (or with options only): the help, as
                // help, and exit 2 as clap does.
                DisplayHelpOnMissingArgumentOrSubcommand | MissingSubcommand => {
                    let mut cmd = command();
                    Err(Error::Help(help_text(cmd.render_help().to_string())))
                }
                _ => Err(usage(e)),
            };
        }
    };
    let stderr_color = match cli.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => auto_color(),
    };
    // `--out` is where a report goes as a document (for `schema`, the
    // folder of its files); `--force` replaces what `--out`, `site` or
    // `codeowners` would otherwise refuse to replace.
    let (out, schema_dir) = match (&cli.command, cli.out.clone()) {
        (_, None) => (None, None),
        (CommandArg::Schema(_), dir) => (None, dir),
        (CommandArg::Serve(_) | CommandArg::Completions(_) | CommandArg::Man, Some(_)) => {
            return Err(Error::Usage(Usage {
                message: t!("cli-err-out-not-here", command = name.as_str()),
                help: Some(t!("cli-err-out-not-here-help")),
            }));
        }
        (_, Some(path)) => (
            Some(crate::out::OutFile {
                path,
                force: cli.force,
            }),
            None,
        ),
    };
    let replaces = matches!(cli.command, CommandArg::Site(_) | CommandArg::Codeowners);
    if cli.force && out.is_none() && !replaces {
        return Err(Error::Usage(Usage {
            message: t!("cli-err-force-needs-out"),
            help: Some(t!("cli-err-force-needs-out-help")),
        }));
    }
    let data_root = cli.root.clone();
    Ok(Config {
        out,
        root: cli.root,
        format: match cli.format {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Csv => Format::Csv,
        },
        today: cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        stderr_color,
        stdout_tty: std::io::stdout().is_terminal(),
        command: match cli.command {
            CommandArg::Check(a) => Command::Check {
                regions: dedup(a.regions),
                deny_warnings: a.deny_warnings,
                list: a.list,
                skip: a.skip,
            },
            CommandArg::Explain(a) => Command::Explain { code: a.code },
            CommandArg::Codeowners => Command::Codeowners { force: cli.force },
            CommandArg::Regions => Command::Regions,
            CommandArg::Caseload(a) => Command::Caseload {
                regions: dedup(a.regions),
                schools: a.schools,
                overrides: a.norms.overrides(),
            },
            CommandArg::Foto(a) => Command::Foto { region: a.region },
            CommandArg::Themes(a) => Command::Themes {
                regions: dedup(a.regions),
                theme: a.theme,
            },
            CommandArg::Approve(a) => Command::Approve {
                region: a.region,
                by: a.by,
                date: a.date,
                tag: a.tag,
            },
            CommandArg::Jaarplan(a) if a.round.is_some() => {
                let what = a.round.as_deref().unwrap_or_default();
                let needs = |arg: &str| {
                    Error::Usage(Usage {
                        message: t!("cli-err-round-needs", what = what, arg = arg),
                        help: Some(t!("cli-err-round-needs-help")),
                    })
                };
                use crate::usecases::round::RoundChange;
                let change = match what {
                    "open" | "openen" => RoundChange::Open {
                        deadline: a.deadline.ok_or_else(|| needs("--deadline"))?,
                        message: a.message,
                    },
                    "extend" | "verlengen" => RoundChange::Extend {
                        deadline: a.deadline.ok_or_else(|| needs("--deadline"))?,
                    },
                    _ => RoundChange::Withdraw {
                        by: a.by.ok_or_else(|| needs("--by"))?,
                        reason: a.reason.ok_or_else(|| needs("--reason"))?,
                    },
                };
                Command::Round {
                    region: a.region,
                    change,
                }
            }
            CommandArg::Jaarplan(a) if a.vote => Command::Vote {
                region: a.region,
                institution: a.institution.unwrap_or_default(),
                by: a.by.unwrap_or_default(),
                function: a.function.unwrap_or_default(),
                decision: a.decision.unwrap_or(Decision::Akkoord),
                comment: a.comment,
                date: a.date,
                fingerprint: a.fingerprint,
                yes: a.yes,
            },
            CommandArg::Jaarplan(a) if a.approve => Command::Approve {
                region: a.region,
                by: a.by.unwrap_or_default(),
                date: a.date,
                tag: a.tag,
            },
            CommandArg::Jaarplan(a) => Command::Jaarplan {
                region: a.region,
                history: a.history,
                newest_first: a.newest_first,
            },
            CommandArg::Hub(a) => {
                let state = a.state.ok_or_else(|| {
                    Error::Usage(Usage {
                        message: t!("arg-err-hub-state"),
                        help: Some(t!("arg-err-hub-state-help")),
                    })
                })?;
                match a.command {
                    None => Command::Hub(crate::hub::Options {
                        root: data_root.unwrap_or_else(|| PathBuf::from(".")),
                        state,
                        host: a.host,
                        port: a.port,
                        public_url: a.public_url,
                        trusted_proxies: a.trusted_proxy,
                        today: cli.today,
                    }),
                    Some(HubCommand::Audit) => Command::HubAudit { state },
                    Some(HubCommand::Backup(b)) => Command::HubBackup {
                        state,
                        file: b.file,
                    },
                    Some(HubCommand::User(u)) => {
                        use crate::hub::users::UserCommand as U;
                        Command::HubUser {
                            state,
                            public_url: a.public_url,
                            command: match u {
                                HubUserCommand::Add(x) => U::Add {
                                    email: x.email,
                                    name: x.name,
                                    role: x.role,
                                    regions: x.region,
                                    institutions: x.institution,
                                },
                                HubUserCommand::List => U::List,
                                HubUserCommand::Remove(x) => U::Remove { email: x.email },
                                HubUserCommand::Reset(x) => U::Reset { email: x.email },
                                HubUserCommand::Role(x) => U::Role {
                                    email: x.email,
                                    role: x.role,
                                    regions: x.region,
                                    // Not given: the institutions stay.
                                    institutions: (!x.institution.is_empty())
                                        .then_some(x.institution),
                                },
                            },
                        }
                    }
                }
            }
            CommandArg::Serve(a) => Command::Serve(crate::web::Options {
                host: a.host,
                port: a.port,
                read_only: a.read_only,
                no_git: a.no_git,
                open: a.open,
                today: cli.today,
                launched: false,
            }),
            CommandArg::Uitstroom(UitstroomArgs {
                template: Some(region),
                year,
                ..
            }) => Command::UitstroomTemplate { region, year },
            CommandArg::Voorbeelden(a) => match (a.adopt, a.into) {
                (Some(from), Some(into)) => Command::Adopt { from, into },
                _ => Command::Practices(crate::report::practices::Query {
                    theme: a.theme.map(|t| t.id.to_string()),
                    regions: dedup(a.region).iter().map(|r| r.slug.to_string()).collect(),
                    partner: a.partner,
                    target: a.target,
                    terms: a.terms,
                }),
            },
            CommandArg::Uitstroom(a) => Command::Uitstroom {
                regions: dedup(a.regions),
                year: a.year,
            },
            CommandArg::Voortgang(a) => Command::Voortgang {
                region: a.region,
                since: a.since,
            },
            CommandArg::Site(a) => Command::Site {
                out: a.folder,
                force: cli.force,
            },
            CommandArg::Init(a) => Command::Init { region: a.region },
            CommandArg::Sync(a) => Command::Sync { message: a.message },
            CommandArg::Schema(a) => Command::Schema {
                kind: a.kind,
                out: schema_dir,
            },
            CommandArg::Completions(a) => {
                let mut out = Vec::new();
                clap_complete::generate(a.shell, &mut command(), "vsopro", &mut out);
                Command::Print(String::from_utf8_lossy(&out).into_owned())
            }
            CommandArg::Man => {
                let mut out = Vec::new();
                clap_mangen::Man::new(command())
                    .render(&mut out)
                    .map_err(|e| Error::Internal(e.to_string()))?;
                Command::Print(String::from_utf8_lossy(&out).into_owned())
            }
            CommandArg::Import(ImportCommand::Duo(a)) => Command::ImportDuo {
                files: a.csv,
                regions: a.region.into_iter().collect(),
                write: a.write,
            },
            CommandArg::Import(ImportCommand::Uitstroom(a)) => Command::ImportUitstroom {
                file: a.file,
                region: a.region,
                write: a.write,
            },
            CommandArg::Staffing(a) => Command::Staffing {
                overrides: a.norms.overrides(),
            },
        },
    })
}

/// The options that take a value, before the command: `help` after them
/// is still the first word.
const GLOBAL_VALUES: [&str; 5] = ["--root", "--format", "--today", "--color", "--lang"];

/// `vsopro help` and `vsopro help foto`, as git and cargo users type them:
/// `--help` of the command named (the arguments are otherwise unchanged).
fn help_command(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut i = 1;
    while i < args.len() {
        let a = args[i].to_string_lossy();
        if GLOBAL_VALUES.contains(&a.as_ref()) {
            i += 2;
        } else if a.starts_with('-') {
            i += 1;
        } else {
            break;
        }
    }
    if args.get(i).is_some_and(|a| a == "help") {
        args.remove(i);
        args.push("--help".into());
    }
    args
}

/// The language of the run, read before the command line is parsed, so
/// that even an error in it is said in that language. Arguments need not
/// be UTF-8 (any byte may reach a program): they are read lossily here and
/// refused by the parser, as a usage error.
pub(crate) fn language() -> crate::i18n::Lang {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        if a == "--" {
            return None;
        }
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    crate::i18n::Lang::choose(flag.as_deref())
}

/// Colour on stderr unless NO_COLOR is set or stderr is not a terminal.
pub(crate) fn auto_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Each region once, in the order given.
fn dedup(regions: Vec<&'static Region>) -> Vec<&'static Region> {
    let mut out: Vec<&'static Region> = Vec::new();
    for r in regions {
        if !out.iter().any(|o| o.code == r.code) {
            out.push(r);
        }
    }
    out
}

/// The command line with every text from the catalogue: about, examples,
/// argument help, headings and the help and version flags. The derive
/// attributes above are the code's own documentation; people read these.
pub(crate) fn command() -> clap::Command {
    use clap::{Arg, ArgAction};
    let cmd = localize(Cli::command(), "");
    cmd.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(crate::i18n::message("cli-version-flag", &[]))
            .help_heading(crate::i18n::message("cli-options", &[])),
    )
}

fn localize(cmd: clap::Command, path: &str) -> clap::Command {
    use crate::i18n::message;
    use clap::{Arg, ArgAction};
    let prefix = if path.is_empty() {
        "cli".to_string()
    } else {
        format!("cli-{path}")
    };
    let text = |id: &str| message(id, &[]);
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        text("cli-usage")
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(text("cli-commands"))
        .subcommand_value_name(value_name("COMMAND"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(text("cli-help-flag"))
                .help_heading(text("cli-options")),
        );
    let lang = crate::i18n::lang();
    let about = format!("{prefix}-about");
    if crate::i18n::has(lang, &about) {
        cmd = cmd.about(text(&about));
    }
    let examples = format!("{prefix}-examples");
    if crate::i18n::has(lang, &examples) {
        cmd = cmd.after_help(text(&examples));
    }
    let ids: Vec<(String, bool, bool)> = cmd
        .get_arguments()
        // A hidden argument (an older spelling) has no help to show.
        .filter(|a| a.get_id() != "help" && !a.is_hide_set())
        .map(|a| (a.get_id().to_string(), a.is_positional(), a.is_global_set()))
        .collect();
    for (id, positional, global) in ids {
        // A global option is described once, at the top.
        let key = if global {
            format!("cli-arg-{id}")
        } else {
            format!("{prefix}-arg-{id}")
        };
        let heading = if positional {
            text("cli-arguments")
        } else {
            text("cli-options")
        };
        cmd = cmd.mut_arg(&id, |a| {
            let takes_value = a.get_action().takes_values();
            let names: Vec<String> = match a.get_value_names() {
                Some(names) => names.iter().map(|n| value_name(n.as_str())).collect(),
                None if takes_value => vec![value_name(&id.to_uppercase())],
                None => Vec::new(),
            };
            let a = if names.is_empty() {
                a
            } else {
                a.value_names(names)
            };
            let a = a.help(text(&key)).help_heading(heading);
            // The help texts name the values and defaults themselves.
            if takes_value {
                a.hide_possible_values(true).hide_default_value(true)
            } else {
                a
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path));
    }
    cmd
}

/// A placeholder such as `REGION` in the run's language (`REGIO`); one
/// without a translation (`nl|en`, `CSV`) stays as it is.
fn value_name(name: &str) -> String {
    let id = format!("cli-value-{}", name.to_lowercase());
    if crate::i18n::has(crate::i18n::lang(), &id) {
        crate::i18n::message(&id, &[])
    } else {
        name.to_string()
    }
}

/// Help as clap renders it, with its one fixed English word, `[OPTIONS]`
/// in usage lines, in the run's language.
fn help_text(rendered: String) -> String {
    rendered.replace("[OPTIONS]", &format!("[{}]", value_name("OPTIONS")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has};

    /// Every word of the command line is in both catalogues: each command's
    /// about and examples (a group of commands: its about), each argument's
    /// help; the derive attributes hold none.
    #[test]
    fn every_help_text_is_in_the_catalogues() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let prefix = if path.is_empty() {
                "cli".to_string()
            } else {
                format!("cli-{path}")
            };
            let mut ids = vec![format!("{prefix}-about")];
            if !cmd.has_subcommands() || path.is_empty() {
                ids.push(format!("{prefix}-examples"));
            }
            for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                if a.is_global_set() {
                    if path.is_empty() {
                        ids.push(format!("cli-arg-{}", a.get_id()));
                    }
                } else {
                    ids.push(format!("{prefix}-arg-{}", a.get_id()));
                }
            }
            for id in ids {
                for lang in Lang::ALL {
                    if !has(lang, &id) {
                        missing.push(format!("{id} ({})", lang.code()));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                let p = if path.is_empty() {
                    sub.get_name().to_string()
                } else {
                    format!("{path}-{}", sub.get_name())
                };
                walk(sub, &p, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    /// The derive attributes carry no text for people: a doc comment would
    /// be a second copy of a catalogue's words.
    #[test]
    fn the_derive_holds_no_words() {
        fn walk(cmd: &clap::Command, out: &mut Vec<String>) {
            if cmd.get_about().is_some() || cmd.get_after_help().is_some() {
                out.push(cmd.get_name().to_string());
            }
            for a in cmd.get_arguments() {
                if a.get_help().is_some() {
                    out.push(format!("{} --{}", cmd.get_name(), a.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, out);
            }
        }
        let mut found = Vec::new();
        walk(&Cli::command(), &mut found);
        assert!(found.is_empty(), "{found:?}");
    }
}
