//! The command line (clap). Arguments become a clap-free `Config` at once.

use crate::config::{Command, Config, NormOverrides};
use crate::render::Format;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
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
  vsopro jaarplan gooi-en-vechtstreek --history   the plan's git audit trail";

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
    /// The 35 official arbeidsmarktregio's, and which have a folder under regions/
    #[command(
        after_help = "Examples:\n  vsopro regions\n  vsopro regions --format csv > regios.csv"
    )]
    Regions,
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
        after_help = "Examples:\n  vsopro jaarplan gooi-en-vechtstreek\n  vsopro jaarplan gooi-en-vechtstreek --today 2026-12-31\n  vsopro jaarplan gooi-en-vechtstreek --history\n  vsopro jaarplan gooi-en-vechtstreek --history --newest-first --format json"
    )]
    Jaarplan(JaarplanArgs),
    /// Coordinator staffing over all 35 regions
    #[command(
        after_help = "Examples:\n  vsopro staffing\n  vsopro staffing --format csv > bezetting.csv"
    )]
    Staffing(NormArgs),
}

#[derive(Debug, Args)]
struct NormArgs {
    /// Coordinator minutes per school per week (default: vsopro.toml, else 80)
    #[arg(long, value_name = "MIN", value_parser = positive)]
    minutes_per_school: Option<f64>,
    /// Hours in a full working week (default: vsopro.toml, else 36)
    #[arg(long, value_name = "HOURS", value_parser = positive)]
    hours_per_week: Option<f64>,
}

#[derive(Debug, Args)]
struct CaseloadArgs {
    /// Regions (slug, official name or alias); default: all with data
    #[arg(value_name = "REGION", conflicts_with = "schools")]
    regions: Vec<String>,
    /// Size a vacancy for this many schools; needs no data
    #[arg(long, value_name = "N")]
    schools: Option<u64>,
    #[command(flatten)]
    norms: NormArgs,
}

#[derive(Debug, Args)]
struct FotoArgs {
    /// The region (slug, official name or alias)
    #[arg(value_name = "REGION")]
    region: String,
}

#[derive(Debug, Args)]
struct JaarplanArgs {
    /// The region (slug, official name or alias)
    #[arg(value_name = "REGION")]
    region: String,
    /// Every commit that changed the plan, with what changed (needs git)
    #[arg(long)]
    history: bool,
    /// With --history: newest commit first (default: oldest first)
    #[arg(long, requires = "history")]
    newest_first: bool,
}

#[derive(Debug, Args)]
struct ThemesArgs {
    /// Regions (slug, official name or alias); default: all with data
    #[arg(value_name = "REGION")]
    regions: Vec<String>,
    /// List the actions on one theme across the regions, good practices first
    #[arg(long, value_name = "ID")]
    theme: Option<String>,
}

impl NormArgs {
    fn overrides(&self) -> NormOverrides {
        NormOverrides {
            minutes_per_school: self.minutes_per_school,
            hours_per_week: self.hours_per_week,
        }
    }
}

fn positive(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x > 0.0 && x.is_finite() => Ok(x),
        _ => Err(format!("`{s}` is not a positive number")),
    }
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Regions to check (slug, official name or alias); default: all
    #[arg(value_name = "REGION")]
    regions: Vec<String>,
    /// Exit with code 1 on warnings too
    #[arg(long)]
    deny_warnings: bool,
    /// List every diagnostic code with its meaning, and exit
    #[arg(long)]
    list: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date like 2026-03-01"))
}

/// Parses the process arguments; usage errors exit with code 2 (clap's convention).
pub fn parse() -> Config {
    let cli = Cli::parse();
    let color = match cli.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stderr().is_terminal()
        }
    };
    Config {
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
        color,
        tty: std::io::stdout().is_terminal(),
        command: match cli.command {
            CommandArg::Check(a) => Command::Check {
                regions: a.regions,
                deny_warnings: a.deny_warnings,
                list: a.list,
            },
            CommandArg::Regions => Command::Regions,
            CommandArg::Caseload(a) => Command::Caseload {
                regions: a.regions,
                schools: a.schools,
                overrides: a.norms.overrides(),
            },
            CommandArg::Foto(a) => Command::Foto { region: a.region },
            CommandArg::Themes(a) => Command::Themes {
                regions: a.regions,
                theme: a.theme,
            },
            CommandArg::Jaarplan(a) => Command::Jaarplan {
                region: a.region,
                history: a.history,
                newest_first: a.newest_first,
            },
            CommandArg::Staffing(a) => Command::Staffing {
                overrides: a.overrides(),
            },
        },
    }
}
