//! The command line (clap). Arguments become a clap-free `Config` at once,
//! with every value resolved to its type here: a region, theme, file kind
//! or rule that does not exist is a usage error (exit 2) before anything
//! runs, and completions know the values.

use crate::check::{self, Rule};
use crate::config::{Command, Config, NormOverrides};
use crate::diag::Code;
use crate::error::{Error, Usage};
use crate::i18n::t;
use crate::model::{SchemaKind, week_minutes, whole_minutes};
use crate::registry::{self, Region, Theme};
use crate::render::Format;
use crate::suggest;
use chrono::NaiveDate;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  vsopro check                       validate every region
  vsopro check gooi-en-vechtstreek   validate one region
  vsopro check --format json         diagnostics for scripts and CI
  vsopro regions                     the 35 arbeidsmarktregio's and which have data
  vsopro caseload --schools 30       size a vacancy: hours and FTE for 30 schools
  vsopro foto gooi-en-vechtstreek    the regionale foto
  vsopro themes --theme nazorg       every action on one theme, good practices first
  vsopro staffing                    coordinators over all 35 regions
  vsopro jaarplan gooi-en-vechtstreek --history   the plan's git audit trail
  vsopro init midden-holland         start a region folder
  vsopro uitleg unknown-theme        what a diagnostic means, with an example";

