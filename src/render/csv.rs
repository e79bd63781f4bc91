use super::Table;

/// One header row, then the data; quoting is left to the csv crate, and a
/// cell that a spreadsheet would run as a formula is neutralised.
pub(super) fn table(t: &Table) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let write = |w: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        w.write_record(row).expect("writing to memory")
    };
    write(
        &mut w,
        &t.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
    );
    for row in &t.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| super::safe::csv_cell(c).into_owned())
            .collect();
        write(&mut w, &cells);
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("csv of UTF-8 is UTF-8")
}
