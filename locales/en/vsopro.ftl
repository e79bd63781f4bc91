# vsopro — English catalogue. Every message here has its twin in
# locales/nl/vsopro.ftl; a test keeps the two in step.

## Words of the diagnostics

severity-error = error
severity-warning = warning
help = help
ok = ok

regions-checked = { $count ->
    [one] 1 region checked
   *[other] { $count } regions checked
}
errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
summary-clean = { $checked }, no problems found
summary-warnings = { $checked }, { $warnings }
summary-errors = { $checked }, { $errors } and { $warnings }
summary-deny-warnings = { $checked }, { $errors } and { $warnings } (--deny-warnings)

## Months, for dates in running text

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Errors of a run (error.rs)

err-no-root = no vsopro data found in { $start } or any folder above it (looked for `vsopro.toml` or `regions/`)
err-no-root-help = start one with `vsopro init <region>`, or point to it with `--root DIR`
err-root-not-dir = --root { $path }: not a folder
err-root-not-dir-help = --root names the data folder, which holds `vsopro.toml` or `regions/`
err-root-no-data = --root { $path } holds no vsopro data (no `vsopro.toml`, no `regions/`)
err-root-no-data-help = check the path; `vsopro init <region>` starts a data folder
err-symlinked-regions = { $path } is a symbolic link; vsopro reads only folders inside the data root
err-symlinked-regions-help = move the regions folder into the data root, or point --root at the folder that holds it
err-read = cannot read { $path }: { $reason }
err-no-data = no data for { $regions }
err-no-data-help = start a region with `vsopro init { $slug }`; `vsopro regions` shows which regions have data
err-no-jaarplan = { $region } has no readable jaarplan: { $path } is missing
err-no-jaarplan-help = docs/format.md describes jaarplan.toml; `vsopro init` writes a template
err-no-municipalities = { $path } lists no municipalities, so no DUO row can be matched
err-no-municipalities-help = add `municipalities = ["..."]` to { $path }
err-not-committed = { $path } has never been committed: there is no audit trail yet
err-not-committed-help = commit it: `git add { $path }` and `git commit`
err-csv = { $path }: line { $line }: { $reason }
err-csv-help = nothing was changed
err-not-toml = { $path } is not valid TOML: { $reason }
err-not-toml-help = run `vsopro check` and fix the file first; nothing was changed
err-git-missing = --history reads git, and git is not installed (or not on PATH)
err-git-missing-help = install git; everything else in vsopro works without it
err-not-repository = --history needs a git repository, and { $path } is not inside one
err-not-repository-help = the history of a jaarplan is its git commits: run `git init` and commit the data folder
err-no-commits = the git repository has no commits yet
err-no-commits-help = commit the data folder first
err-git-failed = git failed: { $reason }
err-region-exists = { $path }/ already exists; `vsopro init` changes nothing
err-region-exists-help = edit the files in it, or run `vsopro check { $slug }`
err-not-empty = { $path } exists and is not empty
err-not-empty-help = choose an empty folder, or pass --force to replace a site that vsopro made there
err-protected-data-root = { $path } is the data root
err-protected-contains-root = { $path } holds the data root
err-protected-in-regions = { $path } lies inside regions/, where the data lives
err-protected-git-top = { $path } is the top of a git work tree
err-protected-not-a-site = { $path } was not made by `vsopro site` (it has no `.vsopro-site` mark), so --force does not replace it
err-protected-a-file = { $path } is a file; a site is a folder
err-protected-help = write the site to a folder of its own, e.g. `public/`
err-protected-in-regions-help = write the site outside regions/, e.g. `public/`
err-protected-not-a-site-help = choose an empty or new folder; vsopro replaces only sites it made
err-protected-a-file-help = choose a folder name, e.g. `public/`
err-changed-meanwhile = { $path } changed while vsopro was working on it; nothing was written
err-changed-meanwhile-help = run the command again
err-write = cannot write { $path }: { $reason }
err-output = cannot write the output: { $reason }
err-internal = internal error: { $reason }
err-internal-help = please report this

## The diagnostic codes (check --list)

code-toml-syntax = the file is not valid TOML
code-curly-quotes = typographic quotes (as from Word) where TOML needs straight quotes
code-unreadable-file = a file cannot be read, is not UTF-8 or is too large
code-unknown-key = a key that this kind of table does not have (typo?)
code-wrong-type = a value of the wrong type, e.g. a number where text is expected
code-missing-key = a required key is missing
code-invalid-value = a value outside the allowed set (status, level, kind, ...)
code-invalid-date = a date that is not a plain TOML date such as 2026-03-01
code-end-before-start = a period whose end lies before its start
code-empty-id = an id without any visible character
code-duplicate-id = two entries of the same kind in a region share an id
code-unknown-reference = a reference to an id that the region does not define
code-unknown-region = a folder under regions/ that is not an official arbeidsmarktregio
code-region-name-mismatch = region.toml `name` is not the official name (or an alias) of its folder
code-region-code-mismatch = region.toml `code` is not the CBS code of its folder
code-vso-only-field = `profiles` or `cluster` on a pro school
code-invalid-cluster = a vso cluster outside 1-4
code-invalid-brin = a BRIN that is not 2 digits + 2 letters (e.g. 12AB)
code-negative-count = a number of pupils below zero
code-invalid-hours = a coordinator's hours per week that are not a number from 0 to 60
code-empty-themes = a `themes` list that is empty
code-unknown-theme = a theme that is not one of the seven ontwikkelthema's
code-missing-reason = `relevant = false` without a `reason`
code-invalid-setting = a value in vsopro.toml that cannot be used (e.g. zero hours)
code-missing-file = one of the five region files is missing
code-empty-region = a region folder without any region file
code-stray-file = a file or folder that vsopro does not know, or a symlink it will not follow
code-overdue-action = an action past its due date that is neither done nor dropped
code-municipality-not-in-region = a school in a municipality that region.toml does not list
code-uncovered-theme = ontwikkelthema's that no action of the region addresses
code-unapproved-jaarplan = a jaarplan whose period has started but that the directies have not approved
code-missed-meeting = a past quarter without a stuurgroep meeting, or a past year without a directies meeting
code-possible-bsn = a 9-digit number that passes the BSN 11-test: pupils' personal data must not enter git