#[derive(Debug, Parser)]
#[command(
    name = "vsopro",
    version,
    about = "Regional data of the netwerkcoördinatoren vso/pro: validate it and report on it",
    after_help = EXAMPLES
)]
struct Cli {
    /// Data folder (holding vsopro.toml or regions/); default: the nearest one above the working directory
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,

    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Table)]
    format: FormatArg,

    /// Reference date for overdue actions and missed meetings (default: today)
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    today: Option<NaiveDate>,

    /// Colour in diagnostics; NO_COLOR in the environment means never
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,

    /// Language: nl (Dutch) or en (English); default: VSOPRO_LANG, else the system locale, else Dutch
    #[arg(long, global = true, value_name = "nl|en", value_parser = ["nl", "en"])]
    lang: Option<String>,

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
    /// Validate the data: every error and warning, with file, line and a fix
    #[command(
        after_help = "Examples:\n  vsopro check\n  vsopro check gooi-en-vechtstreek --deny-warnings\n  vsopro check --list"
    )]
    Check(CheckArgs),
    /// What a diagnostic code means, with an example and its fix
    #[command(
        name = "uitleg",
        visible_alias = "explain",
        after_help = "Examples:\n  vsopro uitleg unknown-theme\n  vsopro uitleg missing-key --format markdown"
    )]
    Explain(ExplainArgs),
    /// The 35 official arbeidsmarktregio's, and which have a folder under regions/
    #[command(
        after_help = "Examples:\n  vsopro regions\n  vsopro regions --format csv > regios.csv"
    )]
    Regions(RegionsArgs),
    /// Coordinator hours and FTE per region at 1 h 20 min per school per week
    #[command(
        after_help = "Examples:\n  vsopro caseload\n  vsopro caseload --schools 30\n  vsopro caseload --schools 30 --hours-per-week 40\n  vsopro caseload gooi-en-vechtstreek --format json"
    )]
    Caseload(CaseloadArgs),
    /// The regionale foto of one region: schools, overlegtafels, plans, knelpunten, themes
    #[command(
        after_help = "Examples:\n  vsopro foto gooi-en-vechtstreek\n  vsopro foto \"Gooi en Vechtstreek\" --format markdown > foto.md"
    )]
    Foto(FotoArgs),
    /// Theme coverage: regions × the seven ontwikkelthema's
    #[command(
        after_help = "Examples:\n  vsopro themes\n  vsopro themes --theme stageplaatsen\n  vsopro themes --format csv > themas.csv"
    )]
    Themes(ThemesArgs),
    /// The jaarplan: approval, goals and progress, meeting cadence; --history for the git audit trail
    #[command(
        after_help = "Examples:\n  vsopro jaarplan gooi-en-vechtstreek\n  vsopro jaarplan gooi-en-vechtstreek --today 2026-12-31\n  vsopro jaarplan gooi-en-vechtstreek --history\n  vsopro jaarplan gooi-en-vechtstreek --history --newest-first --format json\n  vsopro jaarplan gooi-en-vechtstreek --approve --by \"Directies pro en vso\" --date 2026-09-15 --tag"
    )]
    Jaarplan(JaarplanArgs),
    /// The progress report for the stuurgroep: what changed since the last meeting, and where the plan stands
    #[command(
        name = "voortgang",
        visible_alias = "progress",
        after_help = "Examples:\n  vsopro voortgang gooi-en-vechtstreek\n  vsopro voortgang gooi-en-vechtstreek --since 2026-09-01 --format markdown > voortgang.md"
    )]
    Voortgang(VoortgangArgs),
    /// The workbench: a local web app over the data, with every problem
    #[command(
        after_help = "Examples:\n  vsopro serve\n  vsopro serve --port 8040 --open\n  vsopro serve --read-only"
    )]
    Serve(ServeArgs),
    /// Start a region: regions/<slug>/ with the five files, commented and valid
    #[command(
        after_help = "Examples:\n  vsopro init gooi-en-vechtstreek\n  vsopro --root mijn-data init \"Gooi en Vechtstreek\"\n\nIt never overwrites: if the folder exists, nothing changes and the exit code is 1."
    )]
    Init(RegionArg),
    /// JSON Schemas of the data files, for editors and other tools
    #[command(
        after_help = "Examples:\n  vsopro schema schools\n  vsopro schema --out schemas/\n\nKinds: region, schools, overlegtafels, actions, jaarplan, settings (vsopro.toml)."
    )]
    Schema(SchemaArgs),
    /// CODEOWNERS for a shared forge, from the owners of each region
    #[command(
        after_help = "Examples:\n  vsopro codeowners\n  vsopro codeowners --force   (replace a CODEOWNERS vsopro did not write)"
    )]
    Codeowners(CodeownersArgs),
    /// Shell completions for bash, zsh, fish or powershell
    #[command(
        after_help = "Examples:\n  vsopro completions bash > ~/.local/share/bash-completion/completions/vsopro\n  vsopro completions zsh > ~/.zfunc/_vsopro\n  vsopro completions fish > ~/.config/fish/completions/vsopro.fish"
    )]
    Completions(CompletionsArgs),
    /// The manual page (roff)
    #[command(after_help = "Examples:\n  vsopro man > vsopro.1 && man ./vsopro.1")]
    Man,
    /// Import schools from open data
    #[command(subcommand)]
    Import(ImportCommand),
    /// A static website: national map, theme heatmap, a page per region and per theme
    #[command(
        after_help = "Examples:\n  vsopro site public/\n  vsopro site public/ --force   (replace an existing site)\n\nThe site is plain HTML and CSS: open public/index.html, or publish the folder on any static host."
    )]
    Site(SiteArgs),
    /// Coordinator staffing over all 35 regions
    #[command(
        after_help = "Examples:\n  vsopro staffing\n  vsopro staffing --format csv > bezetting.csv"
    )]
    Staffing(StaffingArgs),
}

#[derive(Debug, Args)]
struct NormArgs {
    /// Coordinator minutes per school per week, whole minutes 1-2400 (default: vsopro.toml, else 80)
    #[arg(long, value_name = "MIN", value_parser = parse_minutes)]
    minutes_per_school: Option<u64>,
    /// Hours in a full working week, 1-168 (default: vsopro.toml, else 36)
    #[arg(long, value_name = "HOURS", value_parser = parse_week)]
    hours_per_week: Option<u64>,
}

/// The largest vacancy `--schools` sizes: far above the roughly 700 pro and
/// vso locations in the country, far below any overflow.
pub(crate) const MAX_SCHOOLS: u64 = 1_000_000;

