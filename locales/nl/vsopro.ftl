# vsopro — Nederlandse catalogus (de standaardtaal). Elk bericht hier heeft
# zijn tweeling in locales/en/vsopro.ftl; een test houdt ze gelijk.

## Woorden van de meldingen

severity-error = fout
severity-warning = waarschuwing
help = tip
ok = ok

regions-checked = { $count ->
    [one] 1 regio gecontroleerd
   *[other] { $count } regio's gecontroleerd
}
errors = { $count ->
    [one] 1 fout
   *[other] { $count } fouten
}
warnings = { $count ->
    [one] 1 waarschuwing
   *[other] { $count } waarschuwingen
}
summary-clean = { $checked }, geen problemen gevonden
summary-warnings = { $checked }, { $warnings }
summary-errors = { $checked }, { $errors } en { $warnings }
summary-deny-warnings = { $checked }, { $errors } en { $warnings } (--deny-warnings)

## Maanden, voor datums in lopende tekst

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Fouten van een run (error.rs)

err-no-root = geen vsopro-gegevens gevonden in { $start } of een map daarboven (gezocht naar `vsopro.toml` of `regions/`)
err-no-root-help = begin met `vsopro init <regio>`, of wijs de map aan met `--root MAP`
err-root-not-dir = --root { $path }: geen map
err-root-not-dir-help = --root noemt de gegevensmap, met daarin `vsopro.toml` of `regions/`
err-root-no-data = --root { $path } bevat geen vsopro-gegevens (geen `vsopro.toml`, geen `regions/`)
err-root-no-data-help = controleer het pad; `vsopro init <regio>` begint een gegevensmap
err-symlinked-regions = { $path } is een symbolische koppeling; vsopro leest alleen mappen binnen de gegevensmap
err-symlinked-regions-help = zet de map regions in de gegevensmap, of wijs met --root de map aan waar hij in staat
err-read = kan { $path } niet lezen: { $reason }
err-no-data = geen gegevens voor { $regions }
err-no-data-help = begin een regio met `vsopro init { $slug }`; `vsopro regions` laat zien welke regio's gegevens hebben
err-no-jaarplan = { $region } heeft geen leesbaar jaarplan: { $path } ontbreekt
err-no-jaarplan-help = de handleiding beschrijft jaarplan.toml; `vsopro init` schrijft een sjabloon
err-no-municipalities = { $path } noemt geen gemeenten, dus geen enkele DUO-regel past
err-no-municipalities-help = voeg `municipalities = ["..."]` toe aan { $path }
err-not-committed = { $path } is nog nooit vastgelegd in git: er is nog geen audittrail
err-not-committed-help = leg het vast: `git add { $path }` en `git commit`
err-csv = { $path }: regel { $line }: { $reason }
err-csv-help = er is niets veranderd
err-not-toml = { $path } is geen geldige TOML: { $reason }
err-not-toml-help = voer `vsopro check` uit en herstel eerst het bestand; er is niets veranderd
err-git-missing = --history leest git, en git is niet geïnstalleerd (of staat niet in PATH)
err-git-missing-help = installeer git; al het andere in vsopro werkt zonder
err-not-repository = --history heeft een git-repository nodig, en { $path } ligt er niet in
err-not-repository-help = de geschiedenis van een jaarplan zijn de git-commits: voer `git init` uit en leg de gegevensmap vast
err-no-commits = de git-repository heeft nog geen commits
err-no-commits-help = leg eerst de gegevensmap vast
err-git-failed = git mislukte: { $reason }
err-region-exists = { $path }/ bestaat al; `vsopro init` verandert niets
err-region-exists-help = pas de bestanden daarin aan, of voer `vsopro check { $slug }` uit
err-not-empty = { $path } bestaat en is niet leeg
err-not-empty-help = kies een lege map, of geef --force om een site te vervangen die vsopro daar maakte
err-protected-data-root = { $path } is de gegevensmap
err-protected-contains-root = { $path } bevat de gegevensmap
err-protected-in-regions = { $path } ligt binnen regions/, waar de gegevens staan
err-protected-git-top = { $path } is de bovenste map van een git-werkmap
err-protected-not-a-site = { $path } is niet gemaakt door `vsopro site` (het merkteken `.vsopro-site` ontbreekt), dus --force vervangt het niet
err-protected-a-file = { $path } is een bestand; een site is een map
err-protected-help = schrijf de site in een eigen map, bijvoorbeeld `public/`
err-protected-in-regions-help = schrijf de site buiten regions/, bijvoorbeeld `public/`
err-protected-not-a-site-help = kies een lege of nieuwe map; vsopro vervangt alleen sites die het zelf maakte
err-protected-a-file-help = kies een mapnaam, bijvoorbeeld `public/`
err-changed-meanwhile = { $path } is veranderd terwijl vsopro ermee bezig was; er is niets geschreven
err-changed-meanwhile-help = voer de opdracht opnieuw uit
err-write = kan { $path } niet schrijven: { $reason }
err-output = kan de uitvoer niet schrijven: { $reason }
err-internal = interne fout: { $reason }
err-internal-help = meld dit alstublieft

