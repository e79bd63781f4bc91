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
err-symlinked-file = { $path } is a symbolic link; vsopro neither reads nor writes through it
err-symlinked-file-help = replace the link with the file itself (git rm it and add the file), so that the region consists of its own files only
err-read = cannot read { $path }: { $reason }
err-no-data = no data for { $regions }
err-no-data-help = start a region with `vsopro init { $slug }`; `vsopro regions` shows which regions have data
err-no-jaarplan = { $region } has no readable jaarplan: { $path } is missing
err-no-jaarplan-help = the user guide describes jaarplan.toml; `vsopro init` writes a template
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
err-locked = another program has been writing to this data for a minute ({ $path } is held); nothing was written
err-locked-help = wait until the other vsopro (the workbench or an import) is done, and run the command again
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
code-invalid-id = an id that is not lower-case letters, digits and single hyphens, or is longer than 80 characters
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
code-missing-file = a region file is missing (the foto, actions and jaarplan once a coordinator is appointed)
code-empty-region = a region folder without any region file
code-stray-file = a file or folder that vsopro does not know, or a symlink it will not follow
code-overdue-action = an action past its due date that is neither done nor dropped
code-municipality-not-in-region = a municipality (of a school, or in region.toml) that does not belong to the region
code-uncovered-theme = ontwikkelthema's that no action of the region addresses
code-unapproved-jaarplan = a jaarplan whose period has started but that the directies have not approved
code-missed-meeting = a past quarter without a stuurgroep meeting, or a past year without a directies meeting
code-possible-bsn = a 9-digit number that passes the BSN 11-test: pupils' personal data must not enter git

## What a diagnostic is about