#[derive(Debug, Args)]
struct CaseloadArgs {
    /// Regions (slug, code, official name or alias); default: all with data
    #[arg(value_name = "REGION", conflicts_with = "schools", value_parser = RegionParser, hide_possible_values = true)]
    regions: Vec<&'static Region>,
    /// Size a vacancy for this many schools (0-1000000); needs no data
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=MAX_SCHOOLS))]
    schools: Option<u64>,
    #[command(flatten)]
    norms: NormArgs,
    #[command(flatten)]
    out: OutArgs,
}

/// `--out FILE [--force]` of the reports.
#[derive(Debug, Args)]
struct OutArgs {
    /// Write the report to FILE; the extension chooses the format (.pdf, .docx, .xlsx, .html, .md, .csv, .json, .txt)
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// With --out: replace FILE if it exists
    #[arg(long, requires = "out")]
    force: bool,
}

impl OutArgs {
    fn file(&self) -> Option<crate::config::OutFile> {
        self.out.clone().map(|path| crate::config::OutFile {
            path,
            force: self.force,
        })
    }
}

#[derive(Debug, Args)]
struct FotoArgs {
    /// The region (slug, code, official name or alias)
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
    #[command(flatten)]
    out: OutArgs,
}

#[derive(Debug, Args)]
struct RegionsArgs {
    #[command(flatten)]
    out: OutArgs,
}

#[derive(Debug, Args)]
struct StaffingArgs {
    #[command(flatten)]
    norms: NormArgs,
    #[command(flatten)]
    out: OutArgs,
}

#[derive(Debug, Args)]
struct RegionArg {
    /// The region (slug, code, official name or alias)
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
}

#[derive(Debug, Args)]
struct CodeownersArgs {
    /// Replace a CODEOWNERS file that vsopro did not write
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// A code as `vsopro check` shows it, e.g. unknown-theme
    #[arg(value_name = "CODE", value_parser = CodeParser, hide_possible_values = true)]
    code: Code,
}

#[derive(Debug, Args)]
struct SiteArgs {
    /// The folder to write the site into (new, empty, or a site vsopro made)
    #[arg(value_name = "OUT")]
    out: PathBuf,
    /// Replace OUT if it holds a site that vsopro made earlier
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    /// region, schools, overlegtafels, actions, jaarplan or settings; default: all
    #[arg(value_name = "FILE-KIND", value_parser = KindParser)]
    kind: Option<SchemaKind>,
    /// Write <kind>.schema.json files into DIR
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct CompletionsArgs {
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Pro and vso locations from DUO's open data, into one region or all
    #[command(
        after_help = "Examples:\n  vsopro import duo vestigingen-vo.csv vestigingen-so-vso.csv --region midden-holland\n  vsopro import duo vestigingen-vo.csv vestigingen-so-vso.csv --all --write"
    )]
    Duo(DuoArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["region", "all"])))]
struct DuoArgs {
    /// DUO's CSV files as downloaded: "02. Alle vestigingen VO" and/or "09. Alle vestigingen SBO, SO en VSO"
    #[arg(value_name = "CSV", required = true)]
    csv: Vec<PathBuf>,
    /// The region whose schools.toml receives the schools
    #[arg(long, value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: Option<&'static Region>,
    /// Every region: each gets the schools in its municipalities
    #[arg(long)]
    all: bool,
    /// Add the new schools to schools.toml (comments and layout are kept)
    #[arg(long)]
    write: bool,
}

#[derive(Debug, Args)]
struct JaarplanArgs {
    /// The region (slug, code, official name or alias)
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
    /// Every commit that changed the plan, with what changed (needs git)
    #[arg(long)]
    history: bool,
    /// With --history: newest commit first (default: oldest first)
    #[arg(long, requires = "history")]
    newest_first: bool,
    /// Record the directies' approval, with a fingerprint of what they approved
    #[arg(long, requires = "by", conflicts_with = "history")]
    approve: bool,
    /// With --approve: who approved (e.g. "Directies pro en vso")
    #[arg(long, value_name = "WHO", requires = "approve")]
    by: Option<String>,
    /// With --approve: the date of the approval (default: --today)
    #[arg(long, value_name = "YYYY-MM-DD", requires = "approve")]
    date: Option<NaiveDate>,
    /// With --approve, in git: an annotated tag on the approval's commit
    #[arg(long, requires = "approve")]
    tag: bool,
    #[command(flatten)]
    out: OutArgs,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// The port (0: any free one)
    #[arg(long, value_name = "N", default_value_t = 8040)]
    port: u16,
    /// The address to listen on; anything but 127.0.0.1 lets other machines in
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    host: String,
    /// Show the pages only: no forms, every change refused
    #[arg(long)]
    read_only: bool,
    /// Write edits without committing them in git
    #[arg(long)]
    no_git: bool,
    /// Open the workbench in the browser
    #[arg(long)]
    open: bool,
}

