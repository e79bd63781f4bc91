//! `vsopro codeowners`: a CODEOWNERS file from each region's owners and the
//! national team, kept current by `check`, never replacing a file vsopro
//! did not write unless told.

use crate::common::*;

fn owned() -> Sandbox {
    let root = Sandbox::base();
    let region = root.read("regions/gorinchem/region.toml");
    root.write(
        "regions/gorinchem/region.toml",
        region.replacen(
            "\n[coordinator]",
            "owners = [\"@coordinator-gorinchem\"]\n\n[coordinator]",
            1,
        ),
    );
    root.write(
        "vsopro.toml",
        "[codeowners]\nnational = [\"@netwerk-vsopro/landelijk\"]\n",
    );
    root
}

#[test]
fn codeowners_are_written_from_the_data_and_checked() {
    let root = owned();
    root.run(&["codeowners"])
        .expect(0)
        .out_has("Wrote CODEOWNERS");
    let text = root.read("CODEOWNERS");
    let rules: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    assert_eq!(
        rules,
        [
            "* @netwerk-vsopro/landelijk",
            "/regions/gorinchem/ @coordinator-gorinchem @netwerk-vsopro/landelijk",
        ]
    );
    root.run(&["codeowners"])
        .expect(0)
        .out_has("current already");
    assert!(
        !root
            .run(&["check"])
            .expect(0)
            .stderr()
            .contains("stale-codeowners")
    );
    // The owners change: check says the file is stale, codeowners mends it.
    let region = root.read("regions/gorinchem/region.toml");
    root.write(
        "regions/gorinchem/region.toml",
        region.replace("@coordinator-gorinchem", "@nieuwe-coordinator"),
    );
    root.run(&["check"]).expect(0).err_has("[stale-codeowners]");
    root.run(&["codeowners"]).expect(0);
    assert!(root.read("CODEOWNERS").contains("@nieuwe-coordinator"));
    root.run(&["check", "--deny-warnings"]).expect(0);
}

#[test]
fn a_codeowners_file_vsopro_did_not_write_is_kept() {
    let root = owned();
    std::fs::create_dir_all(root.join(".github")).unwrap();
    root.write(".github/CODEOWNERS", "* @iemand\n");
    root.run(&["codeowners"])
        .expect(2)
        .err_has(".github/CODEOWNERS was not written by vsopro");
    assert_eq!(root.read(".github/CODEOWNERS"), "* @iemand\n");
    root.run(&["codeowners", "--force"]).expect(0);
    assert!(
        root.read(".github/CODEOWNERS")
            .starts_with("# vsopro codeowners\n")
    );
    assert!(
        !root.join("CODEOWNERS").exists(),
        "the forge's own place is kept"
    );
}

#[test]
fn without_owners_there_is_nothing_to_write() {
    let root = Sandbox::base();
    root.run(&["codeowners"])
        .expect(1)
        .err_has("names no owners");
    assert!(!root.join("CODEOWNERS").exists());
}