## De meldingscodes (check --list)

code-toml-syntax = het bestand is geen geldige TOML
code-curly-quotes = typografische aanhalingstekens (bijv. uit Word) waar TOML rechte nodig heeft
code-unreadable-file = een bestand is niet te lezen, is geen UTF-8 of is te groot
code-unknown-key = een sleutel die dit soort tabel niet kent (tikfout?)
code-wrong-type = een waarde van het verkeerde soort, bijv. een getal waar tekst hoort
code-missing-key = een verplichte sleutel ontbreekt
code-invalid-value = een waarde buiten de toegestane reeks (status, niveau, soort, ...)
code-invalid-date = een datum die geen gewone TOML-datum is, zoals 2026-03-01
code-end-before-start = een periode die eindigt voordat hij begint
code-empty-id = een id zonder één zichtbaar teken
code-duplicate-id = twee items van hetzelfde soort in een regio met dezelfde id
code-unknown-reference = een verwijzing naar een id die de regio niet kent
code-unknown-region = een map in regions/ die geen officiële arbeidsmarktregio is
code-region-name-mismatch = `name` in region.toml is niet de officiële naam (of een andere spelling) van de map
code-region-code-mismatch = `code` in region.toml is niet de CBS-code van de map
code-vso-only-field = `profiles` of `cluster` bij een pro-school
code-invalid-cluster = een vso-cluster buiten 1-4
code-invalid-brin = een BRIN die geen 2 cijfers + 2 letters is (bijv. 12AB)
code-negative-count = een aantal leerlingen onder nul
code-invalid-hours = uren per week van een coördinator die geen getal van 0 tot 60 zijn
code-empty-themes = een lege lijst `themes`
code-unknown-theme = een thema dat niet een van de zeven ontwikkelthema's is
code-missing-reason = `relevant = false` zonder `reason`
code-invalid-setting = een waarde in vsopro.toml die niet te gebruiken is (bijv. nul uur)
code-missing-file = een van de vijf regiobestanden ontbreekt
code-empty-region = een regiomap zonder regiobestanden
code-stray-file = een bestand of map die vsopro niet kent, of een koppeling die het niet volgt
code-overdue-action = een actie over de datum die niet afgerond of vervallen is
code-municipality-not-in-region = een school in een gemeente die region.toml niet noemt
code-uncovered-theme = ontwikkelthema's waar geen actie van de regio aan werkt
code-unapproved-jaarplan = een jaarplan waarvan de periode begonnen is maar dat de directies niet hebben geaccordeerd
code-missed-meeting = een voorbij kwartaal zonder stuurgroepoverleg, of een voorbij jaar zonder overleg met de directies
code-possible-bsn = een getal van 9 cijfers dat de elfproef doorstaat: persoonsgegevens van leerlingen horen niet in git
