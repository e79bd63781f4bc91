//! The command line (clap). Arguments become a clap-free `Config` at once.

use crate::config::{Command, Config, NormOverrides};
use crate::render::Format;
use chrono::NaiveDate;
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
  vsopro init midden-holland         start a region folder";

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
    /// Start a region: regions/<slug>/ with the five files, commented and valid
    #[command(
        after_help = "Examples:\n  vsopro init gooi-en-vechtstreek\n  vsopro --root mijn-data init \"Gooi en Vechtstreek\"\n\nIt never overwrites: if the folder exists, nothing changes and the exit code is 1."
    )]
    Init(InitArgs),
    /// JSON Schemas of the data files, for editors and other tools
    #[command(
        after_help = "Examples:\n  vsopro schema schools\n  vsopro schema --out schemas/\n\nKinds: region, schools, overlegtafels, actions, jaarplan, settings (vsopro.toml)."
    )]
    Schema(SchemaArgs),
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
struct SiteArgs {
    /// The folder to write the site into (must be empty or absent)
    #[arg(value_name = "OUT")]
    out: PathBuf,
    /// Replace OUT if it is not empty
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct InitArgs {
    /// An official region (slug, name or alias)
    #[arg(value_name = "REGION")]
    region: String,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    /// region, schools, overlegtafels, actions, jaarplan or settings; default: all
    #[arg(value_name = "FILE-KIND")]
    kind: Option<String>,
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
    /// PrO locations from DUO's open data "02. Alle vestigingen VO" (CSV)
    #[command(
        after_help = "Examples:\n  vsopro import duo alle-vestigingen-vo.csv --region midden-holland\n  vsopro import duo alle-vestigingen-vo.csv --region midden-holland --write\n\nSelects the rows with PRO in ONDERWIJSSTRUCTUUR in the municipalities listed in\nregion.toml. Without --write it only shows what it would add."
    )]
    Duo(DuoArgs),
}

#[derive(Debug, Args)]
struct DuoArgs {
    /// The CSV file as downloaded from DUO (Windows-1252 or UTF-8, `;`-separated)
    #[arg(value_name = "CSV")]
    csv: PathBuf,
    /// The region whose schools.toml receives the schools
    #[arg(long, value_name = "REGION")]
    region: String,
    /// Add the new schools to schools.toml (comments and layout are kept)
    #[arg(long)]
    write: bool,
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
                clap_complete::generate(a.shell, &mut Cli::command(), "vsopro", &mut out);
                Command::Print(String::from_utf8_lossy(&out).into_owned())
            }
            CommandArg::Man => {
                let mut out = Vec::new();
                clap_mangen::Man::new(Cli::command())
                    .render(&mut out)
                    .expect("rendering to memory");
                Command::Print(String::from_utf8_lossy(&out).into_owned())
            }
            CommandArg::Import(ImportCommand::Duo(a)) => Command::ImportDuo {
                csv: a.csv,
                region: a.region,
                write: a.write,
            },
            CommandArg::Staffing(a) => Command::Staffing {
                overrides: a.overrides(),
            },
        },
    }
}
