//! Reports: pure functions from loaded data to plain `Serialize` structs.
//! Nothing here formats text for a particular output.

pub mod caseload;
pub mod check;
pub mod codes;
pub mod commands;
pub mod disclosure;
pub mod explain;
pub mod foto;
pub mod history;
pub mod jaarplan;
pub mod practices;
pub mod regions;
pub mod round;
pub mod staffing;
pub mod themes;
pub mod uitstroom;
pub mod voortgang;