subject-entity = { $kind } `{ $id }`
subject-stuurgroep-member = stuurgroep member `{ $name }`
subject-represented-by = represented_by of overlegtafel `{ $id }`
subject-regional-plan = the jaarplan's regional_plan
subject-jaarplan = the jaarplan
entity-school = school
entity-overlegtafel = overlegtafel
entity-plan = plan
entity-project = project
entity-development = development
entity-knelpunt = knelpunt
entity-action = action
entity-jaarplan = annual plan
entity-meeting = meeting
entity-measurement = measurement
entity-outcome = outcome figures
entity-goal = goal
entity-practice = good practice
form-field-voorbeeld-title = Name (as the source names it)
form-field-voorbeeld-summary = Summary, in your own words
form-field-voorbeeld-source = Source: the page's address (or the document's name)
form-field-voorbeeld-since = Runs since
form-field-voorbeeld-contact-role = Contact: role at that organisation
form-field-source-title = Title of the page or article
form-field-source-date = Date of the source
form-field-source-year = Year of the source (where there is no date)
form-field-written = Written out in our own words on
form-field-checked = Checked and completed by the region (the practice is the region's now; its source stays)
status-planned = planned
status-active = active
status-done = done
status-dropped = dropped

## Dates

end-before-start = { $what } ends on { $end } before it starts on { $start }
end-before-start-end = end
end-before-start-start = start
end-before-start-help = swap the dates, or correct the year
overdue-action = action `{ $id }` was due on { $due } ({ $days ->
    [one] 1 day
   *[other] { $days } days
} before { $today }) and is still { $status }
overdue-action-label = overdue
overdue-action-help = set status = "done" or "dropped", or agree a new `due` date

## Suggestions

did-you-mean = did you mean `{ $word }`?
one-of = { $first } or { $last }

## References and ids

unknown-reference = { $what } refers to { $kind } `{ $id }`, which { $file } does not define
unknown-reference-label = no { $kind } with this id
unknown-reference-file-missing = { $file } is missing, so no { $kind } can be referred to
unknown-reference-none-yet = { $file } defines no [[{ $table }]] yet
unknown-reference-known = known: { $ids }
empty-id = a [[{ $table }]] has an empty id
empty-id-label = empty
empty-id-help = give it a short id of letters, digits and -, e.g. `id = "stagebank"`
invalid-id = a [[{ $table }]] has the id "{ $id }": an id is lower-case letters, digits and hyphens
invalid-id-label = not a valid id
invalid-id-help = e.g. `id = "{ $id }"`; at most { $max } characters, and change the references to this id too
duplicate-id = { $kind } id `{ $id }` is defined twice
duplicate-id-again = defined again here
duplicate-id-first = first defined here
duplicate-id-help = give each [[{ $table }]] its own id, e.g. `{ $id }-2`

## Themes

empty-themes = { $what } has an empty `themes` list
empty-themes-label = no themes
empty-themes-help = name at least one of { $themes }
unknown-theme = { $what }: `{ $theme }` is not an ontwikkelthema
unknown-theme-label = unknown theme
unknown-theme-guess = did you mean `{ $id }` ({ $title })?
unknown-theme-all = the themes are { $themes }
uncovered-theme = { $count } of the 7 ontwikkelthema's have no action in { $region }: { $themes }
uncovered-theme-help = plan an action for them, or record in jaarplan.toml that a theme is not taken up this year: [[theme]] with id, addressed = false and reason

## The region

expected = expected `{ $value }`
region-name-mismatch = `{ $name }` is not the name of { $dir } ({ $code })
region-name-mismatch-other = `{ $name }` is { $other } ({ $code }), whose folder is regions/{ $slug }; either move this file or write name = "{ $official }"
region-name-mismatch-help = write name = "{ $official }"
region-code-mismatch = code `{ $found }` does not match { $name } ({ $code })
region-code-mismatch-help = write code = "{ $code }" (the CBS 2025 code of { $name })
municipality-not-in-region = school `{ $id }` lies in `{ $municipality }`, which is not a municipality of { $region }
municipality-other-region = school `{ $id }` lies in `{ $municipality }`, which belongs to { $other } ({ $code }), not to { $region }
municipality-other-region-help = if the municipality is right, the school belongs in regions/{ $slug }/schools.toml; otherwise correct the municipality
listed-other-region = `{ $municipality }` in `municipalities` belongs to { $other } ({ $code }), not to { $region }
listed-other-region-help = remove "{ $municipality }" from `municipalities`; without the list vsopro takes the region's municipalities from CBS's division
listed-unknown = `{ $municipality }` in `municipalities` is not a municipality of 2025 (CBS)
listed-unknown-help = write the name as CBS writes it, e.g. "{ $example }", or leave `municipalities` out: vsopro knows every region's municipalities
municipality-not-in-region-label = not a municipality of this region
municipality-not-in-region-help = write the municipality's name as CBS writes it; if "{ $municipality }" is an older name, list it under `municipalities` in region.toml
invalid-hours = the coordinator's hours_per_week = { $hours } is not a number of hours from { $from } to { $to }
invalid-hours-label = not a week's hours
invalid-hours-help = write the contracted hours per week, e.g. `hours_per_week = 8`, or leave the key out if they are unknown
missing-reason = { $kind } `{ $id }` is marked not relevant without a reason
missing-reason-label = not relevant: why?
missing-reason-help = add `reason = "..."`: the foto tells the directors why the schools stay away

## Schools

vso-only-field = `{ $key }` on pro school `{ $id }`: only vso schools have it
vso-only-field-label = vso only
vso-only-field-help = remove `{ $key }`, or set kind = "vso" if this is a vso school
invalid-cluster = cluster { $cluster } of school `{ $id }` does not exist
invalid-cluster-label = expected 1, 2, 3 or 4
invalid-cluster-help = vso clusters: 1 visual, 2 auditory/communicative, 3 physical/intellectual (incl. zml), 4 behavioural/psychiatric
invalid-brin = `{ $brin }` is not a BRIN (school `{ $id }`)
invalid-brin-label = expected e.g. 18BR
invalid-brin-upper = write brin = "{ $brin }"
invalid-brin-help = a BRIN is 2 digits and 2 letters, e.g. "18BR"; a location adds 2 digits, e.g. "18BR00"
negative-count = students of school `{ $id }` cannot be negative
negative-count-label = below zero
negative-count-help = write 0 or more, or leave the key out if it is unknown

## vsopro.toml

invalid-setting = [caseload] { $key } = { $value } cannot be used
invalid-setting-label = must be between { $from } and { $to }
invalid-setting-help = set { $key } between { $from } and { $to } ({ $example }), or remove it for the default
invalid-setting-minutes-example = whole minutes, e.g. 80 for 1 h 20 min
invalid-setting-hours-example = hours in whole minutes, e.g. 36 or 40
allow = [check] allow: { $message }
allow-label = cannot be allowed
allow-error = `{ $code }` is an error, and errors cannot be allowed
allow-error-help = fix the data instead; only warnings can be allowed
allow-unknown = `{ $code }` is not a warning code
allow-warnings = the warnings are { $codes }

## The jaarplan

unapproved-no-approval = no [approval]
unapproved-status = status: { $status }
unapproved-jaarplan = the jaarplan started on { $start } and is not approved ({ $status })
unapproved-jaarplan-label = period started
unapproved-jaarplan-help = put the plan to the directies with `vsopro jaarplan { $region } --round open --deadline YYYY-MM-DD` (or record an approval already given with `vsopro accordeer { $region } --by "..."`)
cadence-rule-stuurgroep = a progress meeting with the stuurgroep every quarter
cadence-rule-directies = a meeting with the directies at least once a year
missed-meeting-help = the working method asks for { $rule }; if it took place, add [[meeting]] kind = "{ $kind }" with its date
missed-meeting-label = plan period
missed-meeting = no { $kind } meeting in { $unit } { $number } of the jaarplan ({ $start } to { $end })
missed-meetings = no { $kind } meeting in { $count } { $unit ->
    [quarter] quarters
   *[year] years
} of the jaarplan, from { $unit } { $first } ({ $first_start } to { $first_end }) to { $unit } { $last } ({ $last_start } to { $last_end })

## Privacy

possible-bsn = this number could be a citizen service number (BSN)
possible-bsn-label = passes the 11-proef
possible-bsn-help = never record pupils' personal data here: remove it before committing (git keeps every version)

## Reading the files

unknown-region = `{ $name }` is not an official arbeidsmarktregio
unknown-region-guess = did you mean `{ $slug }`? the folder name is the region's slug; `vsopro regions` lists all 35
unknown-region-help = the folder name is the slug of an official region; `vsopro regions` lists all 35
stray-region-symlink = { $path } is a symbolic link; vsopro does not follow it
stray-region-symlink-help = move the region folder itself into regions/: nothing outside the data root is read
stray-region-file = { $path } is a file, not a region folder, and is ignored
stray-region-file-help = regions/ holds one folder per region, e.g. regions/gooi-en-vechtstreek/ with its five files
stray-symlink = symbolic link is not followed
symlinked-region-file = this region file is a symbolic link: it is not followed, and the file does not count
stray-symlink-help = replace the link with the file itself
stray-folder = unknown folder in a region folder is ignored
stray-file = unknown file in a region folder is ignored
stray-file-help = a region folder holds { $files }
too-large = { $path } is { $bytes } bytes; region files may be at most { $max } bytes
too-large-help = a region file holds a few hundred entries at most; was a data export saved here by mistake?
cannot-read = cannot read { $path }: { $reason }
cannot-read-help = check the file's permissions
empty-region = region folder `{ $slug }` holds none of the region files
empty-region-help = add the region files (see the user guide), or remove the folder
missing-file = { $file } is missing for { $region }
missing-file-help = create { $path }; the user guide describes every file
not-utf8 = { $path } is not UTF-8 text (invalid byte on line { $line })
not-utf8-help = save the file as UTF-8 in your editor (Windows-1252 / ANSI is not accepted)
not-utf8-label = not UTF-8

## The format of a file

or = or
ctx-in-table = { $ctx }, table `{ $table }`
unknown-key = unknown key `{ $key }` in { $ctx }
unknown-key-label = unknown key
unknown-key-dutch-label = a Dutch key name
unknown-key-dutch = keys are English: `{ $key }` is `{ $english }`; write `{ $english }` instead
unknown-key-none = { $ctx } takes no keys
unknown-key-takes = { $ctx } takes { $keys }
invalid-value = `{ $value }` is not an allowed value for `{ $key }` in { $ctx }
invalid-value-allowed = allowed values: { $values }
invalid-value-label = not allowed
missing-key = missing key `{ $key }` in { $ctx }
missing-key-label = `{ $key }` is required here
missing-key-help = add `{ $key } = ...` to { $ctx }
invalid-date = `{ $key }` in { $ctx } is not a valid date
invalid-date-label = not a date
invalid-date-help = expected a date like 2026-03-01 (without quotes), found { $found }: write a TOML local date, e.g. `{ $key } = 2026-03-01`
wrong-type = wrong type for `{ $key }` in { $ctx }: { $detail }
wrong-type-detail = expected { $expected }, found { $found }
wrong-type-label = wrong type
wrong-type-help = write it as { $expected }, e.g. `{ $key } = { $example }`
wrong-type-docs = the user guide gives the type of every key of { $ctx }
example-string = "text in quotes"
type-whole-number = a whole number
type-number = a number
type-boolean = true or false
type-list = a list [ ... ]
type-string = a string
found-string = string
found-integer = integer
found-float = floating point
found-boolean = boolean
found-list = sequence
found-table = map
found-datetime = the date-time or time
toml-syntax = invalid TOML: { $detail }
toml-syntax-label = here
toml-syntax-help = see https://toml.io for the syntax; text values need "quotes", dates are written 2026-03-01
toml-duplicate-help = a key can be given once per table: remove one of the two, or rename it
curly-quotes = typographic quotes (as from Word) where TOML needs straight quotes
curly-quotes-label = a typographic quote
curly-quotes-help = use straight quotes: `{ $line }`

## Tables

yes = yes
no = no
col-code = code
col-region = region
col-pro = pro
col-vso = vso
col-schools = schools
col-required-hm = required h:mm
col-required-h = required h
col-required-fte = required FTE
col-contracted-h = contracted h
col-contracted-fte = contracted FTE
col-gap-h = gap h (-: surplus)
col-gap-fte = gap FTE (-: surplus)
col-status = status
col-coordinator = coordinator
col-since = since
col-scale = scale

## Caseload and staffing

caseload-total = total
caseload-vacancy = { $count } schools
caseload-norm = Norm: { $minutes } min per school per week; working week { $hours } h. A full-time coordinator carries { $schools } schools ({ $per_day } per 8-hour day).
caseload-source = The source document says a 36-hour week gives a caseload of 30 schools. At { $minutes } min per school, 30 schools take { $hours } h a week: a 36-hour week holds { $at36 } schools, a 40-hour week { $at40 }.
staffing-appointed = appointed
staffing-recruiting = recruiting
staffing-exploring = exploring
staffing-none = none
col-name = name
col-slug = slug
col-data = data
col-aliases = also known as
col-severity = severity
col-meaning = meaning
col-file = file
col-line = line
col-column = column
col-message = message
col-help = help
check-report-summary = { $regions } regions checked: { $errors } errors, { $warnings } warnings.
regions-with-data = { $count } of 35 regions have data.

## Themes report

col-theme = theme
col-planned = planned
col-active = active
col-done = done
col-dropped = dropped
col-addressed = addressed
col-good-practice = good practice
col-action = action
col-title = title
col-role = role
col-owner = owner
col-due = due
themes-regions-addressing = regions addressing
themes-of = { $count } of { $total }
themes-legend = Cells: planned/active/done actions; dropped actions do not count; — means no action addresses the theme.
themes-uncovered = Themes without an action
themes-seven = The seven ontwikkelthema's
theme-actions-summary = { $actions ->
    [one] 1 action
   *[other] { $actions } actions
} in { $regions ->
    [one] 1 region
   *[other] { $regions } regions
}; { $examples } marked as a good practice to share (listed first).

## import, init, schema, site

col-id = id
col-brin = brin
col-municipality = municipality
col-csv-line = csv line
col-folder = folder
col-files = files
col-index = index
init-created = Created { $dir }/ for { $region } ({ $code }):
init-schemas = and the editor schemas in schemas/ (see the README: editor set-up).
init-next = Next: fill in the files, then run `vsopro check { $slug }`.
file-created = created
file-written = written
file-unchanged = unchanged
schema-wrote = wrote { $path }
schema-unchanged = unchanged { $path }
site-wrote = Wrote { $count } files to { $out }; open { $index }

## The jaarplan's history

history-none = (none)
history-title = History of { $file } ({ $region })
history-count-oldest = { $count ->
    [one] 1 commit
   *[other] { $count } commits
}, oldest first.
history-count-newest = { $count ->
    [one] 1 commit
   *[other] { $count } commits
}, newest first.
history-uncommitted = The plan has changes that are not committed yet: they are not in this trail.
history-shallow = This is a shallow clone: older commits are missing (git fetch --unshallow).
history-deleted = - file deleted
history-unparsable = ! this version does not parse: { $error }
history-boundary = (the plan as it was here; what came before is unknown)
history-no-change = (no change to the plan's content)
history-mark-merge = MERGE
history-mark-boundary = BOUNDARY: older history is not in this clone
history-mark-approved = APPROVED
history-mark-after-approval = CHANGED AFTER APPROVAL: needs re-approval
history-state-parsed = parsed
history-state-unparsable = unparsable
history-state-deleted = deleted
col-commit = commit
col-date = date
col-author = author
col-state = state
col-approval = approval
col-after-approval = after approval
col-change = change
change-title-added = + title: { $new }
change-title = ~ title: { $old } → { $new }
change-period = ~ period: { $old_start } – { $old_end } → { $new_start } – { $new_end }
change-period-added = + period: { $new_start } – { $new_end }
change-regional-plan = ~ regional plan: { $old } → { $new }
change-approval = ~ approval { $field ->
    [status] status
    [date] date
    [by] by
   *[other] { $field }
}: { $old } → { $new }
change-goal-added = + goal { $goal }: { $text }
change-goal-removed = - goal { $goal }: { $text }
change-goal-text = ~ goal { $goal }: "{ $old }" → "{ $new }"
change-goal-themes = ~ goal { $goal } themes: [{ $old }] → [{ $new }]
change-goal-action-added = + goal { $goal }: action { $action }
change-goal-action-removed = - goal { $goal }: action { $action }
change-meeting-added = + meeting { $kind } { $date }
change-meeting-removed = - meeting { $kind } { $date }
change-renamed = ~ file moved: { $from } → { $to }

## The jaarplan

slot-held = held
slot-missed = MISSED
slot-open = open
slot-upcoming = upcoming
slot-name = { $unit ->
    [quarter] quarter
   *[year] year
} { $number }
progress = { $done } done, { $active } active, { $planned } planned, { $overdue } overdue
progress-dropped = , { $dropped } dropped
goal-action-due = , due { $due }
goal-action-overdue = , OVERDUE
goal-action-unknown = { $id } — not an action of this region
col-from = from
col-to = to
col-meetings = meetings
col-goal = goal
col-goal-text = goal text
col-overdue = overdue
approval-draft = draft
approval-submitted = submitted
approval-approved = approved
meeting-stuurgroep = stuurgroep
meeting-directies = directies
jaarplan-period = Period: { $start } to { $end }
jaarplan-regional-plan-named = Regional plan: { $name } ({ $id })
jaarplan-regional-plan = Regional plan: { $id }
jaarplan-approval = Approval: { $status }
jaarplan-approval-on = { " " }on { $date }
jaarplan-approval-by = { " " }by { $by }
jaarplan-approval-none = Approval: none recorded (draft)
jaarplan-needs-approval = The period has started ({ $start }) and the plan is not approved.
jaarplan-progress = Progress on { $today }: { $progress }
jaarplan-goals = Goals
jaarplan-no-goals = No goals recorded.
jaarplan-no-actions = no actions linked
jaarplan-themes = Themes
jaarplan-themes-none = none
jaarplan-themes-covered = covered: { $themes }
jaarplan-themes-not-covered = not covered: { $themes }
jaarplan-meetings = Meetings

## The regionale foto

foto-title = Regional picture { $name } ({ $code })
foto-date = Reference date: { $date }
foto-centrumgemeente = Central municipality: { $name }
foto-municipalities = Municipalities: { $names }
foto-coordinator = Network coordinator: { $status }
foto-coordinator-hours = , { $hours } hours a week
foto-coordinator-since = , since { $date }
foto-coordinator-scale = , scale { $scale }
foto-required = Time needed: { $hm } hours a week ({ $fte } FTE) for { $schools ->
    [one] 1 school
   *[other] { $schools } schools
}
foto-schools = Schools
foto-pro = Praktijkonderwijs
foto-vso = Voortgezet speciaal onderwijs
foto-overlegtafels = Overlegtafels
foto-no-overlegtafels = No relevant overlegtafels recorded yet.
foto-by-coordinator = network coordinator
foto-by-nobody = nobody
foto-initiatives = Plans, projects and developments
foto-no-initiatives = No relevant plans, projects or developments recorded yet.
foto-not-relevant = Not relevant for pro and vso
foto-all-relevant = Everything recorded is relevant for pro and vso.
foto-knelpunten = Knelpunten and actions
foto-no-knelpunten = No knelpunten recorded yet.
foto-knelpunt-schools = { " " }(schools: { $schools })
foto-no-action = no action yet
foto-knelpunten-open = Knelpunten without an action
foto-other-actions = Other actions
foto-themes = Ontwikkelthema's
foto-not-addressed = no: no action
foto-due = , due { $due }
foto-good-practice = { " " }— good practice
level-bestuurlijk = Administrative (bestuurlijk)
level-beleidsmatig = Policy (beleidsmatig)
level-operationeel = Operational (operationeel)
col-school = school
col-board = board
col-students = pupils
col-profiles = exit profiles
col-cluster = cluster
col-overlegtafel = overlegtafel
col-organizer = organizer
col-frequency = frequency
col-represented-by = schools represented by
col-themes = themes
col-kind = kind
col-period = period
col-funding = funding
col-section = section
col-detail = detail
col-relevant = relevant

## The command line (help texts)

cli-usage = Usage
cli-arguments = Arguments
cli-options = Options
cli-commands = Commands
cli-help-flag = Print help
cli-version-flag = Print the version
cli-arg-format = Output format: table, json, markdown or csv (default: table)
cli-arg-color = Colour in diagnostics: auto, always or never (default: auto); NO_COLOR in the environment means never
cli-arg-lang = Language: nl (Dutch) or en (English); default: VSOPRO_LANG, else the system locale, else Dutch
cli-completions-arg-shell = The shell: bash, zsh, fish, powershell or elvish
cli-err-unknown-argument = unknown option `{ $arg }`
cli-err-unknown-command = unknown command `{ $arg }`
cli-err-invalid-value = `{ $value }` is not a valid value for { $arg }
cli-err-missing = { $arg } is required
cli-err-invalid-utf8 = an argument is not valid text (UTF-8): type the region or file again, or copy the name from the list of `vsopro regions`
cli-err-conflict = { $arg } cannot be used together with { $other }
cli-err-tip-value = the values are { $values }
cli-err-tip-similar = did you mean `{ $suggestion }`?
cli-err-more = `vsopro --help` lists the commands and options
cli-about = Regional data of the netwerkcoördinatoren vso/pro: validate it and report on it
cli-examples =
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
      vsopro uitleg unknown-theme        what a diagnostic means, with an example
cli-arg-root = Data folder (holding vsopro.toml or regions/); default: the nearest one above the working directory
cli-arg-today = Reference date for overdue actions and missed meetings (default: today)
cli-check-about = Validate the data: every error and warning, with file, line and a fix
cli-check-examples =
    Examples:
      vsopro check
      vsopro check gooi-en-vechtstreek --deny-warnings
      vsopro check --list
cli-check-arg-regions = Regions to check (slug, code, official name or alias); default: all
cli-check-arg-deny_warnings = Exit with code 1 on warnings too
cli-check-arg-list = List every diagnostic code with its meaning, and exit
cli-check-arg-skip = Leave out a rule that reports warnings (repeatable; `--list` names the rules)
cli-regions-about = The 35 official arbeidsmarktregio's, and which have a folder under regions/
cli-regions-examples =
    Examples:
      vsopro regions
      vsopro regions --format csv > regios.csv
cli-caseload-about = Coordinator hours and FTE per region at 1 h 20 min per school per week
cli-caseload-examples =
    Examples:
      vsopro caseload
      vsopro caseload --schools 30
      vsopro caseload --schools 30 --hours-per-week 40
      vsopro caseload gooi-en-vechtstreek --format json
cli-caseload-arg-regions = Regions (slug, code, official name or alias); default: all with data
cli-caseload-arg-schools = Size a vacancy for this many schools (0-1000000); needs no data
cli-caseload-arg-minutes_per_school = Coordinator minutes per school per week, whole minutes 1-2400 (default: vsopro.toml, else 80)
cli-caseload-arg-hours_per_week = Hours in a full working week, 1-168 (default: vsopro.toml, else 36)
cli-foto-about = The regionale foto of one region: schools, overlegtafels, plans, knelpunten, themes
cli-foto-examples =
    Examples:
      vsopro foto gooi-en-vechtstreek
      vsopro foto "Gooi en Vechtstreek" --format markdown > foto.md
cli-foto-arg-region = The region (slug, code, official name or alias)
cli-themes-about = Theme coverage: regions × the seven ontwikkelthema's
cli-themes-examples =
    Examples:
      vsopro themes
      vsopro themes --theme stageplaatsen
      vsopro themes --format csv > themas.csv
cli-themes-arg-regions = Regions (slug, code, official name or alias); default: all with data
cli-themes-arg-theme = List the actions on one theme across the regions, good practices first
cli-jaarplan-about = The jaarplan: approval, goals and progress, meeting cadence; --history shows the git audit trail (to record the approval: `vsopro accordeer`)
cli-jaarplan-examples =
    Examples:
      vsopro jaarplan gooi-en-vechtstreek
      vsopro jaarplan gooi-en-vechtstreek --today 2026-12-31
      vsopro jaarplan gooi-en-vechtstreek --history
      vsopro jaarplan gooi-en-vechtstreek --history --newest-first --format json
cli-jaarplan-arg-region = The region (slug, code, official name or alias)
cli-jaarplan-arg-history = Every commit that changed the plan, with what changed (needs git)
cli-jaarplan-arg-newest_first = With --history: newest commit first (default: oldest first)
cli-jaarplan-arg-by = With --vote: who votes for the institution (name); with --round withdraw: who withdraws the round
cli-jaarplan-arg-date = With --vote: the day of the vote (default: today)
cli-jaarplan-arg-round = `--round open`: put the plan before the directors (an approval round); `extend`: move the deadline; `withdraw`: withdraw the round
cli-jaarplan-arg-reason = With --round withdraw: why the round is withdrawn
cli-jaarplan-arg-deadline = With --round open or extend: by when the directors vote
cli-jaarplan-arg-message = With --round open: the message to the directors with the plan
cli-jaarplan-arg-vote = Record a director's vote (an e-mail, a conversation): in the open round, on the version they saw
cli-jaarplan-arg-institution = With --vote: the institution (a school id from schools.toml, or the BRIN)
cli-jaarplan-arg-function = With --vote: the voter's function (director, board member, …)
cli-jaarplan-arg-decision = With --vote: akkoord, niet-akkoord or onthouding
cli-jaarplan-arg-comment = With --vote: a comment (required when the director does not agree)
cli-jaarplan-arg-fingerprint = With --vote: the fingerprint from the director's e-mail (default: the plan as it is, after confirmation)
cli-jaarplan-arg-yes = With --vote: confirm without asking that the director saw this version (for scripts)
cli-init-about = Start a region: regions/<slug>/ with the five files, commented and valid
cli-init-examples =
    Examples:
      vsopro init gooi-en-vechtstreek
      vsopro --root mijn-data init "Gooi en Vechtstreek"
    
    It never overwrites: if the folder exists, nothing changes and the exit code is 2.
cli-init-arg-region = The region (slug, code, official name or alias)
cli-schema-about = JSON Schemas of the data files, for editors and other tools
cli-schema-examples =
    Examples:
      vsopro schema schools
      vsopro schema --out schemas/
    
    Kinds: `region`, `schools`, `overlegtafels`, `actions`, `jaarplan`, `settings` (vsopro.toml).
cli-schema-arg-kind = `region`, `schools`, `overlegtafels`, `actions`, `jaarplan` or `settings`; default: all
cli-completions-about = Shell completions for bash, zsh, fish or powershell
cli-completions-examples =
    Examples:
      vsopro completions bash > ~/.local/share/bash-completion/completions/vsopro
      vsopro completions zsh > ~/.zfunc/_vsopro
      vsopro completions fish > ~/.config/fish/completions/vsopro.fish
cli-man-about = The manual page (roff)
cli-man-examples =
    Examples:
      vsopro man > vsopro.1 && man ./vsopro.1
cli-import-about = Import schools from open data
cli-import-duo-about = Pro and vso locations from DUO's open data, into one region or all
cli-import-duo-examples =
    Examples:
      vsopro import duo vestigingen-vo.csv vestigingen-so-vso.csv --region midden-holland
      vsopro import duo vestigingen-vo.csv vestigingen-so-vso.csv --all --write

    Pro: the locations with PRO in ONDERWIJSSTRUCTUUR ("02. Alle vestigingen VO").
    Vso: the locations with VSO in ONDERWIJS ("09. Alle vestigingen SBO, SO en VSO").
    Each location goes to the region of its municipality (CBS 2025). Without
    --write it only shows what it would add; what is there stays.
cli-import-duo-arg-csv = DUO's CSV files as downloaded: "02. Alle vestigingen VO" and/or "09. Alle vestigingen SBO, SO en VSO"
cli-import-duo-arg-region = The region whose schools.toml receives the schools
cli-import-duo-arg-all = Every region: each gets the schools in its municipalities
cli-import-duo-arg-write = Add the new schools to schools.toml (comments and layout are kept)
cli-site-about = A static website: national map, theme heatmap, a page per region and per theme
cli-site-examples =
    Examples:
      vsopro site public/
      vsopro site public/ --force   (replace an existing site)
    
    The site is plain HTML and CSS: open public/index.html, or publish the folder on any static host.
cli-staffing-about = Coordinator staffing over all 35 regions
cli-staffing-examples =
    Examples:
      vsopro staffing
      vsopro staffing --format csv > bezetting.csv
cli-staffing-arg-minutes_per_school = Coordinator minutes per school per week, whole minutes 1-2400 (default: vsopro.toml, else 80)
cli-staffing-arg-hours_per_week = Hours in a full working week, 1-168 (default: vsopro.toml, else 36)

## Arguments on the command line
arg-err-minutes = `{ $value }` is not a number of whole minutes from 1 to 2400
arg-err-minutes-help = e.g. --minutes-per-school 80 for 1 h 20 min
arg-err-week = `{ $value }` is not a working week from 1 to 168 hours
arg-err-week-help = e.g. --hours-per-week 36
arg-err-date = `{ $value }` is not a date
arg-err-date-help = write it as YYYY-MM-DD, e.g. 2026-03-01
arg-err-region-path = `{ $value }` is a path, not a region
arg-err-region-path-help = name a region by its slug or name, e.g. `gooi-en-vechtstreek`
arg-err-region = `{ $value }` is not an official arbeidsmarktregio
arg-err-region-guess = did you mean `{ $slug }` ({ $name })?
arg-err-region-help = `vsopro regions` lists the 35 official regions
arg-err-theme = `{ $value }` is not an ontwikkelthema
arg-err-theme-help = { $guess }the themes are { $themes }
arg-err-kind = `{ $value }` is not a file kind
arg-err-kind-help = { $guess }the kinds are { $kinds }
arg-err-rule-errors = the rule `{ $value }` reports errors and cannot be skipped
arg-err-rule-errors-help = rules that report only warnings can be skipped: { $rules }
arg-err-rule = `{ $value }` is not a rule
arg-err-rule-help = the rules that can be skipped are { $rules }

## DUO files and the jaarplan's history
duo-err-column = no column { $column } ({ $what }) in the header; is this DUO's "Alle vestigingen VO" file, separated by `;`?
duo-err-fields = { $found } fields where the header has { $expected }; the file is damaged or not separated by `;`
duo-col-instelling = institution code
duo-col-vestiging = location code
duo-col-name = name of the location
duo-col-municipality = municipality
duo-col-structure = education structure
history-broken-absent = not found in git
history-broken-utf8 = not UTF-8 text
history-broken-unreadable = cannot be read
history-broken-symlink = a symbolic link, not a file; vsopro does not follow it
history-broken-line = line { $line }: { $message }

## vsopro uitleg
explain-title = { $code } ({ $severity })
explain-meaning = Meaning: { $description }.
explain-wrong = Not like this ({ $file })
explain-right = But like this
explain-more = `vsopro check --list` lists every diagnostic; the user guide (in Dutch) explains the files: { $guide }
explain-hint = { $count ->
    [one] More explanation, with an example: vsopro uitleg { $code }
   *[other] More explanation of a diagnostic, with an example: vsopro uitleg CODE, e.g. vsopro uitleg { $code }
}
col-explanation = explanation
col-wrong = not like this
col-right = but like this
arg-err-code = `{ $value }` is not a diagnostic code
arg-err-code-help = `vsopro check --list` lists every code
cli-uitleg-about = What a diagnostic code means, with an example and its fix
cli-uitleg-examples = Examples:
      vsopro uitleg unknown-theme
      vsopro uitleg missing-key --format markdown
cli-uitleg-arg-code = The code as `vsopro check` shows it, e.g. unknown-theme

explain-toml-syntax =
    The file is not valid TOML, the notation of all data files. vsopro cannot read the part with the error and checks the rest of the file as well as it can. Usually a quote is missing, text stands without quotes, or a comma or bracket is missing in a list.

    Text goes between straight "quotes", a number and a date do not (start = 2026-08-01), a list goes between [ and ] with commas. The diagnostic points at the place where TOML got stuck; the mistake is there or just before it.
explain-curly-quotes =
    There are typographic quotes (“ ” or ‘ ’) where TOML needs straight quotes (" or '). They usually come along when text is pasted from Word, Outlook or a web page, or when an editor curls them automatically.

    Replace them with straight quotes. Notepad and code editors keep quotes straight; in Word, turn off AutoFormat As You Type for quotes if you prepare text there.
explain-unreadable-file =
    The file cannot be read: it is not UTF-8 text (often saved as Windows-1252 or 'ANSI'), it is too large, or it is not a regular file. vsopro reads only UTF-8 text files, so that é, ë and ö stay the same on every computer.

    Open the file in your editor and save it again with the encoding UTF-8 (in Notepad: Save As, Encoding: UTF-8). A file without region data does not belong in the region folder.
explain-unknown-key =
    A key this kind of table does not have, usually a typo or a Dutch name for an English key (naam instead of name). vsopro does not ignore unknown keys, because then a typo would silently make data disappear.

    The diagnostic names the key you probably mean, and every key the table has. Correct the name; the value can stay.
explain-wrong-type =
    A value of the wrong kind: text where a number belongs, a number where text belongs, or one value where a list belongs. A number of pupils is a whole number without quotes, a name is text between quotes, a list goes between [ and ].

    Write the value in the form the diagnostic names. If you do not know a number exactly, leave the key out rather than writing text such as "about 200".
explain-missing-key =
    A required key is missing, for instance the kind of a school (kind = "pro" or "vso") or the id of an action. Without it vsopro cannot count the item or refer to it.

    Add the key to the table the diagnostic points at. If you used a Dutch key name (such as soort), vsopro reports it as an unknown key with the right name, not again as missing.
explain-invalid-value =
    A value that is not in the allowed list, such as the status of an action or the level of an overlegtafel. The allowed values are fixed so that reports and the national figures can count them.

    The diagnostic names the allowed values and, if it looks like a typo, the value you mean. Dutch words work too: status = "lopend" is the same as "active", and case does not matter.
explain-invalid-date =
    A date that is not a plain TOML date. TOML writes dates as year-month-day without quotes: start = 2026-08-01. vsopro cannot compare text such as "1 augustus 2026" or a date with a time.

    Write the date as YYYY-MM-DD, without quotes and without a time. Reports show the date in plain words again.
explain-end-before-start =
    A period that ends before it starts, usually a wrong year. Reports that work with running plans and projects would never see this period.

    Correct the year, or swap start and end if they are the wrong way round.
explain-empty-id =
    An id without any visible character. Other files refer to a school, action or overlegtafel by its id; an empty id cannot be pointed at.

    Give a short id of lower-case letters, digits and hyphens that describes the item, e.g. "pro-de-brug" or "stagebank".
explain-invalid-id =
    An id is part of the workbench's and the hub's addresses, of git's messages and of references from other files. Capitals, spaces, slashes, line breaks or an id that starts with a hyphen would mean something else there.

    Write the id in lower-case letters, digits and single hyphens, at most 80 characters, e.g. "pro-de-brug". Change the references to the old id too.
explain-duplicate-id =
    Two items of the same kind in one region have the same id. A reference to that id would not know which of the two is meant.

    Give each item its own id. If it is the same item twice, remove one of them. Also update the references that must point to the renamed item.
explain-unknown-reference =
    A reference to an id the region does not define: a school, knelpunt, action, overlegtafel or plan that does not exist (any more), or a typo in the id.

    The diagnostic names the most similar id. Correct the reference, or add the missing item to the file the diagnostic names.
explain-unknown-region =
    A folder under regions/ that is not an official arbeidsmarktregio. Each folder belongs to one of the 35 regions and is named after its slug, e.g. regions/gooi-en-vechtstreek/.

    Rename the folder to the slug the diagnostic suggests; `vsopro regions` lists all 35. Files that do not belong to a region are better kept outside regions/.
explain-region-name-mismatch =
    The name in region.toml is not the official name of this folder's region (or a known other spelling). Often the file was copied from another region.

    Write the official name the diagnostic gives, or move the file to the folder of the region its name names.
explain-region-code-mismatch =
    The code in region.toml is not the CBS code of this folder's region. National overviews join regions on this code.

    Write the code the diagnostic gives (the CBS 2025 division), or move the file to the right folder.
explain-vso-only-field =
    A school with kind = "pro" has profiles or cluster. Exit profiles and clusters exist only in voortgezet speciaal onderwijs.

    Remove the keys from the praktijkschool, or set kind = "vso" if it is a vso school.
explain-invalid-cluster =
    A vso cluster outside 1 to 4. The clusters are: 1 visual, 2 auditory and communicative, 3 physical and intellectual (with zml), 4 behaviour and psychiatry.

    Write the number of the school's cluster, or leave the key out if it is unknown.
explain-invalid-brin =
    A BRIN number not in DUO's form: two digits and two capital letters (18BR), for a location followed by two digits (18BR00). vsopro joins schools to DUO's open data by BRIN.

    Copy the number from DUO's data or the school guide; lower-case letters are not allowed.
explain-negative-count =
    A number of pupils below zero. That is always a typing or counting mistake, and it would distort the region's totals.

    Write 0 or more, or leave the key out if the number is unknown.
explain-invalid-hours =
    The coordinator's hours per week are not a number from 0 to 60. Caseload and staffing use this number; a typo (200 instead of 20) would distort every report.

    Write the hours in the contract, or leave the key out if they are unknown.
explain-empty-themes =
    A themes list without a theme. Every knelpunt and action belongs to at least one of the seven ontwikkelthema's, so that the theme overview and the national comparison add up.

    Name the theme or themes the item is about, by the short names the diagnostic lists.
explain-unknown-theme =
    A theme that is not one of the seven ontwikkelthema's. The themes have fixed short names: stageplaatsen, nazorg, standaardisatie-gemeenten, nieuwkomers, beschut-werk, dagbesteding and zelf-in-dienst.

    Write the short name; case does not matter. If you wrote a theme's full title, the diagnostic names its short name.
explain-missing-reason =
    An overlegtafel, plan, project or development is called not relevant (relevant = false) without a reason. The foto shows the directors why the schools are not at a table; without a reason it looks like a missed chance.

    Add reason = "..." with the reason in one sentence.
explain-invalid-setting =
    A value in vsopro.toml that vsopro cannot use, such as zero minutes per school or a working week of more than 168 hours. Every calculation of hours and FTE starts from these settings.

    Put the value within the limits the diagnostic names, or remove the line: then the national agreements apply (1 h 20 min per school per week, a 36-hour working week).
explain-missing-file =
    A region file is missing. region.toml and schools.toml belong to every region; overlegtafels.toml, actions.toml and jaarplan.toml once a network coordinator is appointed, who keeps the foto, the actions and the jaarplan. The region is checked with what is there, but reports lack the missing file's data.

    Create the file. `vsopro init` writes all five files for a new region, with explanations in the files themselves.
explain-empty-region =
    A region folder without any of the region files. Such a folder does not count in the reports.

    Put the region files in the folder (`vsopro init` makes them for a new region), or remove the empty folder.
explain-stray-file =
    A file or folder vsopro does not know, in regions/ or in a region folder, or a symbolic link that vsopro does not follow. vsopro skips it, so that you know its content does not count.

    If it is a region file with a typo in its name (school.toml), rename it. Notes and other files are better kept outside regions/.
explain-overdue-action =
    An action whose due date has passed while it is neither done nor dropped. The stuurgroep sees which agreements need adjusting.

    Set the status to done or dropped if that is the case, or agree on a new date and write it as due.
explain-municipality-not-in-region =
    A municipality that does not belong to the region: a school's municipality, or a name in region.toml's municipalities list. vsopro knows the 342 municipalities of 2025 and their arbeidsmarktregio (CBS). If the municipality belongs to another region, the diagnostic names that region; if it is no municipality, the most similar name.

    Correct the name, or move the school to the folder of the region it belongs to. You may leave region.toml's municipalities list out: vsopro then takes the region's municipalities from CBS's division.
explain-uncovered-theme =
    One or more ontwikkelthema's have no action in the region. The theme overview and the stuurgroep see where nothing happens yet. Dropped actions do not count.

    Plan an action on the theme, or record in jaarplan.toml that it is deliberately not taken up this year: a [[theme]] with id, addressed = false and the reason. The foto and the site show that as a choice, with the reason, and the warning goes.
explain-unapproved-jaarplan =
    The jaarplan's period has started, but the directies have not yet approved it. The way of working asks for a jaarplan that the directies approve in advance.

    Put the plan to them and, once approved, record who approved it on which date: `vsopro accordeer REGION --by "..." --date YYYY-MM-DD`. That writes [approval] with a fingerprint of what was approved; in git also as a commit.
explain-missed-meeting =
    A past quarter of the jaarplan had no stuurgroep meeting, or a past year no meeting with the directies. The way of working asks for a progress meeting with the stuurgroep every quarter and a meeting with the directies at least once a year.

    If there was a meeting, add a [[meeting]] with kind and date. Otherwise this warning shows that the meeting is due.
explain-possible-bsn =
    A nine-digit number that passes the 11-test of the citizen service number (BSN). Personal data of pupils never belongs in these files: git keeps every version, even after you remove the number.

    Remove the number before you commit the change. If it has been committed already, ask for help to remove it from the history too. If it is not a BSN (a case number, say), write it differently, for example with a hyphen.

## Placeholders in usage lines and help
cli-value-region = REGION
cli-value-dir = DIR
cli-value-out = OUT
cli-value-format = FORMAT
cli-value-color = COLOR
cli-value-hours = HOURS
cli-value-min = MIN
cli-value-n = N
cli-value-yyyy-mm-dd = YYYY-MM-DD
cli-value-file-kind = FILE-KIND
cli-value-code = CODE
cli-value-rule = RULE
cli-value-id = ID
cli-value-csv = CSV
cli-value-shell = SHELL
cli-value-command = COMMAND
cli-value-who = WHO
cli-value-options = OPTIONS

## The TOML parser's messages (ids from the English text)
toml-msg-may-only-go-between-digits = `_` may only go between digits
toml-msg-cannot-recurse-further-max-recursion-depth-met = cannot recurse further; max recursion depth met
toml-msg-carriage-return-must-be-followed-by-newline = carriage return must be followed by newline
toml-msg-extra = extra `=`
toml-msg-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
toml-msg-extra-comma-in-array = extra comma in array
toml-msg-extra-comma-in-inline-table = extra comma in inline table
toml-msg-integers-with-a-radix-cannot-be-signed = integers with a radix cannot be signed
toml-msg-invalid-basic-string = invalid basic string
toml-msg-invalid-comment-character = invalid comment character
toml-msg-invalid-inline-table-element = invalid inline table element
toml-msg-invalid-key-value-pair = invalid key-value pair
toml-msg-invalid-multi-line-basic-string = invalid multi-line basic string
toml-msg-invalid-unquoted-key = invalid unquoted key
toml-msg-invalid-value = invalid value
toml-msg-key-with-no-value = key with no value
toml-msg-keys-cannot-be-multi-line-basic-strings = keys cannot be multi-line basic strings
toml-msg-keys-cannot-be-multi-line-literal-strings = keys cannot be multi-line literal strings
toml-msg-missing-array-opening = missing array opening
toml-msg-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
toml-msg-missing-comma-between-array-elements = missing comma between array elements
toml-msg-missing-comma-between-key-value-pairs = missing comma between key-value pairs
toml-msg-missing-comment-start = missing comment start
toml-msg-missing-escaped-value = missing escaped value
toml-msg-missing-inline-table-opening = missing inline table opening
toml-msg-missing-key-for-inline-table-element = missing key for inline table element
toml-msg-missing-opening-quote = missing opening quote
toml-msg-missing-table-open = missing table open
toml-msg-missing-value = missing value
toml-msg-missing-value-for-key = missing value for key
toml-msg-radix-must-be-lowercase = radix must be lowercase
toml-msg-redundant-integer-number-prefix = redundant integer number prefix
toml-msg-redundant-numeric-sign = redundant numeric sign
toml-msg-string-values-must-be-quoted = string values must be quoted
toml-msg-too-few-unicode-value-digits = too few unicode value digits
toml-msg-unclosed-array = unclosed array
toml-msg-unclosed-array-table = unclosed array table
toml-msg-unclosed-inline-table = unclosed inline table
toml-msg-unclosed-table = unclosed table
toml-msg-unexpected-in-array = unexpected `=` in array
toml-msg-unexpected-content = unexpected content
toml-msg-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
toml-msg-unexpected-key-or-value = unexpected key or value
toml-msg-unexpected-leading-zero = unexpected leading zero
toml-msg-unexpected-sign = unexpected sign
toml-msg-unquoted-keys-cannot-be-empty = unquoted keys cannot be empty
toml-msg-invalid-literal-string = invalid literal string
toml-msg-invalid-multi-line-literal-string = invalid multi-line literal string
toml-msg-invalid-string = invalid string
toml-msg-invalid-table = invalid table
toml-msg-invalid-key = invalid key
toml-msg-invalid-float = invalid float
toml-msg-invalid-integer-number = invalid integer number
toml-msg-invalid-binary-number = invalid binary number
toml-msg-invalid-octal-number = invalid octal number
toml-msg-invalid-hexadecimal-number = invalid hexadecimal number
toml-msg-invalid-boolean = invalid boolean
toml-msg-invalid-exponent = invalid exponent
toml-msg-invalid-fraction = invalid fraction
toml-msg-invalid-mantissa = invalid mantissa
toml-msg-invalid-date-time = invalid date-time
toml-msg-duplicate-key = duplicate key
toml-msg-recursion-limit = recursion limit
toml-exp-basic-string = basic string
toml-exp-characters = characters
toml-exp-digits = digits
toml-exp-key = key
toml-exp-letters = letters
toml-exp-literal-string = literal string
toml-exp-multi-line-basic-string = multi-line basic string
toml-exp-multi-line-literal-string = multi-line literal string
toml-exp-non-double-quote-visible-characters = non-double-quote visible characters
toml-exp-non-single-quote-characters = non-single-quote characters
toml-exp-non-single-quote-visible-characters = non-single-quote visible characters
toml-exp-numbers = numbers
toml-exp-printable-characters = printable characters
toml-exp-unicode-hexadecimal-value = unicode hexadecimal value
toml-exp-value = value
toml-exp-newline = newline
toml-exp-nothing = nothing
toml-msg-datetime = invalid date or time
toml-msg-other = invalid notation
toml-msg-expected = { $message }, expected { $expected }
toml-exp-other = something else

## The static site
site-title = Netwerkcoördinatoren vso/pro
site-home = Network vso/pro
site-as-of = as of { $date }
site-footer = Map: CBS / PDOK, CC-BY 4.0 (arbeidsmarktregio's 2025, generalised). Made with vsopro from the regions' data.
site-index-title = Netwerkcoördinatoren vso/pro in the 35 arbeidsmarktregio's
site-map-heading = Staffing per region
site-map-title = Map of the 35 arbeidsmarktregio's, coloured by the status of the network coordinator
site-map-hours = { $contracted } of { $required } required hours per week
site-map-hours-unknown = unknown number of { $required } required hours per week
site-map-caption = The numbers on the map are the CBS codes (AM…). Regions with data can be clicked; the table below gives the same in text.
site-staffing-caption = Staffing and caseload per region
site-col-required = required (h/week)
site-col-contracted = contracted (h/week)
site-col-gap = gap (FTE)
site-col-funding = funding
site-heatmap-heading = Ontwikkelthema's per region
site-heatmap-legend = Number of actions per theme (dropped actions do not count). — means: no action at all on this theme.
site-theme-summary = { $actions ->
        [one] 1 action
       *[other] { $actions } actions
    } in { $regions ->
        [one] 1 region
       *[other] { $regions } regions
    }; { $examples ->
        [one] 1 good practice
       *[other] { $examples } good practices
    } to share (at the top).
site-theme-no-actions = No actions on this theme yet.
site-no-schools = No schools recorded yet.
site-knelpunt-open = No action on this knelpunt yet.
site-jaarplan = Jaarplan
site-jaarplan-period = { $start } to { $end }.
site-not-submitted = Not yet submitted for approval.
site-needs-approval = The period has started and the jaarplan is not approved yet.
site-stuurgroep-heading = Stuurgroep per quarter
site-quarter = quarter { $number }
site-directies = Meeting with the directies
site-goal-progress = { $done } done, { $active } active, { $planned } planned
site-overdue-count = { $count } overdue
site-overdue = overdue
site-no-jaarplan = No jaarplan recorded yet.

## import duo
import-file = { $path }: { $rows ->
    [one] 1 { $kind } location
   *[other] { $rows } { $kind } locations
}.
import-unassigned = { $count ->
    [one] 1 lies
   *[other] { $count } lie
} in a municipality CBS does not know: { $list }.
import-new-folders = { $count ->
    [one] A new region folder
   *[other] { $count } new region folders
}, with region.toml and schools.toml: { $list }.
import-left = { $count ->
    [one] 1 school is
   *[other] { $count } schools are
} in schools.toml with a DUO code the file does not (or no longer) list; vsopro leaves them: { $list }.
import-added = Added { $count ->
    [one] 1 school
   *[other] { $count } schools
} in { $regions ->
    [one] 1 region
   *[other] { $regions } regions
}.
import-nothing = Nothing to add: every location is there already.
import-preview = Run again with --write to add { $count ->
    [one] 1 school
   *[other] { $count } schools
} in { $regions ->
    [one] 1 region
   *[other] { $regions } regions
}.
import-status-added = added
import-status-new = new
import-status-skipped = already there (brin { $brin })
import-status-left = not in DUO's file; stays
import-comment = from DUO "{ $source }" ({ $brin })
import-region-comment = { $name } ({ $code }): made by `vsopro import duo` from DUO's open data.
import-region-coordinator = DUO does not know the coordinator: fill in [coordinator] once you do.
import-unknown-value = unknown
import-schools-comment = The pro and vso schools of { $name }, from DUO's open data (`vsopro import duo`).
duo-err-unknown-file = this is not a DUO file vsopro knows: expected "02. Alle vestigingen VO" (with ONDERWIJSSTRUCTUUR) or "09. Alle vestigingen SBO, SO en VSO" (with SOORT PRIMAIR ONDERWIJS and ONDERWIJS), separated by `;`
duo-col-municipality-code = municipality number
duo-col-sort = kind of primary education
duo-col-education = education
duo-col-cluster = cluster

## staffing
staffing-summary = { $appointed } of the { $regions } regions { $appointed ->
    [one] has
   *[other] have
} an appointed coordinator; { $recruiting } recruiting, { $exploring } exploring, { $without } without, { $unknown } unknown.
staffing-schools = { $schools } schools ({ $pro } pro, { $vso } vso) in { $with_data } of the { $regions } regions: { $hours } hours a week, { $fte } FTE, at { $minutes } minutes per school and a { $week }-hour week.
staffing-contracted = Contracted: { $contracted } FTE in the { $known } of the { $regions } regions whose hours are known; { $side ->
    [surplus] surplus there { $gap } FTE.
    [even] there the contracts match the need.
   *[shortfall] gap there { $gap } FTE.
}
staffing-contracted-unknown = Contracted: unknown; no region's hours are known among the { $regions }, and unknown does not count as zero.
staffing-over-one = { $count ->
    [one] 1 region needs
   *[other] { $count } regions need
} more than 1 FTE: { $names }.
staffing-unknown = unknown

caseload-unit = Counted per { $unit ->
    [institution] institution (BRIN)
   *[other] location
}: { $locations } locations of { $institutions } institutions{ $left_out ->
    [0] {""}
    [one] ; 1 school does not count (caseload = false)
   *[other] ; { $left_out } schools do not count (caseload = false)
}. vsopro.toml chooses the unit: [caseload] unit = "location" or "institution".
col-locations = locations
col-institutions = institutions

missing-reason-caseload = school `{ $id }` is left out of the caseload (caseload = false) without a reason
missing-reason-caseload-help = add `reason = "..."`, e.g. "DUO lists vso here, but the location has so only"

unknown = unknown
caseload-coverage = The total covers { $count } of the { $regions } regions: those with data. Unknown contracted hours make the total unknown, never zero.

site-need-heading = Required capacity per region
site-need-title = Map of the 35 arbeidsmarktregio's, coloured by the network coordinator's required hours per week ({ $week }-hour week)
site-need-region = { $hours } hours a week ({ $fte } FTE) for { $schools } schools
site-need-band = { $from } to { $to } hours a week ({ $from_fte }–{ $to_fte } FTE)
site-need-band-last = { $from } hours a week or more ({ $from_fte } FTE or more)
site-key-heading = The regions on the maps

## codeowners
invalid-owner = `{ $owner }` is no user (@name), team (@org/team) or e-mail address
invalid-owner-label = not an owner a forge knows
invalid-owner-help = write the GitHub or GitLab user name with an @, e.g. "@jjansen", or a team such as "@netwerk-vsopro/landelijk"
stale-codeowners = { $path } no longer matches the owners in the data
stale-codeowners-help = `vsopro codeowners` writes the file again from `owners` in region.toml and [codeowners] in vsopro.toml
code-invalid-owner = an owner that is no forge user (@name), team (@org/team) or e-mail address
code-stale-codeowners = a CODEOWNERS file that does not match the owners in the data
explain-invalid-owner =
    An owner in `owners` (region.toml) or in [codeowners] national (vsopro.toml) is no user or team of a forge. GitHub and GitLab let only those named in CODEOWNERS approve a change to the region; a name such as "Jan Jansen" means nothing to them.

    Write the user name with an @ ("@jjansen"), a team such as "@org/team", or the e-mail address someone uses on the forge.
explain-stale-codeowners =
    The CODEOWNERS file says something else than the data: a region got other owners, or the national team changed. The forge then asks the wrong people to approve changes.

    Run `vsopro codeowners`: it writes the file again from the data. Comments in the file do not count.

codeowners-header = Do not edit by hand: run it again after changing `owners` in region.toml or [codeowners] in vsopro.toml.
codeowners-written = Wrote { $path }: { $regions ->
    [one] 1 region
   *[other] { $regions } regions
} with their own owners; national: { $national }.
codeowners-current = { $path } is current already.
col-regions = regions
col-national = national
col-changed = changed
err-foreign-codeowners = { $path } was not written by vsopro; vsopro does not replace it
err-foreign-codeowners-help = move its rules to `owners` in region.toml and [codeowners] in vsopro.toml, then replace it with `vsopro codeowners --force`
err-no-owners = the data names no owners
err-no-owners-help = put `owners = ["@user"]` in a region's region.toml, or [codeowners] national = ["@org/team"] in vsopro.toml
cli-codeowners-about = CODEOWNERS for a shared forge, from the owners of each region
cli-codeowners-examples =
    Examples:
      vsopro codeowners
      vsopro codeowners --force   (replace a CODEOWNERS vsopro did not write)

## Meetings
severity-hint = hint
hints = { $count ->
    [one] 1 hint
   *[other] { $count } hints
}
summary-hints = { " " }(and { $hints })
slot-planned = planned
meeting-without-notes = the stuurgroep meeting of { $date } has no notes
meeting-without-notes-label = held, without `notes`
meeting-without-notes-help = put the main points in `notes` and the decisions in `decisions = ["..."]`: the progress report and the next meeting build on them
code-meeting-without-notes = a past stuurgroep meeting without notes
explain-meeting-without-notes =
    A stuurgroep meeting that has taken place has no `notes`. The progress report for the stuurgroep and the jaarplan show what was discussed and decided; without notes that stays empty. This is a hint, not a warning: it does not fail `check --deny-warnings`.

    Put the main points in `notes` and each decision as a line in `decisions`. A meeting dated after today is planned and needs no notes yet.
meeting-planned-on = { $date } (planned)
meetings-minutes = Notes and decisions
meeting-heading = { $kind ->
    [stuurgroep] Stuurgroep
   *[other] Directies
}, { $date }
meeting-heading-planned = { $kind ->
    [stuurgroep] Stuurgroep
   *[other] Directies
}, { $date } (planned)
meeting-decision = Decision: { $decision }
entity-theme = theme
unknown-theme-choice = [[theme]] in jaarplan.toml: `{ $theme }` is not an ontwikkelthema
missing-reason-theme = theme `{ $id }` is left for this year (addressed = false) without a reason
missing-reason-theme-help = add `reason = "..."`: the foto and the site show it as a choice, with the reason
theme-declined = not this year: { $reason }
jaarplan-themes-declined = deliberately not this year: { $themes }
invalid-goal-target = goal `{ $goal }`: target = { $value } is not a target above zero
invalid-goal-measurement = goal `{ $goal }`: a measurement with value = { $value } is below zero
invalid-goal-figure-label = not an amount
invalid-goal-figure-help = write an amount, e.g. `target = 30` and `unit = "stageplekken"`, with measurements such as `value = 12`
code-invalid-goal-figure = a goal's `target` that is not above zero, or a measured `value` below zero
explain-invalid-goal-figure =
    A goal may have a target (`target`, with `unit` and `indicator`) and measurements (`[[goal.measurement]]` with `date`, `value` and `source`). The jaarplan then shows e.g. "12 of 30 stageplekken (40%)" and the site a trend line. A target of zero or less, or a measurement below zero, makes such a percentage meaningless.

    Write the target as an amount above zero and each measurement as an amount of zero or more.
goal-target = target: { $target } { $unit }
goal-attainment = { $value } of { $target } { $unit } ({ $percent }%, measured { $date })
goal-measured = measured: { $value } { $unit } on { $date }
goal-indicator = indicator: { $indicator }
goal-measurement = { $date }: { $value } { $unit }
goal-measurement-source = { " " }(source: { $source })
col-target = target
col-measured = latest measurement
col-percent = % of target
site-trend = trend of { $count } measurements
approved-change-period = period { $approved } is now { $now }
approved-change-goal-added = goal { $goal } added
approved-change-goal-removed = goal { $goal } removed
approved-change-goal-changed = goal { $goal } changed
approval-lapsed = approval lapsed: changed after the approval of { $date } ({ $changes })
approval-lapsed-undated = approval lapsed: changed after the approval ({ $changes })
approval-unbound = The approval does not record what was approved; record it again with vsopro accordeer { $region }
approval-commit = Recorded in commit { $commit }
approval-tag = tag { $tag }
approval-outdated = approval lapsed: the jaarplan changed after the approval of { $date }: { $changes }
approval-outdated-label = changed after approval
approval-outdated-help = put the change to the directies and record their approval with `vsopro accordeer { $region } --by "..."`; or undo the change
code-approval-outdated = a jaarplan whose period or goals changed after the directies approved it
explain-approval-outdated =
    `vsopro accordeer REGION` records with the approval what was approved: the period and of each goal its text, themes, target and linked actions (`[approval.fingerprint]`). Notes, decisions and measurements are not part of it: they may change.

    If any of those parts changed since, the approval has lapsed. The jaarplan, the foto, the site and the JSON output then say so, with what changed. Put the change to the directies and record their new approval, or undo the change.
approve-unchanged = The jaarplan was approved on { $date } by { $by } as it is now: nothing changed.
approve-recorded = Approval recorded in { $file }: approved on { $date } by { $by }, for the period and { $goals ->
    [one] 1 goal
   *[other] { $goals } goals
}.
approve-renewed = Approved again after: { $changes }.
approve-commit = Recorded in git as commit { $commit }.
approve-no-git = No git: the approval is in the file with its fingerprint; commit it yourself if you use git.
approve-tag = Tag { $tag } on that commit: `git show { $tag }` shows exactly the approved version.
col-by = by
col-tag = tag
approve-fingerprint-comment =
    What the directies approved; vsopro compares it with the plan.
    Written by vsopro accordeer: do not edit.
foto-jaarplan = Jaarplan: { $status }
site-approval-lapsed = Approval lapsed: changed after the approval of { $date }. Changed since:
site-approval-lapsed-undated = Approval lapsed: changed after the approval. Changed since:
change-goal-target = ~ goal { $goal } target: { $old } → { $new }
err-tag-needs-git = --tag needs a git repository, and { $path } is not inside one
err-tag-needs-git-help = without git the approval is recorded in the file only, with its fingerprint: leave out --tag
err-tag-needs-commit = --tag needs an approval that is committed, but { $path } has changes that no commit holds; nothing was written
err-tag-needs-commit-help = commit those changes first (git commit), or leave out --tag
err-edit-invalid = the change would bring { $count ->
    [one] an error
   *[other] { $count } errors
} into { $path }; nothing was written
foto-knelpunt-resolved = { " " }— resolved on { $date }
cli-voortgang-about = The progress report for the stuurgroep: what changed since the last meeting, and where the plan stands
cli-voortgang-examples =
    Examples:
      vsopro voortgang gooi-en-vechtstreek
      vsopro voortgang gooi-en-vechtstreek --since 2026-09-01 --format markdown > voortgang.md
cli-voortgang-arg-region = The region (slug, code, official name or alias)
cli-voortgang-arg-since = The first day of the period (default: the day after the last stuurgroep meeting)
event-action-added = New action
event-action-started = Action started
event-action-completed = Action completed
event-action-dropped = Action dropped
event-action-reopened = Action reopened
event-action-removed = Action removed
event-due-moved = Due date moved
event-knelpunt-added = New knelpunt
event-knelpunt-resolved = Knelpunt resolved
event-knelpunt-removed = Knelpunt removed
event-goal-changed = Goal changed
event-measurement-recorded = Measurement
event-approved = Approved
event-initiative-added = New in the foto
event-judged-relevant = Judged relevant
event-judged-not-relevant = Judged not relevant
event-initiative-removed = Removed from the foto
event-school-added = School added
event-school-removed = School removed
voortgang-title = Progress { $region } ({ $code })
voortgang-period = Period: { $from } to { $to }
voortgang-period-meeting = Period: { $from } to { $to }, since the stuurgroep meeting of { $meeting }
voortgang-period-plan = Period: { $from } to { $to }, since the start of the jaarplan (no stuurgroep meeting held yet)
voortgang-period-months = Period: { $from } to { $to }, the last three months (no jaarplan)
voortgang-from-git = From git: { $commits ->
    [one] 1 commit
   *[other] { $commits } commits
} in this period.
voortgang-no-git = Not in git: the current state only. What changed in the period comes from the git history of the region files.
voortgang-git-missing = git is not installed: the current state only.
voortgang-no-commits = The repository has no commits yet: the current state only.
voortgang-shallow = Shallow clone: older commits are missing, the period may be incomplete.
voortgang-uncommitted = There are changes not yet in a commit; the current state counts them, the changes do not.
voortgang-actions = Actions
voortgang-count = { $kind }: { $count }
voortgang-group = { $kind } ({ $count })
voortgang-item = { $id } — { $text }
voortgang-stamp = { " " }({ $date }, { $author }, { $commit })
voortgang-due-moved = { $id } — { $text }: { $old } → { $new }
voortgang-resolved = { $id } — { $text }, resolved on { $date }
voortgang-measurement = goal { $id }: { $value } { $unit } on { $date }
voortgang-approved = jaarplan approved on { $date } by { $by }
voortgang-entity = { $kind } { $name }
voortgang-overdue = Overdue now ({ $count })
voortgang-overdue-item = { $id } — { $text } (due { $due })
voortgang-none = none
voortgang-knelpunten = Knelpunten
voortgang-no-knelpunt-changes = No knelpunten added, resolved or removed.
voortgang-open-knelpunten = Open knelpunten without an action ({ $count })
voortgang-goals = Goals
voortgang-no-goal-changes = No goal changed and no measurement recorded.
voortgang-reapproval = Approval needed again: { $lapsed }. Put the plan to the directies and record their approval with vsopro accordeer { $region }.
voortgang-goals-now = Where they stand
voortgang-goal-actions = ; actions: { $done } done, { $active } active, { $planned } planned, { $overdue } overdue
voortgang-foto = Overlegtafels, plans, projects and schools
voortgang-meetings = Meetings in this period
voortgang-no-meetings = No meeting held in this period.
voortgang-next = Next stuurgroep meeting
voortgang-next-planned = Planned on { $date }.
voortgang-next-unplanned = Not planned yet: quarter { $quarter } of the jaarplan runs to { $end }.
voortgang-next-none = The jaarplan has no quarter left for a stuurgroep meeting.
voortgang-csv-overdue = Overdue now
voortgang-csv-open-knelpunt = Open knelpunt without an action
voortgang-csv-goal = Where the goal stands
voortgang-csv-meeting = Meeting held
col-entity = part
col-text = description
col-old = was
col-new = becomes
err-out-exists = { $path } exists already
err-out-exists-help = choose another name, or give --force to replace the file
err-out-format = vsopro does not know which format { $path } should be
err-out-format-help = the extension chooses the format: { $extensions }
err-out-protected = { $path } is a folder or lies inside regions/, where the data is
err-out-protected-help = write the document outside regions/, e.g. `documents/foto.docx`
out-written = Written: { $path }
out-footer = Made with vsopro on { $date }.
out-footer-commit = Made with vsopro on { $date }, from the data of commit { $commit }.
out-footer-dirty = Made with vsopro on { $date }, from the data of commit { $commit } with changes not yet committed.
title-caseload = Caseload
title-staffing = Staffing
title-themes = Themes
title-regions = Regions
title-check = Check
cli-value-file = FILE
err-no-pdf = this vsopro was built without PDF, so { $path } cannot be made
err-no-pdf-help = build vsopro with its default features (without --no-default-features), or choose .docx or .html
pdf-header = Netwerk vso/pro
pdf-header-region = Netwerk vso/pro { $region } ({ $code })
pdf-pages = page {"{"}page{"}"} of {"{"}total{"}"}
pdf-lapsed = Note: { $lapsed }.
pdf-approval-heading = Approval by the directies
pdf-approval-period = Period
pdf-approval-period-value = { $start } to { $end }
pdf-approval-fingerprint = Fingerprint
pdf-approval-date = Date
pdf-approval-by = By
pdf-approval-recorded = The directies approved this version: the fingerprint of the period and the goals is the one recorded with the approval.
pdf-approval-open = The fingerprint stands for the period and the goals of this version. Once approved, `vsopro accordeer { $region } --by "..."` records the approval with the same fingerprint.
serve-unshared = { $count ->
    [one] 1 change not shared yet
   *[other] { $count } changes not shared yet
}
serve-all-shared = everything shared
serve-share = Share and fetch
serve-share-message = What did you change by hand?
hub-mine = { $count ->
    [one] My region:
   *[other] My regions:
}
hub-read-only-here = You can only read this region
serve-workbench = Workbench
serve-read-only = read only
serve-problems-link = { $count ->
    [0] no problems
    [one] 1 problem
   *[other] { $count } problems
}
serve-problems-title = Problems
serve-no-problems = No problems: the data is in order.
serve-region-problems = { $count ->
    [one] 1 problem in this region
   *[other] { $count } problems in this region
}
serve-help = Help: { $help }
err-serve = the workbench cannot start: { $reason }
err-serve-help = choose another port with --port, e.g. --port 0 for a free one
serve-url = Workbench: { $url }
serve-stop = Open the link in your browser; stop with Ctrl+C.
serve-stop-window = Close this window to stop the workbench.
launch-no-data-title = vsopro: no data yet
launch-no-data =
    <h1>Welcome to vsopro</h1>
    <p>vsopro looks for your region's data in the folder the program is in, or a folder above it: a folder with <code>vsopro.toml</code> or a folder <code>regions</code>. This folder has none yet:</p>
    <p><code>{ $folder }</code></p>
    <h2>How to start</h2>
    <ol>
    <li>Do you have a data folder already (from your colleagues, or the national repository)? Put <code>vsopro.exe</code> in that folder and double-click it there.</li>
    <li>Starting a new region? Open PowerShell or the command prompt in this folder and type <code>vsopro init "Name of your region"</code>, for example <code>vsopro init Zeeland</code>. Then double-click <code>vsopro.exe</code> again.</li>
    </ol>
    <p>The user guide describes each step. You can close this window and vsopro's black window now.</p>
serve-host-warning = note: the workbench listens on { $host }, so other computers can reach it too (with the link)
serve-refused-host = This workbench belongs to another address.
serve-refused-origin = A request from another website was refused.
serve-refused-token = Open the workbench with the link vsopro serve printed.
serve-refused-size = The request is too large.
serve-timeout = Answering this request took too long. Please try again.
serve-refused-read-only = The workbench is read only (--read-only): nothing can be changed.
serve-refused-method = The workbench does not know this kind of request.
serve-not-found = This page does not exist.
error-page-title = { $status ->
    [404] Not found
    [403] No access
    [409] Changed meanwhile
    [413] Too large
    [500] Something went wrong
   *[other] Not done
}
error-back = Back to the start
round-no-jaarplan = { $region } has no jaarplan yet. The directies can vote on the plan once there is one.
error-to-region = To the region's page
technical-details = Technical details
cli-serve-about = The workbench: a local web app over the data, with every problem
cli-serve-examples =
    Examples:
      vsopro serve
      vsopro serve --port 8040 --open
      vsopro serve --read-only
cli-serve-arg-port = The port (0: any free one)
cli-serve-arg-host = The address to listen on; anything but 127.0.0.1 lets other machines in
cli-serve-arg-read_only = Show the pages only: no forms, every change refused
cli-serve-arg-open = Open the workbench in the browser
cli-value-address = ADDRESS
serve-status-label = status
serve-save = Save
serve-stale = The file changed since you opened the page — reload the page and try again.
serve-refused-csrf = The form expired or does not come from this workbench — reload the page.
serve-bad-form = The form is not complete.
serve-refused-invalid = Not saved: the change would make the data invalid.
serve-meeting-taken = This meeting on { $date } already has its minutes. Add to them with "edit" at that meeting; that way nothing is lost.
serve-measurement-taken = This goal already has a measurement on { $date }. Change it with "edit" under the measurements, or choose this measurement's own date.
serve-saved-committed = Saved and recorded in your name: { $message }
serve-saved = Saved: { $message }
serve-saved-uncommitted = Saved, but not committed in git: { $file } already had changes that were not committed; commit them together.
serve-commit-failed = Not saved: git could not commit the change ({ $reason }), so the file was put back. Set your name and e-mail address with `git config --global user.name "Your Name"` and `git config --global user.email you@example.org`, or start the workbench with --no-git.
serve-not-toml = Not saved: the file is not valid TOML ({ $reason }). The Problems page says what is wrong; repair the file first.
commit-action-status = { $status ->
    [done] Action '{ $id }' done
    [active] Action '{ $id }' started
    [dropped] Action '{ $id }' dropped
   *[other] Action '{ $id }' planned again
}
cli-serve-arg-no_git = Write edits without committing them in git
serve-measure-date = measured on
serve-measure-value = value
serve-measure-source = source
serve-measure-save = Record measurement
commit-measurement = Measurement of goal '{ $id }' recorded: { $value } on { $date }
serve-meeting-heading = Record a meeting
serve-meeting-kind = meeting
serve-meeting-date = date
serve-meeting-notes = notes
serve-meeting-decisions = decisions (one per line)
serve-meeting-save = Record meeting
commit-meeting = { $kind ->
    [stuurgroep] Stuurgroep meeting
   *[other] Meeting with the directies
} of { $date } recorded
serve-approve-by = approved by (who or which meeting)
serve-approve-date = on
serve-approve-save = Record approval
serve-approve-fingerprint = fingerprint of this version: { $fingerprint }
serve-approve-refused = Not approved: the region's data has errors; fix them first.
site-knelpunt-resolved = resolved on { $date }
serve-resolved-on = resolved on
serve-resolved-save = Knelpunt resolved
commit-reapplied = { $subject } (applied again after a conflict)
commit-knelpunt-resolved = Knelpunt '{ $id }' resolved on { $date }
serve-unchanged = Nothing changed: the form matched the file.
commit-record-added = { $kind }{ $id } added
commit-record-changed = { $kind }{ $id } changed: { $fields }
commit-record-removed = { $kind } '{ $name }' removed
commit-record-restored = { $kind } '{ $name }' put back as it was
commit-record-restored-body = Undone: { $commit }
commit-approve = Jaarplan of { $region } approved by { $by } on { $date }

    Recorded by vsopro with a fingerprint of the approved period and goals.
commit-approve-tag = Jaarplan of { $region } approved by { $by } on { $date }
commit-outcomes = { $count ->
    [one] Uitstroom { $year } of { $school } recorded
   *[other] Uitstroom { $year } of { $count } schools in { $region } recorded
}
commit-add-schools = { $count ->
    [one] One school
   *[other] { $count } schools
} of { $region } added from DUO's open data
form-coordinator = network coordinator
form-stale = { $who } changed this record after you opened the form{ $when }. Nothing was saved and nothing is lost: below is your input, and beside each field where the file now holds something else is what it holds now. Take over what you want to keep of theirs and save again.
form-stale-someone = Someone else
form-stale-removed = This record was removed after you opened the form; nothing was saved. Go back to the region's page.
form-other-now = Now in the file (changed by someone else):
form-yes = yes
form-no = no
form-empty = (empty)
form-back = ← Back to the region
form-cancel = Cancel
form-heading-new = Add { $kind }
form-heading-edit = Edit { $kind } '{ $id }'
form-heading-coordinator = The network coordinator's details
form-heading-one = Edit { $kind }
form-submit-new = Add { $kind }
form-file-broken = This form cannot open: { $file } is not valid TOML. The Problems page says what is wrong; repair the file first.
form-edit = edit
form-edit-coordinator = edit details
history-heading = History of { $kind } '{ $name }'
history-intro = Every change, newest first: who, when and what changed.
history-when = { $date }, { $time }
history-link = history
changes-heading = Changes in { $region }
changes-intro = The changes of the last { $days } days, newest first.
changes-none = No changes in this period.
changes-other = A change outside the forms (such as the approval or a vote).
change-added = { $name ->
    [none] { $kind } added
   *[other] { $kind } '{ $name }' added
}
change-changed = { $name ->
    [none] { $kind } changed
   *[other] { $kind } '{ $name }' changed
}
change-removed = { $name ->
    [none] { $kind } removed
   *[other] { $kind } '{ $name }' removed
}
undo-submit = Undo
undo-ask = '{ $name }' was changed again after this change. Undoing this change takes those later changes back too.
undo-anyway = Undo all the same
undo-refused = This cannot be undone: the data would not be right afterwards.
changes-page-link = Changes
remove-heading = Remove { $kind } '{ $name }'
remove-question = Are you sure you want to remove '{ $name }' ({ $kind })? The change is then in the region's history under your name.
remove-submit = Remove
remove-refused = '{ $name }' cannot be removed now: something still refers to it.
remove-refers = These refer to it:
remove-refused-fix = First change what refers to it; then you can remove it.
remove-refers-file = { $file } (for now only whoever keeps the data can change this)
remove-refers-elsewhere = Elsewhere in the region's data
file-words-other = the data
problem-place-field = { $form }: the field "{ $field }"
problem-place = { $form }
file-words-region = the region's own data: the steering group, the municipalities and the network coordinator
file-words-schools = the region's schools
file-words-overlegtafels = the region's consultation tables
file-words-actions = the region's bottlenecks, plans and actions
file-words-jaarplan = the region's annual plan
file-words-uitstroom = the region's outflow figures
file-words-practices = the good practices from public sources
remove-back-to-form = Back to the form
remove-stale = Someone changed this meanwhile. Check whether you still want to remove it.
form-remove = Remove…
form-already-done = This form had been sent already; it was handled once.
form-history = History
form-edit-jaarplan = edit title and period
form-begin-jaarplan = Begin the jaarplan
form-add-goal = + Add a goal
form-add-theme = + A theme not addressed this year
goal-measurements = { $count ->
    [one] 1 measurement
   *[other] { $count } measurements
}
form-add-action = + Add action
form-add-knelpunt = + Add knelpunt
form-add-overlegtafel = + Add overlegtafel
form-add-plan = + Add plan
form-add-project = + Add project
form-add-development = + Add development
form-add-school = + Add school
form-error-required = Fill in this field.
form-error-too-long = This is too long: at most { $max } characters.
form-error-choice = '{ $value }' is not one of the choices; pick one from the list.
form-error-date = '{ $value }' is not a date; write it as yyyy-mm-dd, e.g. 2026-12-01.
form-error-integer = '{ $value }' is not a whole number.
form-error-number = '{ $value }' is not a number; write e.g. 16 or 12.5.
form-error-id-taken = This id is taken; choose another or leave the field empty.
form-error-key-taken = This is already there: one with the same values exists. Change that one or choose something else.
form-error-id-invalid = An id is lower-case letters, digits and hyphens, at most { $max } characters, e.g. stagebank-techniek. Leave the field empty and vsopro makes one from the name.
form-role-a = A — network director (netwerkregisseur)
form-role-b = B — representative
form-role-c = C — regional picture
form-role-d = D — knowledge broker
form-role-e = E — development theme
form-kind-pro = praktijkonderwijs (pro)
form-kind-vso = voortgezet speciaal onderwijs (vso)
form-profile-vervolgonderwijs = further education (vervolgonderwijs)
form-profile-arbeidsmarktgericht = labour market (arbeidsmarktgericht)
form-profile-dagbesteding = day activities (dagbesteding)
form-id-summary = Short name (optional)
form-field-id = Id
form-hint-id = A short name in lower case with hyphens, by which other data refers to it. Leave empty and vsopro makes it from the name. It cannot be changed later.
form-field-title = Title
form-field-text = Description
form-field-regional-plan = Regional plan it aligns with
form-field-doel-text = Goal
form-field-actions = Actions that work on it
form-field-target = Target
form-field-unit = Unit (for example work placements)
form-field-indicator = How progress is measured
form-field-measure = Measured with the outcome figures
form-field-thema-id = Theme
form-hint-thema-id = The theme the region does not take up this year; say why below.
form-field-addressed = The region takes this theme up this year
form-field-thema-reason = Why not this year
form-field-overleg-kind = Meeting with
form-field-date = Date
form-field-notes = Notes (the main points)
form-field-decisions = Decisions
form-field-value = Measured value
form-field-meting-source = Where the figure comes from
form-field-name = Name
form-field-themes = Themes
form-field-role = The coordinator's role
form-field-addresses = Addresses these knelpunten
form-hint-addresses = Ctrl-click (Cmd-click on a Mac) to choose more than one.
form-field-schools = Schools
form-hint-schools = Ctrl-click (Cmd-click on a Mac) to choose more than one.
form-field-overlegtafel = Overlegtafel
form-field-owner = Owner
form-field-status = Status
form-field-due = Due
form-field-funding = Funding
form-field-example = A good practice to share with the other regions
form-field-resolved = Resolved on
form-field-level = Level
form-field-organizer = Organizer
form-field-partners = Partners
form-hint-lines = One per line.
form-field-frequency = Frequency
form-field-relevant = Relevant for pro and vso
form-field-reason = Reason
form-hint-reason = Needed when it is not relevant or does not count.
form-field-represented-by = Represented by
form-field-start = Start
form-field-end = End
form-field-kind = Kind
form-field-brin = BRIN (with location), e.g. 12AB00
form-field-municipality = Municipality
form-field-board = Board
form-field-students = Pupils
form-field-profiles = Exit profiles (vso)
form-field-cluster = Cluster (vso, 1–4)
form-field-caseload = Counts in the caseload
form-field-hours-per-week = Hours per week
form-field-since = In post since
form-field-scale = Salary scale
cli-arg-out = Write the report to FILE; the extension chooses the format (.pdf, .docx, .xlsx, .html, .md, .csv, .json, .txt); for `schema` the folder of the schemas
cli-arg-force = Replace what exists: the file of --out, a site vsopro made earlier, a CODEOWNERS vsopro did not write
cli-accordeer-about = Record the directies' approval of the jaarplan, with a fingerprint of what they approved; in git also as a commit
cli-accordeer-arg-region = The region (slug, code, official name or alias)
cli-accordeer-arg-by = Who approved (e.g. "Directies pro en vso")
cli-accordeer-arg-date = The date of the approval (default: --today)
cli-accordeer-arg-tag = In git: an annotated tag on the approval's commit (signed if you sign git tags)
cli-site-arg-folder = The folder to write the site into (new, empty, or a site vsopro made; replaced with --force)
cli-err-out-not-here = --out: `vsopro { $command }` makes no report to write
cli-err-out-not-here-help = leave out --out; the reports (check, foto, jaarplan, voortgang, caseload, themes, staffing, …) write a document with --out FILE
cli-err-round-needs = `--round { $what }` needs { $arg }
cli-err-round-needs-help = For example: vsopro jaarplan gorinchem --round extend --deadline 2027-01-15, or --round withdraw --by "A. Jansen" --reason "The plan is being revised".
cli-err-force-needs-out = --force replaces the file of --out, but no --out was given
cli-err-force-needs-out-help = give --out FILE, or leave out --force
cli-accordeer-examples =
    Examples:
      vsopro accordeer gooi-en-vechtstreek --by "Directies pro en vso" --date 2026-09-15
      vsopro accordeer gooi-en-vechtstreek --by "Directies pro en vso" --tag
    
    Also as `vsopro approve`, and as `vsopro jaarplan REGION --approve --by …`.
fix-in-form-field = In the form { $form }, at "{ $field }": { $fix }
fix-in-form = In the form { $form }: { $fix }
fix-toml-syntax = this is an error in the text of { $file } itself, and no form can open that file until it is repaired: open it in a text editor (Notepad) and repair the line above.
fix-curly-quotes = replace the curly quotes (“ ”, as Word types them) in { $file } by straight ones ("), in a text editor; while they are there no form can open the file.
fix-unreadable-file = save { $file } as UTF-8 text (in Notepad: Save as, encoding UTF-8).
fix-unknown-key = this item is unknown: remove it from { $file } in a text editor, or see whether it is a typo for a field of the form.
fix-wrong-type = fill it in as the field asks: a number, a date or a text.
fix-missing-key = fill in this required field.
fix-invalid-value = choose one of the values from the list.
fix-invalid-date = choose a date with the date picker.
fix-end-before-start = set the end date after the start date.
fix-empty-id = give it a name (id) with at least one letter or digit.
fix-invalid-id = give it an id of lower-case letters, digits and hyphens, e.g. "pro-de-brug".
fix-duplicate-id = another one has this name (id): give this one a name of its own, in the field "id" when adding it.
fix-unknown-reference = choose one that exists from the list, or add it first.
fix-unknown-region = this folder belongs to no labour-market region: whoever keeps the data gives it the name of one of the 35 regions.
fix-region-name-mismatch = put the region's official name in { $file }; the region has no form for it.
fix-region-code-mismatch = put the region's CBS code in { $file }, or leave the code out; the region has no form for it.
fix-vso-only-field = leave uitstroomprofielen and cluster empty for a pro school, or choose kind vso.
fix-invalid-cluster = fill in cluster 1, 2, 3 or 4.
fix-invalid-brin = fill in the BRIN as 2 digits and 2 letters (e.g. 12AB), optionally with the location's 2 digits (12AB00).
fix-negative-count = fill in a number of 0 or more.
fix-invalid-hours = fill in hours per week from 0 to 60.
fix-empty-themes = tick at least one theme.
fix-unknown-theme = tick one or more of the seven ontwikkelthema's.
fix-missing-reason = say at "Reason" why it is not relevant.
fix-invalid-goal-figure = a target must be above zero and a measurement zero or more: change the target in the goal's form, and the measurement in the measurement's form.
fix-invalid-setting = change { $file } in a text editor: the national settings have no form.
fix-invalid-owner = write an owner as @user, @organisation/team or an e-mail address, in { $file }.
fix-missing-file = add the first item with the button "+ Add …" on the region's page; vsopro then starts the file.
fix-missing-jaarplan = begin the jaarplan with the button "Begin the jaarplan" on the region's page.
fix-empty-region = whoever keeps the data begins the region (with its first data), or removes the empty folder.
fix-stray-file = vsopro does not read this: remove it, or move it out of the regions folder.
fix-overdue-action = set the status to done or dropped, or move the due date.
fix-municipality-not-in-region = choose a municipality of this region from the list.
fix-uncovered-theme = add an action for these themes (+ Add action), or record in the jaarplan that they are not at issue this year.
fix-unapproved-jaarplan = put the plan to the directors with an approval round (on the round's page), or record their approval with the form "Record approval".
fix-approval-outdated = the plan changed after its approval: put it to them again and record the approval with the form "Record approval" at the jaarplan.
fix-missed-meeting = record the meeting with the form "Record a meeting" at the jaarplan.
fix-stale-codeowners = whoever keeps the data makes the list of the regions' owners again; that list has no form.
fix-meeting-without-notes = fill in the notes: what was discussed and decided.
fix-possible-bsn = remove this number: pupils' personal data does not belong in the data.
serve-fix-link = to the form
frequency-every = { $every ->
    [week] weekly
    [two-weeks] every two weeks
    [month] monthly
    [six-weeks] every six weeks
    [quarter] quarterly
    [half-year] twice a year
   *[year] yearly
}
frequency-times = { $times ->
    [1] once
    [2] twice
   *[other] { $times } times
} a { $per ->
    [week] week
    [month] month
    [quarter] quarter
   *[year] year
}
code-personal-data = a key in uitstroom.toml that would identify a pupil (a name, a date of birth, a BSN): the file holds counts only
code-invalid-outcome-count = a count in uitstroom.toml below zero
code-outcome-over-total = destinations, or a follow-up, that add up to more than the leavers
code-outcome-under-total = destinations that add up to fewer than the leavers: the difference counts as unknown
code-invalid-school-year = a school year that is not YYYY-YYYY of two consecutive years, or that has not begun
code-duplicate-outcome = the same school and school year twice in uitstroom.toml
code-more-leavers-than-pupils = a year with more leavers than the school has pupils
subject-outcome = the outcomes of { $year }
personal-data = `{ $key }` does not belong in uitstroom.toml: that file holds counts only, never data of a pupil
personal-data-label = personal data
personal-data-help = remove this key: uitstroom.toml counts how many pupils went where, per school and school year; names, dates of birth and BSN stay at school (git keeps every version)
invalid-outcome-count = `{ $key } = { $value }` of { $school } ({ $year }) cannot be negative
invalid-outcome-count-label = below zero
invalid-outcome-count-help = write the count as 0 or more, or leave `{ $key }` out when it is zero
outcome-over-total = the destinations of { $school } ({ $year }) add up to { $sum }, more than the { $leavers } leavers
outcome-over-total-label = more than the leavers
outcome-over-total-help = count the destinations again: each leaver counts at exactly one destination, when in doubt at `onbekend`
outcome-follow-up-over-total = the follow-up after { $years } year(s) of { $school } ({ $year }) counts { $sum } pupils, more than the { $leavers } leavers
outcome-follow-up-over-total-help = the follow-up after one or two years follows the same leavers: together they are at most as many as left
outcome-under-total = the destinations of { $school } ({ $year }) add up to { $sum } of the { $leavers } leavers: { $rest } count as unknown
outcome-under-total-label = { $leavers } leavers
outcome-under-total-help = put the { $rest } missing at their destination, or write `onbekend = { $rest }` when it is not known
invalid-school-year = school year `{ $year }` of { $school } is no school year
invalid-school-year-label = not YYYY-YYYY of two consecutive years
invalid-school-year-help = write the school year in which they left as two consecutive years, e.g. `year = "2025-2026"`
future-school-year = school year `{ $year }` of { $school } has not begun
future-school-year-help = outcomes are counted after the school year; the current school year is { $current }
duplicate-outcome = { $school } has the outcomes of { $year } twice
duplicate-outcome-again = again
duplicate-outcome-first = first here
duplicate-outcome-help = keep one [[uitstroom]] per school and school year: add them up, or correct the year of one
more-leavers-than-pupils = { $school } has { $leavers } leavers in { $year }, more than its { $students } pupils in schools.toml
more-leavers-than-pupils-label = more than the school has pupils
more-leavers-than-pupils-help = check the number of leavers, or the school's number of pupils (`students` in schools.toml)
explain-personal-data =
    A key in uitstroom.toml that would be about one pupil: a name, a date of birth, a BSN, an address. uitstroom.toml holds counts only, per school and school year: how many pupils went where. A pupil's data never belongs there: git keeps every version, also after you remove it, and the figures travel beyond the school.

    Remove the key. The school keeps its own records; vsopro counts.
explain-invalid-outcome-count =
    A count in uitstroom.toml below zero. A number of pupils cannot be negative; it is a typing or counting mistake.

    Write 0 or more, or leave the destination out when nobody went there.
explain-outcome-over-total =
    The destinations (werk, mbo, dagbesteding, …) add up to more than the leavers, or a follow-up after one or two years counts more pupils than left. Each leaver counts at exactly one destination.

    Count the destinations again; whoever you cannot place counts at `onbekend`.
explain-outcome-under-total =
    The destinations add up to fewer than the leavers. vsopro counts the difference as unknown, and says so here. This is a hint: it never fails a check.

    Put the missing pupils at their destination, or write the difference at `onbekend`, so that it says so in as many words.
explain-invalid-school-year =
    A school year is two consecutive years, as "2025-2026", and must have begun: outcomes are counted after the school year in which the pupils left.

    Write the school year in which they left.
explain-duplicate-outcome =
    The same school and school year are in uitstroom.toml twice. Then every leaver may count twice.

    Keep one [[uitstroom]] per school and school year: add them up, or correct the year.
explain-more-leavers-than-pupils =
    A year with more leavers than the school has pupils (`students` in schools.toml). That cannot be: one of the two numbers is wrong.

    Check the number of leavers and the number of pupils.
fix-personal-data = remove this item from { $file }: the file counts how many pupils went where, never who.
fix-invalid-outcome-count = fill in a number of 0 or more.
fix-outcome-over-total = count the destinations again: together they are at most the number of leavers.
fix-outcome-under-total = fill in the missing pupils at their destination, or at "onbekend".
fix-invalid-school-year = choose the school year in which they left, as 2025-2026.
fix-duplicate-outcome = keep one count per school and school year.
fix-more-leavers-than-pupils = check the number of leavers, or the school's number of pupils.
title-uitstroom = Outcomes
title-uitstroom-region = Outcomes { $name } ({ $code })
uitstroom-exact = Exact counts, for use within the region. Outside the region (the site, national reports, documents of more than one region) small numbers are protected.
uitstroom-protected = Small numbers are protected, as CBS does: a count of 1 to 4 reads "< 5", a share is left out over fewer than 10 pupils, and "x" hides a count from which a protected one could be worked out.
uitstroom-none = There are no outcome figures yet: a school records them in uitstroom.toml, per school year (see the guide).
uitstroom-none-web = There are no outcome figures yet. Enter them per school and school year with the button below.
uitstroom-per-school = Per school
uitstroom-per-region = Per region
uitstroom-national-heading = National
uitstroom-national = national
uitstroom-legend = Work: regular, supported and beschut werk. Education: mbo entree, mbo and other education. Unknown: also the leavers for whom the file gives no destination. Durable: still in place (or a better one) after one or two years, of the leavers whose follow-up is known. Change: the share to work against the year before, in percentage points.
uitstroom-comparison = Beside the national figures
uitstroom-comparison-note = National: { $source }, the shares with work and with a benefit directly after leaving, of the leavers who did not continue in education (pro; vso with uitstroomprofiel arbeidsmarkt). That is another group than all leavers: so this table gives the share to work of those who did not go on to education, from the pro schools and the vso schools with the profile arbeidsmarktgericht. Where the year is not yet published, the latest published year stands beside it.
uitstroom-durable-cell = { $share } ({ $in_place } of { $followed })
col-school-year = school year
col-leavers = leavers
col-to-work = work
col-to-education = education
col-to-dagbesteding = dagbesteding
col-to-none = none
col-to-unknown = unknown
col-share-work = % work
col-share-education = % education
col-durable-1 = durable after 1 year
col-durable-2 = durable after 2 years
col-work-change = change work
col-work-not-in-education = work (not in education)
col-national-year = national year
col-national-work = national work
col-national-benefit = national benefit
col-level = level
arg-err-school-year = `{ $value }` is no school year
arg-err-school-year-help = write the school year as two consecutive years, e.g. 2025-2026
cli-uitstroom-about = Outcomes: where the pupils went, per school, region and nationally, beside the national CBS figures
cli-uitstroom-examples =
    Examples:
      vsopro uitstroom midden-holland
      vsopro uitstroom midden-holland --year 2025-2026 --out uitstroom.xlsx
      vsopro uitstroom --format json
      vsopro uitstroom --template midden-holland --year 2025-2026 --out template.xlsx
    
    One region: exact counts, for the region itself. More regions or all: small numbers protected.
cli-uitstroom-arg-regions = Regions (slug, code, official name or alias); default: all with data
cli-uitstroom-arg-year = This school year only, e.g. 2025-2026
cli-voorbeelden-about = Good practices of the whole network, to filter and search; --adopt takes one up in your region
cli-voorbeelden-examples =
    Examples:
      vsopro voorbeelden
      vsopro voorbeelden stageplekken
      vsopro voorbeelden --theme stageplaatsen --partner werkgever --target vso
      vsopro voorbeelden --region gooi-en-vechtstreek --out voorbeelden.pdf
      vsopro voorbeelden --adopt gooi-en-vechtstreek/route-retail --into zeeland
    
    Search terms also find other forms of a word ("stageplekken" finds "stageplek").
cli-voorbeelden-arg-terms = Search terms: a practice must hold each term (in title, summary, result, success factors or pitfalls)
cli-voorbeelden-arg-theme = Only practices on this ontwikkelthema
cli-voorbeelden-arg-region = Only practices of this region (or these)
cli-voorbeelden-arg-partner = Only practices with this kind of partner (werkgever, gemeente, mbo, zorginstelling, wsp, uwv, …)
cli-voorbeelden-arg-target = Only practices for this target group (pro, vso, or a profile)
cli-voorbeelden-arg-adopt = Take this practice up (region/id): a new action in your region, with inspired_by
cli-voorbeelden-arg-into = With --adopt: the region that takes it up
title-practices = Good practices
practices-found = { $found } of the network's { $total } good practices.
practices-national = National
practice-public = from public sources
practice-public-checked = from public sources, checked by the region
practice-source = Source:
practice-source-year = source from { $year }
practice-written = Written out in our own words on { $date }, from the source above; nothing of it copied.
practices-per-theme = By theme
practices-per-region = By region
practices-theme-count = { $theme }: { $count ->
    [one] 1 practice
   *[other] { $count } practices
}
practices-theme-none = no practice yet. Does your region have one? Share it first.
practices-region-public = Good practices from public sources
practices-region-public-intro = From public sources about this region, written out in our own words: examples to learn from, not actions of the jaarplan.
practices-left-out = Left out: { $count ->
    [one] the region
   *[other] the regions
} { $regions }, whose data has an error now.
practices-found-terms = { $found } of the network's { $total } good practices match "{ $terms }".
practices-none = No practice matches; try fewer or other words, or leave a filter out.
practice-facts = { $key } · { $status } · { $themes }
practice-target = For: { $groups }
practice-partners = Partners: { $partners }
practice-since = Since { $date }
practice-contact = { $role }, { $organisation }
practice-contact-mail = { $role }, { $organisation } ({ $email })
practice-contact-line = Contact: { $contact }
practice-inspired-by = Taken up from { $from }
practice-result = Result: { $result }
practice-factors = Success factors
practice-pitfalls = Pitfalls
practice-sources = Sources
practice-adopted = Taken up by
practice-adopted-line = { $region }: { $title } ({ $id }, { $status })
col-summary = summary
col-result = result
col-contact = contact
col-adopted-by = taken up by
partner-werkgever = employer
partner-gemeente = municipality
partner-mbo = mbo
partner-zorginstelling = care institution
partner-wsp = employer service point
partner-uwv = UWV
partner-sw-bedrijf = sheltered employment company
partner-school = school
partner-ouders = parents
partner-overig = other
target-pro = pro
target-vso = vso
target-vervolgonderwijs = vso further education
target-arbeidsmarktgericht = vso labour market
target-dagbesteding = vso day activities
arg-err-word = '{ $value }' is not a value of { $what }.
arg-err-word-help = Choose { $values }.
adopt-bad-key = '{ $from }' is no region/id of a good practice.
adopt-own = { $from } is a practice of your own region.
adopt-unknown = { $from } is no good practice (an action with example = true).
adopt-help = `vsopro voorbeelden` lists the practices with their region/id.
adopt-recorded = Taken up: { $from } is action '{ $id }' in { $file } (planned, with inspired_by).
commit-adopt = Action '{ $id }' taken up from { $from }

# A jaarplan goal measured from uitstroom.toml.
goal-outcome-attainment = { $value }% { $measure } in { $year }, of { $over } leavers; target { $target }% ({ $percent }% of it)
goal-outcome-measured = { $value }% { $measure } in { $year }, of { $over } leavers
goal-outcome-none = target: { $target }% { $measure }; no figures in uitstroom.toml yet
goal-outcome-measurement = { $year }: { $value }% of { $over } leavers
outcome-measure-work = to work
outcome-measure-education = to education
outcome-measure-work-or-education = to work or education
outcome-measure-dagbesteding = to dagbesteding
outcome-measure-durable-1 = still in place after one year
outcome-measure-durable-2 = still in place after two years

code-outcome-goal = a jaarplan goal measured from uitstroom.toml with a target over 100% or measurements of its own
outcome-goal-target = goal `{ $goal }` measures a share of the leavers, but its target is { $value }%
outcome-goal-target-label = over 100%
outcome-goal-target-help = give the target as a percentage from 0 to 100, e.g. `target = 75`
outcome-goal-measurements = goal `{ $goal }` is measured from uitstroom.toml; the measurements in the jaarplan do not count
outcome-goal-measurements-label = a measurement of its own
outcome-goal-measurements-help = remove the [[goal.measurement]] blocks, or remove `measure` if you measure yourself
explain-outcome-goal =
    A goal with `measure = "uitstroom.…"` takes its progress from uitstroom.toml: the share of the region's leavers, school year by school year. Its target is then a percentage (at most 100), and measurements of its own ([[goal.measurement]]) would be ignored.

    Give a target from 0 to 100, and leave the measurements to uitstroom.toml.
fix-outcome-goal = give the target as a percentage of at most 100.

# Uitstroom on the site.
site-uitstroom-chart = distribution
site-uitstroom-bar = where the leavers went, { $kind } { $year }
site-outcome-map-title = Share to work or education per region, school year { $year }
site-outcome-none = no figures, or protected
site-share-band = { $from }% to { $to }%
site-share-band-last = { $from }% or more
uitstroom-group-work = work
uitstroom-group-education = education
uitstroom-group-dagbesteding = dagbesteding
uitstroom-group-none = none
uitstroom-group-unknown = unknown
uitstroom-group-hidden = protected

figure-small = < 5
figure-hidden = x

# Uitstroom through Excel: the template and the import.
sheet-title = Outcomes
sheet-name-figures = Outcomes
sheet-name-about = About
sheet-validation-title = Whole numbers only
sheet-validation-message = Enter a whole number of 0 or more: the number of leavers, never a name.
sheet-about-region = Region
sheet-about-name = Name of the region
sheet-about-year = School year
sheet-about-privacy = Counts only: this file never names a pupil (no names, dates of birth or BSN). Fill in per school how many pupils left in this school year and where they went; an empty cell counts as 0. Read it in with: vsopro import uitstroom FILE.xlsx --write
sheet-about-column = Column
sheet-about-key = Key in uitstroom.toml
sheet-about-meaning = Meaning
sheet-column-school = School (id)
sheet-column-name = Name of the school
sheet-column-year = School year
sheet-definition-school = The school's id in schools.toml; do not change it.
sheet-definition-name = The school's name, to recognise it; not read back.
sheet-definition-year = The school year in which the pupils left, e.g. 2025-2026.
sheet-problem-cell = sheet { $sheet }, row { $row }, column { $column } ({ $heading }): { $message }
sheet-problem-row = sheet { $sheet }, row { $row }: { $message }
sheet-problem-column = sheet { $sheet }, column { $column } ({ $heading }): { $message }
sheet-problem-sheet = sheet { $sheet }: { $message }
sheet-not-a-count = "{ $value }" is not a whole number of 0 or more
sheet-no-school = the school's id is missing
sheet-no-year = the school year is missing
sheet-no-leavers = the number of leavers is missing; without it the destinations do not count
sheet-duplicate = this school and school year are also in row { $row }
sheet-column-twice = this column is in the sheet twice
sheet-unknown-column = vsopro does not know this column, and the figures in it would be lost{ $hint }
sheet-did-you-mean = ; did you mean "{ $heading }"?
sheet-missing-column = the column "{ $heading }" is missing
sheet-no-figures = no sheet with the column "{ $heading }"; make the file with vsopro uitstroom --template REGION --out uitstroom.xlsx
sheet-unreadable = this is not a workbook vsopro can read ({ $reason })
sheet-no-region = the file names no region; give it with --region
sheet-check-problem = { $message } [{ $code }] — { $help }
err-workbook = { $path } has { $count ->
    [one] a problem
   *[other] { $count } problems
}; nothing was read in
err-workbook-help = correct the cells in the workbook and read it in again; `vsopro uitleg CODE` explains a code
err-template-needs-out = where should the template go?
err-template-needs-out-help = give a file, e.g. vsopro uitstroom --template midden-holland --out uitstroom.xlsx
col-sheet-row = row
outcome-import-read = { $path } (sheet { $sheet }): { $rows ->
    [one] one row
   *[other] { $rows } rows
} for { $region }.
outcome-import-nothing = Nothing new: uitstroom.toml already has these figures.
outcome-import-preview = { $count ->
    [one] One row is
   *[other] { $count } rows are
} new or changed. Nothing has been written yet; to record: vsopro import uitstroom { $path } --write
outcome-import-written = { $count ->
    [one] One row
   *[other] { $count } rows
} written to uitstroom.toml.
outcome-import-committed = { $count ->
    [one] One row
   *[other] { $count } rows
} written to uitstroom.toml and recorded in commit { $commit }.
outcome-import-status-new = new
outcome-import-status-added = added
outcome-import-status-changed = changed
outcome-import-status-updated = updated
outcome-import-status-unchanged = unchanged
outcome-import-status-empty = not filled in
outcome-template-written = Template written: { $path } ({ $region }, { $year }, { $schools ->
    [one] one school
   *[other] { $schools } schools
}). Let the schools fill it in and read it in with: vsopro import uitstroom { $path } --write
form-field-school = School
form-field-year = School year
form-field-leavers = Leavers
form-hint-leavers = How many pupils left the school this school year.
form-field-werk = Work
form-hint-werk = Regular work, without support.
form-field-werk-met-ondersteuning = Work with support
form-hint-werk-met-ondersteuning = Work with loonkostensubsidie or jobcoaching.
form-field-beschut-werk = Sheltered work
form-hint-beschut-werk = A beschut werk place.
form-field-mbo-entree = mbo entree
form-hint-mbo-entree = The entree course (mbo level 1).
form-field-mbo = mbo 2 or higher
form-hint-mbo = An mbo course at level 2 or higher.
form-field-ander-onderwijs = Other education
form-hint-ander-onderwijs = Other education: vo, vavo or another school.
form-field-dagbesteding = Dagbesteding
form-hint-dagbesteding = Dagbesteding (day activities).
form-field-geen = None
form-hint-geen = No work, school or dagbesteding.
form-field-onbekend = Unknown
form-hint-onbekend = Destination not known. What is missing up to the number of leavers counts as unknown too.
form-field-na-1-jaar-op-plek = After 1 year: in place
form-hint-na-1-jaar-op-plek = A year later still in their destination, or a better one.
form-field-na-1-jaar-gewisseld = After 1 year: changed
form-hint-na-1-jaar-gewisseld = A year later in another destination.
form-field-na-1-jaar-uitgevallen = After 1 year: dropped out
form-hint-na-1-jaar-uitgevallen = A year later without work, school or dagbesteding.
form-field-na-1-jaar-onbekend = After 1 year: unknown
form-hint-na-1-jaar-onbekend = Not known a year later.
form-field-na-2-jaar-op-plek = After 2 years: in place
form-hint-na-2-jaar-op-plek = Two years later still in their destination, or a better one.
form-field-na-2-jaar-gewisseld = After 2 years: changed
form-hint-na-2-jaar-gewisseld = Two years later in another destination.
form-field-na-2-jaar-uitgevallen = After 2 years: dropped out
form-hint-na-2-jaar-uitgevallen = Two years later without work, school or dagbesteding.
form-field-na-2-jaar-onbekend = After 2 years: unknown
form-hint-na-2-jaar-onbekend = Not known two years later.
cli-uitstroom-arg-template = Write an Excel template for this region (with --out FILE.xlsx): one row per school, to fill in
cli-import-uitstroom-about = Outcome figures from a filled-in workbook (from vsopro uitstroom --template)
cli-import-uitstroom-examples =
    Examples:
      vsopro uitstroom --template midden-holland --year 2025-2026 --out uitstroom.xlsx
      vsopro import uitstroom uitstroom.xlsx
      vsopro import uitstroom uitstroom.xlsx --write

    Without --write it shows what is new or changed. Every problem is given with its sheet, row and column; while there is one, nothing is written.
cli-import-uitstroom-arg-file = The workbook (.xlsx, also .xls or .ods)
cli-import-uitstroom-arg-region = The region, if the workbook does not name it
cli-import-uitstroom-arg-write = Write the new and changed figures to uitstroom.toml (and record them in git)
form-add-outcome = + Enter outcome figures
form-heading-outcome-new = Enter outcome figures
form-heading-outcome = Outcomes of { $school } in { $year }
form-error-outcome-exists = this school already has figures for { $year }; edit those from the region's page
event-outcome-recorded = Outcome figures recorded
event-outcome-changed = Outcome figures changed
voortgang-outcome = { $school }, { $year }: { $leavers } leavers
voortgang-outcomes = Outcomes
sheet-too-large = larger than { $megabytes } MB: a workbook of outcome figures is far smaller

# The hub.
col-email = e-mail address
hub-signout = Sign out
hub-email = E-mail address
hub-password = Password
hub-name = Name
hub-new-password = New password
hub-repeat-password = The new password again
hub-password-hint = At least 12 characters. A sentence of a few words is strong and easy to remember.
hub-set-password = Set password and sign in
hub-signin = Sign in
hub-signin-title = Sign in to vsopro
hub-signin-wrong = This e-mail address and password do not belong together, or the account does not exist. Try again or ask the beheerder for a new invitation.
hub-signin-too-many = Too many failed sign-ins. Try again in { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
}; if you no longer know your password, ask the national office for a new link.
hub-busy = Many people are signing in at once. Try again in a few seconds.
hub-signed-out-notice = You are signed out.
hub-signed-out = You are not signed in (any more); sign in again.
hub-forbidden = Your account may not do this: your role gives no access to this page or form.
role-beheerder = administrator
role-coordinator = coordinator
role-stuurgroep = steering group
role-directie = school director
role-lezer = reader
hub-failed = Something went wrong on the hub's side; please try again.
hub-invitation-title = Invitation to vsopro
hub-invitation-intro = Welcome, { $name }. Set a password; you are then signed in.
hub-invitation-invalid = This invitation is not valid (any more): it was used or has expired. Ask the beheerder for a new one.
hub-invitation-who = Fill in your e-mail address and name.
hub-invitation-taken = This e-mail address has an account already.
hub-password-short = The password is too short: at least 12 characters.
hub-password-common = This password is too easy to guess. Choose a sentence of a few words.
hub-password-differ = The two passwords differ.
hub-first-beheerder = No accounts yet. The first beheerder opens this invitation (valid for 14 days): { $link }
hub-listening = vsopro hub listens on { $url } (for users: { $public }). Stop: Ctrl+C.
hub-user-added = Account { $email } created.
hub-user-reset-done = Password and sessions of { $email } revoked.
hub-user-role-done = Role of { $email } changed; its sessions ended.
hub-user-removed = Account { $email } removed.
hub-user-link = One-time invitation (valid for 14 days): { $link }
hub-user-active = active
hub-user-invited = invited
hub-user-region = unknown region `{ $region }`
hub-user-role = unknown role `{ $role }`: choose beheerder, coordinator, stuurgroep, directie or lezer
hub-user-needs-region = the role { $role } belongs to a region: give --region
hub-user-unknown = no account with e-mail address { $email }
hub-user-exists = there is an account with e-mail address { $email } already
hub-user-email = `{ $email }` is not an e-mail address
hub-user-name = a name is 1 to { $max } characters, without line breaks, control characters, < or >
hub-user-last-beheerder = this is the last beheerder: give someone else that role first, so that the network always has a beheerder
hub-beheer-not-yourself-role = You cannot change your own role here: ask another beheerder.
hub-no-state = no hub database in { $path }
hub-backup-written = Copy of the database written: { $path }
err-hub-root = { $path } is not a git work tree with regions/
err-hub-root-help = give the national repository's folder (a git clone with regions/) with --root
err-hub-state-inside = { $path } lies inside the data folder
err-hub-state-inside-help = accounts and sessions do not belong in the repository: choose a folder outside it with --state
err-hub-public-url = `{ $url }` is not an http or https address
err-hub-public-url-help = give the address the hub is reached at, e.g. --public-url https://vsopro.example.nl
err-hub-config = { $path }:{ $line }:{ $column }: the hub's settings are wrong: { $reason }
err-hub-config-help = see docs/hub.md, "E-mail" and "Single sign-on", for what hub.toml can hold
hub-config-from = `{ $from }` is no sender; write e.g. from = "Netwerk vso/pro <noreply@example.nl>"
arg-err-hub-state = the hub needs a folder for its database
arg-err-hub-state-help = give --state FOLDER, outside the data folder
cli-arg-state = Folder for the hub's database (accounts, sessions, audit log), outside the data folder
cli-arg-public_url = The address users reach the hub at (https: cookies over https only)
cli-hub-about = The shared vsopro for the whole network: sign-in, roles, every change by name
cli-hub-examples =
    Examples:
      vsopro hub --root national --state /var/lib/vsopro
      vsopro hub --root national --state /var/lib/vsopro --public-url https://vsopro.example.nl --trusted-proxy 127.0.0.1
      vsopro hub user add a.jansen@example.nl --name "A. Jansen" --role coordinator --region midden-holland --state /var/lib/vsopro
cli-hub-arg-port = Port (default 8050)
cli-hub-arg-host = Address to listen on (default 127.0.0.1, behind a reverse proxy)
cli-hub-arg-trusted_proxy = Address of the reverse proxy whose X-Forwarded-For is believed (repeatable)
cli-hub-user-about = Accounts: invite, list, remove, reset, change role
cli-hub-user-add-about = Create an account; prints a one-time invitation
cli-hub-user-add-examples =
    Examples:
      vsopro hub user add a.jansen@example.nl --name "A. Jansen" --role coordinator --region midden-holland --state /var/lib/vsopro
cli-hub-user-add-arg-email = The e-mail address (the name to sign in with)
cli-hub-user-add-arg-name = The name, as commits show it
cli-hub-user-add-arg-role = beheerder, coordinator, stuurgroep, directie or lezer
cli-hub-user-add-arg-region = Region of the coordinator, stuurgroep or directie (repeatable)
cli-hub-user-add-arg-institution = For a directie: the institution they vote for (school id or BRIN; repeatable)
cli-hub-user-list-about = Every account
cli-hub-user-list-examples =
    Examples:
      vsopro hub user list --state /var/lib/vsopro
cli-hub-user-remove-about = Remove an account, with its sessions
cli-hub-user-remove-examples =
    Examples:
      vsopro hub user remove a.jansen@example.nl --state /var/lib/vsopro
cli-hub-user-remove-arg-email = The account's e-mail address
cli-hub-user-reset-about = Revoke password and sessions; prints a new invitation
cli-hub-user-reset-examples =
    Examples:
      vsopro hub user reset a.jansen@example.nl --state /var/lib/vsopro
cli-hub-user-reset-arg-email = The account's e-mail address
cli-hub-user-role-about = Change an account's role and regions
cli-hub-user-role-examples =
    Examples:
      vsopro hub user role a.jansen@example.nl --role lezer --state /var/lib/vsopro
cli-hub-user-role-arg-email = The account's e-mail address
cli-hub-user-role-arg-role = beheerder, coordinator, stuurgroep, directie or lezer
cli-hub-user-role-arg-institution = For a directie: the institution they vote for (school id or BRIN; repeatable; left out: unchanged)
cli-hub-user-role-arg-region = Region of the coordinator, stuurgroep or directie (repeatable)
cli-hub-backup-about = A consistent copy of the database, also while the hub runs
cli-hub-backup-examples =
    Examples:
      vsopro hub backup --state /var/lib/vsopro /var/backups/vsopro-hub.sqlite
cli-hub-backup-arg-file = The file for the copy (must not exist yet)
col-when = when
cli-hub-audit-about = The audit log: sign-ins, failed sign-ins, account changes and every edit with its commit, newest first
cli-hub-audit-examples =
    Examples:
      vsopro hub audit --state /var/lib/vsopro
hub-beheer-title = Administration: accounts and audit log
hub-beheer-accounts = Accounts
hub-beheer-actions = Actions
hub-beheer-reset = New invitation
hub-beheer-remove = Remove
hub-beheer-invite = Invite someone
hub-beheer-invite-button = Create the account and its invitation
hub-beheer-region-hint = For a coordinator, steering group or school board: their region or regions.
hub-beheer-audit = Audit log
hub-beheer-audit-shown = Which
hub-beheer-audit-mensen = what people did
hub-beheer-audit-weigeringen = refusals
hub-beheer-audit-alles = everything
hub-beheer-audit-times = { $count } times
hub-beheer-filter = Filter
col-what = what
hub-beheer-audit-see-change = see the change
hub-beheer-confirm-reset = { $name } already has a password. A new invitation ends that password and signs { $name } out everywhere, until the new link is used. Go on?
hub-beheer-institution-needed = Choose the institution or institutions this school board votes for, under "Institutions" in its region.
hub-beheer-role-institutions-hint = For a school board: the institution or institutions it votes for. Nothing ticked: what it had stays.
hub-beheer-needs-region = A { $role } belongs to a region: tick the region or regions under "Regions".
hub-beheer-confirm-remove = Are you sure you want to remove the account of { $name } ({ $email })? They can no longer sign in; what they recorded stays in the history.
hub-beheer-confirm-lower = Are you sure you want to change { $name } from { $old } to { $new }? They will be able to do less.
hub-beheer-confirm-yes = Yes, go on
hub-beheer-confirm-no = No, back
hub-beheer-institutions-only-directie = Only a school board votes for an institution: choose the role directie, or untick the institutions.
hub-beheer-institution-unknown = '{ $given }' is no institution of { $regions }: choose it from the region's list.
hub-beheer-institutions-of = Institutions in { $region }
hub-beheer-institutions-none = No schools are known yet in the regions.
audit-someone = Someone
audit-as-role = { " " }as { $role }
audit-as-role-of = { " " }as { $role } of { $regions }
audit-to-role = { " " }{ $role }
audit-to-role-of = { " " }{ $role } of { $regions }
audit-account-added = { $who } invited { $target }{ $role }
audit-account-role = { $who } made { $target }{ $role }
audit-account-removed = { $who } removed the account of { $target }
audit-account-reset = { $who } sent { $target } a new invitation
audit-account-activated = { $who } accepted the invitation
audit-sign-in = { $who } signed in
audit-sign-in-sso = { $who } signed in through their organisation
audit-sign-out = { $who } signed out
audit-sign-in-failed = Sign-in failed ({ $detail })
audit-sign-in-limited = Too many sign-in attempts; held back for a while ({ $detail })
audit-edit-what = { $who } in { $region }: { $what }
audit-edit = { $who } recorded a change in { $region }
audit-kept-applied = { $who } applied a kept change again in { $region }
audit-webhook-refused = A message from the forge was refused ({ $detail })
audit-webhook-replay-refused = A repeated message from the forge was refused ({ $detail })
audit-other = { $who }: { $kind } { $detail }
hub-beheer-not-yourself = You cannot remove your own account.
hub-beheer-link = Administration
hub-kept-title = Not shared after a conflict
hub-kept-intro = These changes were made in the hub while someone else changed the same lines in the national repository. The other version is in the data now; this change was kept, nothing is lost. The button makes it again, on top of the current version (where both touch the same line, this change wins).
hub-kept-apply = Apply again
hub-kept-applied = The kept change was applied again and committed.
hub-kept-failed = The kept change could not be applied again; nothing changed. Make it by hand.
hub-kept-errors = Applying it again would give { $count } error(s); nothing changed. Make the change by hand.
hub-recovered-commit = A change committed that an interruption of the hub left uncommitted
hub-remote-title = National repository
hub-remote-where = Remote and branch
hub-remote-last-fetch = Last fetched
hub-remote-last-push = Last shared
hub-remote-waiting = Commits still to share
hub-remote-checked = Checked after the fetch
hub-remote-errors = { $count ->
    [one] 1 error in the data
   *[other] { $count } errors in the data
}
hub-remote-no-errors = no errors
hub-remote-conflicts = Changes kept after a conflict
hub-remote-stopped = The branch on the forge no longer holds what the hub shared before (it was overwritten by force). The hub shares nothing until that is sorted out; it never overwrites the forge.
hub-remote-off = The hub has no remote: the data stays in this repository. See docs/hub.md, "The national repository", to set one up.
hub-remote-fetch-failed = could not fetch { $remote }: { $reason }
hub-remote-push-failed = could not share with { $remote }: { $reason }; the hub tries again later
hub-remote-rewritten = the branch { $branch } on the forge was overwritten; the hub shares nothing until the beheerder has sorted it out
hub-remote-fetched-nothing = nothing new
hub-remote-fetched = { $count } new commit(s) taken in
hub-remote-rebased = { $count } new commit(s) taken in; the hub's { $ahead } own commit(s) put after them
hub-remote-conflict = conflict: the hub's own commits are kept on { $branch }; the hub follows the forge
hub-remote-pushed = { $count } commit(s) shared
hub-webhook-refused = no valid signature
hub-refused-host = This hub belongs to another address.
hub-webhook-replayed = This call of the shared repository was received before.
hub-webhook-accepted = received
hub-sso-or = Or sign in through your own organisation:
hub-sso-button = Sign in with { $name }
hub-sso-unavailable = Your organisation's sign-in service cannot be reached now. Try again later, or sign in with your password.
hub-sso-failed = Signing in through your organisation failed or expired. Try again from this page.
hub-sso-provider = Your organisation did not let the sign-in through (or you cancelled it). Try again, or sign in with your password.
hub-sso-unverified = Your organisation does not pass the address { $email } on as verified; without a verified address the hub cannot recognise you. Sign in with your password, or ask your organisation to verify the address.
hub-sso-no-account = There is no account with the address { $email }. Ask the hub's beheerder for an invitation for this address.
hub-user-mail-sent = The link was also e-mailed to { $email }.
hub-user-mail-queued = The link is also being e-mailed to { $email }; "Mail" below shows whether it went.
hub-user-mail-failed = The e-mail to { $email } was not sent ({ $reason }). Pass on the link above yourself; the administration page shows it too.
hub-mail-setup = the mail server in hub.toml cannot be used: { $reason }
hub-mail-invite-subject = Your invitation to vsopro, the vso/pro network
hub-mail-invite-intro = You are invited to the shared vsopro of the vso/pro network coordinators. With the link below you set your password; then you sign in with this e-mail address. The link works once and for fourteen days.
hub-mail-reset-subject = A new link for your vsopro password
hub-mail-reset-intro = At your request or the administrator's, your vsopro password was cleared and your sessions ended. With the link below you set a new password. The link works once and for fourteen days.
hub-mail-greeting = Dear { $name },
hub-mail-action = Set your password:
hub-mail-unexpected = Did you not expect this e-mail? Then you can ignore it; without the link nothing happens.
hub-beheer-mail = Mail
hub-beheer-mail-none = No e-mail has been sent yet.
hub-beheer-mail-off = The hub has no mail server: pass invitation links on yourself. See docs/hub.md, "Mail", to set one up.
hub-mail-status-waiting = waiting ({ $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
})
hub-mail-status-sent = sent
hub-mail-status-failed = not sent after { $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
}: pass on the link yourself or make a new invitation
hub-mail-status-lost = not sent: the hub stopped first; make a new invitation
hub-mail-kind-invitation = invitation
hub-mail-kind-reset = new link
col-attempt = Last error
hub-beheer-role = Change a role
hub-beheer-role-button = Save role and regions
hub-beheer-role-account = Account
hub-owners-title = Coordinators and owners
hub-owners-intro = Per region the coordinators with an account on the hub, beside who approves that region's changes on the forge: they should be the same people.
hub-owners-same = The same everywhere: every region with owners has the same coordinators on the hub.
hub-owners-differ = { $region }: { $what }
hub-owners-without-account = owner without a coordinator account: { $emails }
hub-owners-not-owner = coordinator account not among the owners: { $emails }
hub-owners-handles-only = the owners are forge handles only (@…), which cannot be compared with e-mail addresses
hub-owners-start = Coordinators and owners differ in { $count } region(s); see /beheer.

# sync
sync-no-git = this data folder is not in a git clone
sync-no-git-help = sync keeps a clone of the national repository in step; get one with `git clone <address>` and work in it
sync-detached = this clone is not on a branch (detached HEAD)
sync-detached-help = go back to your branch, e.g. `git switch main`, and try again
sync-no-remote = this clone has no remote (or more than one and no upstream)
sync-no-remote-help = set what it shares with, e.g. `git branch --set-upstream-to=origin/main`
sync-in-progress = a rebase, merge or the like is still in progress in this clone
sync-in-progress-help = finish or abort it first (`git rebase --abort`, `git merge --abort`); sync changes nothing while it runs
sync-staged = there are changes staged for a commit (the index is not empty)
sync-staged-help = commit them yourself first (`git commit`) or unstage them (`git restore --staged .`); sync changed nothing
sync-outside = there are changes outside the data (regions/ and vsopro.toml)
sync-outside-help = commit or undo them yourself first; sync shares only the data and changed nothing
sync-needs-message = { $count ->
    [one] 1 file was
   *[other] { $count } files were
} changed by hand, but there is no description for the commit
sync-needs-message-help = say in a sentence what you changed with --message, e.g. --message "Stagebank bijgewerkt"
sync-ask-message = { $count ->
    [one] 1 file was
   *[other] { $count } files were
} changed. What did you change (one sentence)?
sync-errors-before = the changed data has errors; it is not shared like this
sync-errors-after = after joining the others' changes your regions have errors; nothing was shared and your clone is as it was
sync-errors-help = `vsopro check` shows what is wrong; fix it and run sync again
sync-fetch-failed = could not reach { $remote }: { $reason }
sync-held = { $path } from commit { $commit } of the shared repository was not taken in: { $why }.
sync-held-help = nothing changed: your own changes are still here, not shared. Ask whoever manages the shared repository to remove { $path } or replace it with a plain file, then sync again.
held-symlink = it is a symbolic link (to a file elsewhere), not a file
held-submodule = it is a reference to another repository, not a file
held-too-large = it is { $bytes } bytes, more than the { $max } vsopro reads
held-bad-path = its name has a part ".", ".." or ".git", an empty folder or a control character
held-attributes = that file changes how git reads and writes the other files
hub-remote-held = Not taken in from { $remote }: { $path } from commit { $commit } ({ $why }). Until it is put right there, the hub keeps its own changes here and shares nothing.
hub-remote-fetched-held = fetched, but not taken in (see below)
sync-fetch-failed-help = nothing changed; check the connection (and your access to the repository) and try again
sync-update-failed = could not take in the others' changes: a file is in the way
sync-update-failed-help = nothing changed; `git status` shows which uncommitted file is in the way
sync-conflict = your change and someone else's touch the same record; your change is safe on the branch { $branch }
sync-conflict-help = your clone now follows the national version. See your change with `git show { $branch }`, make it again in the files (or with `git cherry-pick { $branch }`) and run sync once more
sync-push-failed = sharing with { $remote } failed: { $reason }
sync-push-failed-help = your changes are committed in this clone and go with the next sync; try again later
sync-busy = the national repository kept changing while sharing; your changes are committed in this clone
sync-step-committed = { $count ->
    [one] 1 changed file
   *[other] { $count } changed files
} committed ({ $hash })
sync-step-fetched-nothing = fetched { $remote }: nothing new
sync-step-fetched = fetched { $remote }: { $count ->
    [one] 1 new change
   *[other] { $count } new changes
} by others
sync-step-updated = the others' changes are in ({ $count })
sync-step-rebased = your { $count ->
    [one] change now comes
   *[other] { $count } changes now come
} after the others'
sync-step-checked = checked: your regions have no errors
sync-step-conflict = conflict: your change kept on { $branch }
sync-step-pushed = { $count ->
    [one] 1 change
   *[other] { $count } changes
} shared with { $remote }
sync-step-not-pushed = not shared: { $reason }
sync-done = done: { $branch } is the same as { $remote }
sync-done-conflict = not everything shared: your change is on { $branch }
sync-done-nothing = done: nothing to share, nothing new on { $remote }
col-step = step
cli-sync-examples =
    Examples:
      vsopro sync --message "Stagebank techniek bijgewerkt"
      vsopro synchroniseer
    
    Commits the data changed by hand, fetches the others' changes, puts yours after them, checks and shares.
    Exit code 2: refused, nothing changed. Exit code 1: not (all) shared; the message says what became of your change.
cli-sync-about = share your changes with the national repository and take in the others'
cli-sync-arg-message = a description of your changes, for the commit

## The directies' approval round (jaarplan --round, --vote, the hub).
round-none = { $region } has no open approval round: there is nothing to vote on.
round-none-help = Open a round with `vsopro jaarplan { $slug } --round open --deadline YYYY-MM-DD`.
round-deadline-before = The deadline { $deadline } lies before the round opens ({ $opened }).
round-deadline-before-help = Give a --deadline from today, for example three weeks ahead.
round-deadline-before-web = Choose a deadline from today on, for example three weeks from now.
round-needs-comment-web = Say under "Comment" why the board does not agree: the plan can be changed on that.
round-needs-reason-web = Give the reason the round is withdrawn; those who voted receive it.
round-vote-again-web = Open the page again and vote with the form.
round-unknown-institution = '{ $given }' is not an institution of the region.
round-unknown-institution-did-you-mean = Did you mean '{ $suggestion }'?
round-unknown-institution-help = Name a school id from schools.toml (or the institution's BRIN): { $known }.
round-unknown-fingerprint = The jaarplan never had the fingerprint '{ $given }': this vote belongs to no version of the plan.
round-unknown-fingerprint-help = Copy the fingerprint from the document the director saw (such as '{ $current }', the plan as it is); a mistyped or invented fingerprint is not accepted.
round-needs-comment = A 'niet akkoord' vote needs a comment.
round-needs-comment-help = Say with --comment (or in the form) why the director does not agree: the plan can be changed on it.
round-not-confirmed = The version was not confirmed: the vote was not recorded (fingerprint { $fingerprint }).
round-not-confirmed-help = Answer 'y' if this is the version the director saw, give --yes (for scripts), or --fingerprint with the fingerprint from their e-mail.
round-not-yours = You do not vote for { $institution }.
round-confirm = The plan as it is has fingerprint { $fingerprint }. Is this the version { $name } saw? [y/N]
round-approved-by = Directors of pro and vso schools, { $region }
commit-round-opened = Jaarplan of { $region } put before the directors, deadline { $deadline }
commit-vote = Vote of { $name } ({ $institution }): { $decision } on version { $fingerprint }
decision-akkoord = agreed
decision-niet-akkoord = not agreed
decision-onthouding = abstained
round-quorum-majority = majority is { $needed }
round-quorum-all = all is { $needed }
round-quorum-count = quorum is { $needed }
round-count-agreed = { $agreed } of { $institutions } institutions agreed
round-count-disagreed = { $count } not agreed
round-count-disagreed-reason = { $count } not agreed (with reasons)
round-count-abstained = { $count ->
    [one] 1 abstention
   *[other] { $count } abstentions
}
round-count-earlier = { $count } on an earlier version
round-count-missing = { $count } not yet
round-state-approved = approved on { $date }
round-state-overdue = the deadline passed on { $date } without quorum
round-state-open = before the directors until { $date }
round-flash-opened = The round is open: the directies can vote until { $deadline }.
round-flash-extended = The deadline moved to { $deadline }.
round-flash-withdrawn = The round is withdrawn. Those who voted are told.
round-flash-voted = Your vote is recorded.
round-flash-voted-approved = Your vote is recorded. With it the plan is approved.
round-state-withdrawn = withdrawn on { $date } by { $by }: { $reason }
round-extended-recorded = The round's deadline is now { $deadline }.
round-withdrawn-recorded = The round of { $region } is withdrawn.
round-approval-during-round = The directies' round is open: the plan is approved once enough directies agree. An approval by hand can be recorded only when the round is closed or withdrawn.
round-approval-during-round-help = wait for the votes, or withdraw the round on the round's page.
round-needs-reason = Say why the round is withdrawn.
round-needs-reason-help = the directies who voted already read this reason.
round-withdrawn-by-coordinator = the network coordinator
round-change-heading = Change the round
round-field-new-deadline = New deadline
round-extend-button = Move the deadline
round-field-reason = Why do you withdraw the round?
round-field-reason-hint = The directies who voted already get this reason by e-mail. Their votes stay in the history.
round-withdraw-button = Withdraw the round
serve-approve-by-round = The directies' round is open: their votes decide the approval.
serve-approve-confirm = I confirm that the directies approved this plan as it is.
commit-round-extended = Round { $region }: deadline { $deadline }
commit-round-withdrawn = Round { $region } withdrawn by { $by }
round-standing-current = this version
round-standing-earlier = earlier version: does not count
round-standing-missing = not voted yet
col-institution = institution
col-director = for it
col-decision = decision
col-fingerprint = fingerprint
col-version = version
round-heading = Approval round
round-opened = Put before the directors on { $opened }, deadline { $deadline }; the version to vote on has fingerprint { $fingerprint }.
round-message = Message to the directors: { $message }
round-unchanged = { $file } held this already: nothing changed.
round-vote-recorded = Vote recorded: { $who } for { $institution }, { $decision } on version { $fingerprint } ({ $date }).
round-opened-recorded = Round opened in { $file }: the plan (fingerprint { $fingerprint }) is before the directors until { $deadline }.
round-approved-now = The quorum is reached: the jaarplan is approved as it is.
round-line = Approval round: { $state }
pdf-draft = Draft for approval

## Rules of the approval round.
unknown-vote-institution = the vote of { $name } is for '{ $id }', which is no school of the region
unknown-vote-institution-label = no school of the region
unknown-vote-institution-help = name a school of the institution from schools.toml: { $schools }; a vote for another region belongs in its own jaarplan
code-unknown-vote-institution = a vote of the approval round for an institution the region does not have
explain-unknown-vote-institution =
    Each `[[approval.vote]]` names a school from schools.toml with `institution`. The schools of one institution (the same four characters of `brin`) count as one: the director may name any of them.

    A vote for a school the region does not have does not count: it cannot belong to an institution of the region. Correct the school id, or remove the vote if it belongs in another jaarplan.
fix-unknown-vote-institution = choose the institution's school in the vote form; the hub knows only the region's institutions.
unknown-fingerprint = the vote of { $name } names fingerprint '{ $fingerprint }', which the jaarplan never had
unknown-fingerprint-label = no version of the plan
unknown-fingerprint-help = a vote belongs to a version the director saw; record it with `vsopro jaarplan { $region } --vote … --fingerprint CODE` (vsopro finds the version in git) or on the plan as it is ({ $current })
code-unknown-fingerprint = a vote on a fingerprint the jaarplan never had
explain-unknown-fingerprint =
    A vote records with `fingerprint` which version of the jaarplan the director saw: the short fingerprint of the period and goals (for example `1bf0-172b-deec`). vsopro writes it itself and keeps in `[approval.round] versions` which versions the plan had during the round.

    A fingerprint the plan never had is mistyped or invented: the vote then does not say what the director agreed to, and does not count. Record the vote again with vsopro.
fix-unknown-fingerprint = record the vote again with the vote form: the hub writes the fingerprint itself.
duplicate-vote = { $institution } voted twice on version { $fingerprint }: the later vote counts
duplicate-vote-label = second vote
duplicate-vote-first = first vote, by { $name }
duplicate-vote-help = the earlier vote stays as history; remove one if it was recorded twice by mistake
code-duplicate-vote = a second vote of one institution on the same version: the later one counts
explain-duplicate-vote =
    Per institution the latest vote of a round counts. A director voting again after the plan changed is normal: the new vote is on a new version.

    Two votes of one institution on the same version are often a mistake (recorded twice, or two directors of one institution). The later counts; the earlier stays as history. Remove the duplicate if it is a mistake.
fix-duplicate-vote = remove the duplicate vote if it is a mistake; the later one counts.
late-vote = { $name } voted on { $date }, after the deadline { $deadline }
late-vote-label = after the deadline
late-vote-help = the vote counts; extend the round (`--round open` with a new `--deadline`) if the region does not count late votes without agreement
code-late-vote = a vote cast after the round's deadline
explain-late-vote =
    `[approval.round] deadline` is the day by which the directors vote. A later vote counts — the plan is no less approved for it — but the stuurgroep should know the deadline was missed.

    If the region extends the deadline, open the round again with a new deadline.
fix-late-vote = open the round again with a later deadline if the deadline was extended.
round-overdue = the approval round ended on { $deadline } without quorum: { $agreed } of the { $needed } institutions needed agreed
round-overdue-label = deadline passed
round-overdue-help = ask the directors who have not voted for their decision, or open the round again: `vsopro jaarplan { $region } --round open --deadline YYYY-MM-DD`
code-round-overdue = an open approval round past its deadline without the quorum
explain-round-overdue =
    A round is open until the plan is approved. When the deadline has passed and too few institutions agreed to the plan as it is, the plan runs without approval.

    Ask the directors who have not voted for their decision, or open the round again with a new deadline.
fix-round-overdue = open the round again with a new deadline on the jaarplan page.
vote-on-earlier-version = { $institution } ({ $name }) voted on version { $fingerprint }; the plan has changed since ({ $current }): that vote no longer counts
vote-on-earlier-version-label = earlier version
vote-on-earlier-version-help = ask the director to vote again on the plan as it is; the old vote stays as history
code-vote-on-earlier-version = a vote on an earlier version of the plan while the round is open: it no longer counts
explain-vote-on-earlier-version =
    When the period or a goal changes during an open round, what was agreed to before is no longer the plan. The earlier votes stay, marked "on an earlier version", but do not count towards the quorum.

    The directors who voted so are asked again; in the hub they see on signing in what changed.
fix-vote-on-earlier-version = ask the director to vote again; the hub shows them what changed.
hub-beheer-institutions = Institutions (directie)
hub-beheer-institutions-hint = For a school board: the institution or institutions it votes for, in its region.
round-your-vote = Your vote: { $decision } on { $date } (version { $fingerprint }).
round-page-heading = { $title } — approval, { $region }
round-pdf-footer = Jaarplan for approval, fingerprint { $fingerprint }
round-changed-meanwhile = The plan changed since you opened this page: read the new version and vote again.
round-before-you = For your approval: { $title }, by { $deadline }.
round-page-none = No approval round has been opened yet.
round-page-fingerprint = This version of the plan has fingerprint { $fingerprint }.
round-page-pdf = The plan as a PDF
round-page-changes = What changed since the previous approved version
round-vote-heading = Your decision for { $institution }
round-vote-again = The plan has changed since: that vote no longer counts; vote again.
round-field-function = Your function
round-field-comment = Comment
round-field-comment-hint = Required when you do not agree: why, so that the plan can be changed on it.
round-button-akkoord = Agree
round-button-niet-akkoord = Do not agree
round-button-onthouding = Abstain
round-open-heading = Open a round
round-field-deadline = Deadline
round-field-message = Message to the directors
round-open-button = Put before the directors
round-page-plan = The plan
round-page-link = Approval round
hub-mail-kind-round-open = round opened ({ $region })
hub-mail-kind-round-reminder = round reminder ({ $region })
hub-mail-round-subject = For your approval: { $title }, by { $deadline }
hub-mail-round-intro = The network coordinator of { $region } puts { $title } before you for approval. Read the plan and give your decision by { $deadline }: agree, do not agree (with a comment) or abstain.
hub-mail-reminder-subject = Reminder: { $title } for approval, by { $deadline }
hub-mail-reminder-intro = Your decision on { $title } has not come in yet, or the plan changed since you voted. The deadline is { $deadline }.
hub-mail-round-action = To the plan and your vote:
hub-mail-round-closing = You sign in with this e-mail address; the plan is not in this e-mail, only the link.
round-mail-heading = E-mails to the directors
round-mail-what = what
round-mail-when = when
round-mail-status = how it went
round-mail-sent = sent
round-mail-waiting = waiting for the mail server
round-mail-failed = not sent: ask the beheerder to check the address and pass on the link yourself
round-page-since-vote = What changed since your vote
event-round-opened = Round opened
event-vote-cast = Vote
voortgang-round-opened = Approval round opened on { $opened }, deadline { $deadline }
voortgang-vote = { $who } for { $school }: { $decision } on version { $fingerprint }
round-unknown-institution-none = The region has no schools counting in schools.toml yet: add the institution's school first.

## Good practices (the kennismakelaar).
practice-missing-summary = a summary (summary: what it is)
practice-missing-contact = a contact (contact: role and organisation)
incomplete-practice = good practice '{ $id }' lacks what a colleague elsewhere needs: { $missing }
incomplete-practice-label = good practice without content
incomplete-practice-help = a title alone tells a colleague in another region nothing to start from; write in a few sentences what it is (summary) and whom they can ask (contact = {"{"} role = "...", organisation = "..." {"}"})
code-incomplete-practice = a good practice (example = true) without the summary or contact a colleague elsewhere needs
explain-incomplete-practice =
    With `example = true` a region shares an action as a good practice with the other 34 regions (`vsopro voorbeelden`, the site, the hub). A colleague in Zeeland who wants to start what worked in Gooi en Vechtstreek needs more than a title: what it is (`summary`) and whom to call (`contact`, a role and an organisation).

    Add too what it achieved (`result`, with figures where there are any), what made it work (`success_factors`), what to look out for (`pitfalls`), whom it is for (`target_group`), with which partners (`partners`), since when (`since`) and public sources (`links`).
fix-incomplete-practice = fill in the action's summary and contact (role and organisation) in its form.
private-contact = the contact address '{ $email }' of '{ $id }' looks like a person's, not the organisation's
private-contact-label = personal address?
private-contact-help = good practices are public: use a general address of the organisation (info@…, stage@…), never a private or personal one
code-private-contact = a practice's contact address that looks like a person's own, not the organisation's
explain-private-contact =
    Good practices go to every region and the public site. The contact is therefore a role and an organisation, with at most a general e-mail address of that organisation (`info@school.nl`, `stage@school.nl`).

    An address at a mail provider (gmail, hotmail, ziggo, …) or of the form firstname.lastname@ belongs to a person: vsopro does not put it on the site without you seeing it. Replace it with a general address, or leave it out.
fix-private-contact = replace the address with a general address of the organisation, or leave it out.
invalid-inspiration = inspired_by of '{ $id }' is '{ $value }', which is no region/id of another region
invalid-inspiration-label = no region/id
invalid-inspiration-help = write the region (as in regions/) and the id of its action, for example inspired_by = "gooi-en-vechtstreek/route-praktijkleren"; `vsopro voorbeelden --adopt` writes it itself
invalid-public-practice = the practice "{ $id }": { $problem }
invalid-public-practice-label = here
invalid-public-practice-help = a practice from public sources names one or more of the seven themes and has an id of its own of lower-case letters, digits and hyphens
invalid-public-practice-id = the id is not lower-case letters, digits and hyphens
invalid-public-practice-twice = this id is in the file before
invalid-public-practice-no-theme = it names no theme
invalid-public-practice-theme = `{ $theme }` is none of the seven ontwikkelthema's
code-invalid-inspiration = an inspired_by that is not region/id of another official region
code-invalid-public-practice = a practice from public sources with no or an unknown theme, an id that is not kebab-case, or an id twice
explain-invalid-inspiration =
    `inspired_by` says which good practice of another region an action took up: `region/id`, with that region's folder under `regions/` and the id of its action. The practice's region then sees in its progress where it was taken up.

    `vsopro voorbeelden --adopt REGION/ID --into MY-REGION` makes the action and writes this itself.
explain-invalid-public-practice =
    A practice from public sources (practices.toml) that the catalogue cannot show well: without a theme it is found under none, an unknown theme or an id that is not kebab-case cannot be part of an address or a reference, and an id that occurs twice points at two practices.

    Give each practice an id of its own of lower-case letters, digits and hyphens, and name one or more of the seven themes by their id, e.g. themes = ["stageplaatsen"].
fix-invalid-inspiration = choose the good practice again with the button on the practice.
fix-invalid-public-practice = give the practice an id of its own and one or more of the seven themes.
voortgang-adopted = Your good practices, taken up by other regions ({ $count })
voortgang-adopted-line = { $region } took up { $from } as '{ $title }' ({ $id }, { $status })
site-practices-link = Good practices of the whole network: search, read, take up
site-practices-intro = What worked in a region, written so that a colleague elsewhere can start with it: what it is, what it achieved, what made it work and whom to ask.
site-practices-search = Search
site-practices-all = all
site-practices-partner = Partner
site-practices-target = Target group
site-practices-button = Search
site-practices-adopted = { $count ->
    [one] taken up once
   *[other] taken up { $count } times
}
site-practices-back = ← All good practices
site-practices-inspired = Taken up from
site-practices-not-adopted = Not taken up by another region yet.
site-practices-adopt-into = Take up in
site-practices-adopt = Take up as an action
site-practices-adopt-hint = Makes a planned action in your region with this practice's title, themes and summary; the practice's region sees that you took it up.
form-field-summary = Summary (good practice)
form-hint-summary = What it is, in a few sentences: what a colleague in another region reads first.
form-field-result = Result
form-hint-result = What it achieved, with figures where there are any.
form-field-success-factors = Success factors
form-field-pitfalls = Pitfalls
form-field-target-group = Target group
form-field-links = Public sources (links)
form-field-source = Source (no web page)
form-field-actie-since = Running since
hub-mail-kind-round-changed = plan changed, asked again ({ $region })
hub-mail-kind-round-withdrawn = round withdrawn ({ $region })
hub-mail-withdrawn-subject = Withdrawn: { $title } is no longer before you for approval
hub-mail-withdrawn-intro = The network coordinator of { $region } withdrew the round on { $title }. Your vote stays in the plan's history but no longer counts; there is nothing you need to do now.
hub-mail-withdrawn-reason = { $by } added: { $reason }
hub-mail-changed-subject = Again for your approval: { $title } changed, by { $deadline }
hub-mail-changed-intro = The plan { $title } changed after you voted: your vote was on an earlier version and no longer counts. Read what changed and vote again, by { $deadline }.
form-field-contact-role = Contact: role (good practice)
form-hint-contact-role = A role, not a name: "stage- en uitstroomcoördinator".
form-field-contact-organisation = Contact: organisation
form-field-contact-email = Contact: the organisation's general e-mail address
form-hint-contact-email = Good practices are public: info@… or stage@…, never a personal address.
round-history = Every vote in this round ({ $count })
round-history-line = { $date }, { $name } for { $institution }, version { $fingerprint }
