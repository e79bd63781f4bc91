use super::Table;

/// One header row, then the data; quoting is left to the csv crate.
pub fn table(t: &Table) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let write = |w: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        w.write_record(row).expect("writing to memory")
    };
    write(
        &mut w,
        &t.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
    );
    for row in &t.rows {
        write(&mut w, row);
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("csv of UTF-8 is UTF-8")
}
