//! A report as a typeset A4 PDF, through Typst used as a library: the
//! template (templates/document.typ) lays out the blocks that vsopro passes
//! as JSON, with the fonts embedded in the binary (assets/fonts, SIL OFL).
//! No file is read and nothing is fetched at run time.

use super::{ApprovalBlock, Block};
use serde::Serialize;
use serde_json::Value;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("templates/document.typ");
const FONTS: [&[u8]; 5] = [
    include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/LiberationSans-Italic.ttf"),
    include_bytes!("../../assets/fonts/LiberationSans-BoldItalic.ttf"),
    include_bytes!("../../assets/fonts/LiberationMono-Regular.ttf"),
];

/// What a document shows besides its blocks.
#[derive(Debug, Clone, Serialize)]
pub struct Frame {
    pub title: String,
    pub lang: String,
    /// Top left of each page (the region), and top right (the date).
    pub header: String,
    pub date: String,
    /// Bottom left: who made it, from which data.
    pub version: String,
    /// Bottom right, with `{page}` and `{total}`.
    pub pages: String,
    /// Shown prominently on page 1: the approval lapsed.
    pub lapsed: Option<String>,
    /// An SVG of the country with the region filled.
    pub map: Option<String>,
    pub approval: Option<ApprovalBlock>,
    /// On every page: "concept ter accordering".
    pub draft: Option<String>,
}

struct Document {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    data: (FileId, Bytes),
    today: Datetime,
}

fn id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("a plain file name"),
    )
    .intern()
}

impl World for Document {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data.0 {
            Ok(self.data.1.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_string()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn block(b: &Block) -> Value {
    super::html::block_json(b)
}

pub(crate) fn document(
    blocks: &[Block],
    frame: &Frame,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, String> {
    use chrono::Datelike;
    let fonts: Vec<Font> = FONTS
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    let mut data = serde_json::to_value(frame).map_err(|e| e.to_string())?;
    data["blocks"] = Value::Array(blocks.iter().map(block).collect());
    let data = serde_json::to_vec(&data).map_err(|e| e.to_string())?;
    let world = Document {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: Source::new(id("main.typ"), TEMPLATE.to_string()),
        data: (id("data.json"), Bytes::new(data)),
        today: Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8)
            .ok_or("a date")?,
    };
    let doc: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| describe(&errors))?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(frame.title.clone()),
        creator: typst::foundations::Smart::Custom(Some("vsopro".into())),
        timestamp: Some(typst_pdf::Timestamp::new_utc(
            Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8)
                .ok_or("a date")?,
        )),
        ..Default::default()
    };
    typst_pdf::pdf(&doc, &options).map_err(|errors| describe(&errors))
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}