#[derive(Debug, Args)]
struct VoortgangArgs {
    /// The region (slug, code, official name or alias)
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    region: &'static Region,
    /// The first day of the period (default: the day after the last stuurgroep meeting)
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
    #[command(flatten)]
    out: OutArgs,
}

#[derive(Debug, Args)]
struct ThemesArgs {
    /// Regions (slug, code, official name or alias); default: all with data
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    regions: Vec<&'static Region>,
    /// List the actions on one theme across the regions, good practices first
    #[arg(long, value_name = "ID", value_parser = ThemeParser)]
    theme: Option<&'static Theme>,
    #[command(flatten)]
    out: OutArgs,
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
    /// Regions to check (slug, code, official name or alias); default: all
    #[arg(value_name = "REGION", value_parser = RegionParser, hide_possible_values = true)]
    regions: Vec<&'static Region>,
    /// Exit with code 1 on warnings too
    #[arg(long)]
    deny_warnings: bool,
    /// List every diagnostic code with its meaning, and exit
    #[arg(long)]
    list: bool,
    /// Leave out a rule that reports warnings (repeatable; `--list` names the rules)
    #[arg(long, value_name = "RULE", value_parser = RuleParser)]
    skip: Vec<&'static Rule>,
    #[command(flatten)]
    out: OutArgs,
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
    let parsed = command()
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
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
    let out = match &cli.command {
        CommandArg::Check(a) => a.out.file(),
        CommandArg::Regions(a) => a.out.file(),
        CommandArg::Caseload(a) => a.out.file(),
        CommandArg::Foto(a) => a.out.file(),
        CommandArg::Themes(a) => a.out.file(),
        CommandArg::Jaarplan(a) => a.out.file(),
        CommandArg::Voortgang(a) => a.out.file(),
        CommandArg::Staffing(a) => a.out.file(),
        _ => None,
    };
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
            CommandArg::Codeowners(a) => Command::Codeowners { force: a.force },
            CommandArg::Regions(_) => Command::Regions,
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
            CommandArg::Serve(a) => Command::Serve(crate::serve::Options {
                host: a.host,
                port: a.port,
                read_only: a.read_only,
                no_git: a.no_git,
                open: a.open,
                today: cli.today,
                launched: false,
            }),
            CommandArg::Voortgang(a) => Command::Voortgang {
                region: a.region,
                since: a.since,
            },
            CommandArg::Site(a) => Command::Site {
                out: a.out,
                force: a.force,
            },
            CommandArg::Init(a) => Command::Init { region: a.region },
            CommandArg::Schema(a) => Command::Schema {
                kind: a.kind,
                out: a.out,
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
    if cmd.get_about().is_some() {
        cmd = cmd.about(text(&format!("{prefix}-about")));
    }
    if cmd.get_after_help().is_some() {
        cmd = cmd.after_help(text(&format!("{prefix}-examples")));
    }
    let ids: Vec<(String, bool, bool)> = cmd
        .get_arguments()
        .filter(|a| a.get_id() != "help")
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

    /// Every help text the command line shows is in both catalogues.
    #[test]
    fn every_help_text_is_in_the_catalogues() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let prefix = if path.is_empty() {
                "cli".to_string()
            } else {
                format!("cli-{path}")
            };
            let mut ids = Vec::new();
            if cmd.get_about().is_some() {
                ids.push(format!("{prefix}-about"));
            }
            if cmd.get_after_help().is_some() {
                ids.push(format!("{prefix}-examples"));
            }
            for a in cmd.get_arguments() {
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
}
