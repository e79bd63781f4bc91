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
err-symlinked-file = { $path } is een symbolische koppeling; vsopro leest en schrijft er niet doorheen
err-symlinked-file-help = vervang de koppeling door het bestand zelf (git rm en het bestand toevoegen), zodat de regio alleen uit haar eigen bestanden bestaat
err-read = kan { $path } niet lezen: { $reason }
err-no-data = geen gegevens voor { $regions }
err-no-data-help = begin een regio met `vsopro init { $slug }`; `vsopro regions` laat zien welke regio's gegevens hebben
err-no-jaarplan = { $region } heeft geen leesbaar jaarplan: { $path } ontbreekt
err-no-jaarplan-help = de handleiding beschrijft jaarplan.toml; `vsopro init` schrijft een sjabloon
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
err-locked = een ander programma schrijft al een minuut in deze gegevens ({ $path } is bezet); er is niets geschreven
err-locked-help = wacht tot de andere vsopro (de werkplaats of een import) klaar is en voer de opdracht opnieuw uit
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
code-invalid-id = een id die niet uit kleine letters, cijfers en losse streepjes bestaat, of langer is dan 80 tekens
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
code-missing-file = een regiobestand ontbreekt (de foto, acties en het jaarplan zodra er een coördinator is benoemd)
code-empty-region = een regiomap zonder regiobestanden
code-stray-file = een bestand of map die vsopro niet kent, of een koppeling die het niet volgt
code-overdue-action = een actie over de datum die niet afgerond of vervallen is
code-municipality-not-in-region = een gemeente (van een school, of in region.toml) die niet bij de regio hoort
code-uncovered-theme = ontwikkelthema's waar geen actie van de regio aan werkt
code-unapproved-jaarplan = een jaarplan waarvan de periode begonnen is maar dat de directies niet hebben geaccordeerd
code-missed-meeting = een voorbij kwartaal zonder stuurgroepoverleg, of een voorbij jaar zonder overleg met de directies
code-possible-bsn = een getal van 9 cijfers dat de elfproef doorstaat: persoonsgegevens van leerlingen horen niet in git

## Waar een melding over gaat

subject-entity = { $kind } `{ $id }`
subject-stuurgroep-member = stuurgroeplid `{ $name }`
subject-represented-by = represented_by van overlegtafel `{ $id }`
subject-regional-plan = regional_plan van het jaarplan
subject-jaarplan = het jaarplan
entity-school = school
entity-overlegtafel = overlegtafel
entity-plan = plan
entity-project = project
entity-development = ontwikkeling
entity-knelpunt = knelpunt
entity-action = actie
entity-jaarplan = jaarplan
entity-meeting = overleg
entity-measurement = meting
entity-outcome = uitstroomcijfers
entity-goal = doel
entity-practice = goed voorbeeld
form-field-voorbeeld-title = Naam (zoals de bron het noemt)
form-field-voorbeeld-summary = Samenvatting, in eigen woorden
form-field-voorbeeld-source = Bron: het adres van de pagina (of de naam van het document)
form-field-voorbeeld-since = Loopt sinds
form-field-voorbeeld-contact-role = Contact: rol bij die organisatie
form-field-source-title = Titel van de pagina of het artikel
form-field-source-date = Datum van de bron
form-field-source-year = Jaar van de bron (als er geen datum is)
form-field-written = In eigen woorden beschreven op
form-field-checked = Nagekeken en aangevuld door de regio (het voorbeeld is nu van de regio; de bron blijft erbij)
status-planned = gepland
status-active = lopend
status-done = afgerond
status-dropped = vervallen

## Datums

end-before-start = { $what } eindigt op { $end }, vóór het begin op { $start }
end-before-start-end = einde
end-before-start-start = begin
end-before-start-help = verwissel de datums, of verbeter het jaar
overdue-action = actie `{ $id }` moest klaar zijn op { $due } ({ $days ->
    [one] 1 dag
   *[other] { $days } dagen
} vóór { $today }) en is nog { $status }
overdue-action-label = over de datum
overdue-action-help = zet status = "afgerond" of "vervallen", of spreek een nieuwe datum `due` af

## Suggesties

did-you-mean = bedoelt u `{ $word }`?
one-of = { $first } of { $last }

## Verwijzingen en ids

unknown-reference = { $what } verwijst naar { $kind } `{ $id }`, maar { $file } kent die niet
unknown-reference-label = geen { $kind } met deze id
unknown-reference-file-missing = { $file } ontbreekt, dus er is geen { $kind } om naar te verwijzen
unknown-reference-none-yet = { $file } heeft nog geen [[{ $table }]]
unknown-reference-known = bekend: { $ids }
empty-id = een [[{ $table }]] heeft een lege id
empty-id-label = leeg
empty-id-help = geef een korte id van letters, cijfers en -, bijv. `id = "stagebank"`
invalid-id = een [[{ $table }]] heeft de id "{ $id }": een id bestaat uit kleine letters, cijfers en streepjes
invalid-id-label = geen geldige id
invalid-id-help = bijv. `id = "{ $id }"`; hoogstens { $max } tekens, en pas ook de verwijzingen naar deze id aan
duplicate-id = { $kind }-id `{ $id }` komt twee keer voor
duplicate-id-again = hier nog eens
duplicate-id-first = hier voor het eerst
duplicate-id-help = geef elke [[{ $table }]] een eigen id, bijv. `{ $id }-2`

## Thema's

empty-themes = { $what } heeft een lege lijst `themes`
empty-themes-label = geen thema's
empty-themes-help = noem er minstens één van { $themes }
unknown-theme = { $what }: `{ $theme }` is geen ontwikkelthema
unknown-theme-label = onbekend thema
unknown-theme-guess = bedoelt u `{ $id }` ({ $title })?
unknown-theme-all = de thema's zijn { $themes }
uncovered-theme = { $count ->
    [one] 1 van de 7 ontwikkelthema's heeft
   *[other] { $count } van de 7 ontwikkelthema's hebben
} geen actie in { $region }: { $themes }
uncovered-theme-help = plan er een actie voor, of leg in jaarplan.toml vast dat een thema dit jaar niet aan de orde is: [[theme]] met id, addressed = false en reason

## De regio

expected = verwacht: `{ $value }`
region-name-mismatch = `{ $name }` is niet de naam van { $dir } ({ $code })
region-name-mismatch-other = `{ $name }` is { $other } ({ $code }), met de map regions/{ $slug }; verplaats dit bestand of schrijf name = "{ $official }"
region-name-mismatch-help = schrijf name = "{ $official }"
region-code-mismatch = code `{ $found }` hoort niet bij { $name } ({ $code })
region-code-mismatch-help = schrijf code = "{ $code }" (de CBS-code 2025 van { $name })
municipality-not-in-region = school `{ $id }` ligt in `{ $municipality }`, en dat is geen gemeente van { $region }
municipality-other-region = school `{ $id }` ligt in `{ $municipality }`, en die gemeente hoort bij { $other } ({ $code }), niet bij { $region }
municipality-other-region-help = klopt de gemeente, dan hoort de school in regions/{ $slug }/schools.toml; anders verbeter de gemeente
listed-other-region = `{ $municipality }` in `municipalities` hoort bij { $other } ({ $code }), niet bij { $region }
listed-other-region-help = haal "{ $municipality }" weg uit `municipalities`; zonder de lijst neemt vsopro de gemeenten van de regio uit de CBS-indeling
listed-unknown = `{ $municipality }` in `municipalities` is geen gemeente van 2025 (CBS)
listed-unknown-help = schrijf de naam zoals het CBS die schrijft, bijv. "{ $example }", of laat `municipalities` weg: vsopro kent de gemeenten van elke regio
municipality-not-in-region-label = geen gemeente van deze regio
municipality-not-in-region-help = schrijf de naam van de gemeente zoals het CBS die schrijft; is "{ $municipality }" een oudere naam, zet die dan in `municipalities` in region.toml
invalid-hours = hours_per_week = { $hours } van de coördinator is geen aantal uren van { $from } tot { $to }
invalid-hours-label = geen uren in een week
invalid-hours-help = schrijf de uren per week volgens het contract, bijv. `hours_per_week = 8`, of laat de sleutel weg als ze onbekend zijn
missing-reason = { $kind } `{ $id }` is niet relevant genoemd zonder reden
missing-reason-label = niet relevant: waarom?
missing-reason-help = voeg `reason = "..."` toe: de foto vertelt de directeuren waarom de scholen wegblijven

## Scholen

vso-only-field = `{ $key }` bij pro-school `{ $id }`: alleen vso-scholen hebben dat
vso-only-field-label = alleen vso
vso-only-field-help = haal `{ $key }` weg, of zet kind = "vso" als dit een vso-school is
invalid-cluster = cluster { $cluster } van school `{ $id }` bestaat niet
invalid-cluster-label = verwacht: 1, 2, 3 of 4
invalid-cluster-help = vso-clusters: 1 visueel, 2 auditief/communicatief, 3 lichamelijk/verstandelijk (met zml), 4 gedrag/psychiatrie
invalid-brin = `{ $brin }` is geen BRIN (school `{ $id }`)
invalid-brin-label = verwacht bijv. 18BR
invalid-brin-upper = schrijf brin = "{ $brin }"
invalid-brin-help = een BRIN is 2 cijfers en 2 letters, bijv. "18BR"; een vestiging voegt 2 cijfers toe, bijv. "18BR00"
negative-count = het aantal leerlingen van school `{ $id }` kan niet negatief zijn
negative-count-label = onder nul
negative-count-help = schrijf 0 of meer, of laat de sleutel weg als het aantal onbekend is

## vsopro.toml

invalid-setting = [caseload] { $key } = { $value } is niet te gebruiken
invalid-setting-label = moet tussen { $from } en { $to } liggen
invalid-setting-help = zet { $key } tussen { $from } en { $to } ({ $example }), of laat het weg voor de standaardwaarde
invalid-setting-minutes-example = hele minuten, bijv. 80 voor 1 uur 20 minuten
invalid-setting-hours-example = uren in hele minuten, bijv. 36 of 40
allow = [check] allow: { $message }
allow-label = kan niet worden toegestaan
allow-error = `{ $code }` is een fout, en fouten kunnen niet worden toegestaan
allow-error-help = herstel de gegevens; alleen waarschuwingen kunnen worden toegestaan
allow-unknown = `{ $code }` is geen code van een waarschuwing
allow-warnings = de waarschuwingen zijn { $codes }

## Het jaarplan

unapproved-no-approval = geen [approval]
unapproved-status = status: { $status }
unapproved-jaarplan = het jaarplan begon op { $start } en is niet geaccordeerd ({ $status })
unapproved-jaarplan-label = periode begonnen
unapproved-jaarplan-help = leg het plan voor aan de directies met `vsopro jaarplan { $region } --round open --deadline JJJJ-MM-DD` (of leg een al gegeven accordering vast met `vsopro accordeer { $region } --by "..."`)
cadence-rule-stuurgroep = elk kwartaal een voortgangsoverleg met de stuurgroep
cadence-rule-directies = minstens eens per jaar een overleg met de directies
missed-meeting-help = de werkwijze vraagt om { $rule }; als het er was, voeg [[meeting]] toe met kind = "{ $kind }" en de datum
missed-meeting-label = planperiode
missed-meeting = geen { $kind ->
    [stuurgroep] stuurgroepoverleg
   *[directies] overleg met de directies
} in { $unit ->
    [quarter] kwartaal
   *[year] jaar
} { $number } van het jaarplan ({ $start } tot en met { $end })
missed-meetings = geen { $kind ->
    [stuurgroep] stuurgroepoverleg
   *[directies] overleg met de directies
} in { $count } { $unit ->
    [quarter] kwartalen
   *[year] jaren
} van het jaarplan, van { $unit ->
    [quarter] kwartaal
   *[year] jaar
} { $first } ({ $first_start } tot en met { $first_end }) tot { $unit ->
    [quarter] kwartaal
   *[year] jaar
} { $last } ({ $last_start } tot en met { $last_end })

## Privacy

possible-bsn = dit getal kan een burgerservicenummer (BSN) zijn
possible-bsn-label = doorstaat de elfproef
possible-bsn-help = leg hier nooit persoonsgegevens van leerlingen vast: haal het weg vóór het vastleggen (git bewaart elke versie)

## De bestanden lezen

unknown-region = `{ $name }` is geen officiële arbeidsmarktregio
unknown-region-guess = bedoelt u `{ $slug }`? de mapnaam is de korte naam (slug) van de regio; `vsopro regions` noemt ze alle 35
unknown-region-help = de mapnaam is de korte naam (slug) van een officiële regio; `vsopro regions` noemt ze alle 35
stray-region-symlink = { $path } is een symbolische koppeling; vsopro volgt die niet
stray-region-symlink-help = zet de regiomap zelf in regions/: niets buiten de gegevensmap wordt gelezen
stray-region-file = { $path } is een bestand, geen regiomap, en wordt overgeslagen
stray-region-file-help = regions/ bevat één map per regio, bijv. regions/gooi-en-vechtstreek/ met de vijf bestanden
stray-symlink = een symbolische koppeling wordt niet gevolgd
symlinked-region-file = dit regiobestand is een symbolische koppeling: die wordt niet gevolgd, het bestand telt niet mee
stray-symlink-help = vervang de koppeling door het bestand zelf
stray-folder = onbekende map in een regiomap wordt overgeslagen
stray-file = onbekend bestand in een regiomap wordt overgeslagen
stray-file-help = een regiomap bevat { $files }
too-large = { $path } is { $bytes } bytes; een regiobestand mag hoogstens { $max } bytes zijn
too-large-help = een regiobestand bevat hoogstens een paar honderd items; is hier per ongeluk een gegevensexport bewaard?
cannot-read = kan { $path } niet lezen: { $reason }
cannot-read-help = controleer de rechten van het bestand
empty-region = regiomap `{ $slug }` bevat geen van de regiobestanden
empty-region-help = voeg de regiobestanden toe (zie de handleiding), of haal de map weg
missing-file = { $file } ontbreekt voor { $region }
missing-file-help = maak { $path } aan; de handleiding beschrijft elk bestand
not-utf8 = { $path } is geen UTF-8-tekst (ongeldige byte op regel { $line })
not-utf8-help = bewaar het bestand als UTF-8 in uw editor (Windows-1252 / ANSI wordt niet geaccepteerd)
not-utf8-label = geen UTF-8

## De vorm van een bestand

or = of
ctx-in-table = { $ctx }, tabel `{ $table }`
unknown-key = onbekende sleutel `{ $key }` in { $ctx }
unknown-key-label = onbekende sleutel
unknown-key-dutch-label = een Nederlandse sleutelnaam
unknown-key-dutch = de sleutels zijn Engels: `{ $key }` heet `{ $english }`; schrijf `{ $english }`
unknown-key-none = { $ctx } heeft geen sleutels
unknown-key-takes = { $ctx } kent { $keys }
invalid-value = `{ $value }` is geen toegestane waarde voor `{ $key }` in { $ctx }
invalid-value-allowed = toegestane waarden: { $values }
invalid-value-label = niet toegestaan
missing-key = sleutel `{ $key }` ontbreekt in { $ctx }
missing-key-label = `{ $key }` is hier verplicht
missing-key-help = voeg `{ $key } = ...` toe aan { $ctx }
invalid-date = `{ $key }` in { $ctx } is geen geldige datum
invalid-date-label = geen datum
invalid-date-help = verwacht een datum zoals 2026-03-01 (zonder aanhalingstekens), gevonden: { $found }; schrijf een TOML-datum, bijv. `{ $key } = 2026-03-01`
wrong-type = verkeerd soort waarde voor `{ $key }` in { $ctx }: { $detail }
wrong-type-detail = verwacht { $expected }, gevonden: { $found }
wrong-type-label = verkeerd soort
wrong-type-help = schrijf het als { $expected }, bijv. `{ $key } = { $example }`
wrong-type-docs = de handleiding noemt het soort waarde van elke sleutel van { $ctx }
example-string = "tekst tussen aanhalingstekens"
type-whole-number = een geheel getal
type-number = een getal
type-boolean = true of false
type-list = een lijst [ ... ]
type-string = tekst
found-string = tekst
found-integer = geheel getal
found-float = kommagetal
found-boolean = waar/onwaar
found-list = lijst
found-table = tabel
found-datetime = de datum-tijd of tijd
toml-syntax = ongeldige TOML: { $detail }
toml-syntax-label = hier
toml-syntax-help = zie https://toml.io voor de schrijfwijze; tekst staat tussen "aanhalingstekens", datums schrijft u als 2026-03-01
toml-duplicate-help = een sleutel mag één keer per tabel voorkomen: haal er een weg, of geef een andere naam
curly-quotes = typografische aanhalingstekens (bijv. uit Word) waar TOML rechte nodig heeft
curly-quotes-label = een typografisch aanhalingsteken
curly-quotes-help = gebruik rechte aanhalingstekens: `{ $line }`

## Tabellen

yes = ja
no = nee
col-code = code
col-region = regio
col-pro = pro
col-vso = vso
col-schools = scholen
col-required-hm = nodig u:mm
col-required-h = nodig uur
col-required-fte = nodig fte
col-contracted-h = contract uur
col-contracted-fte = contract fte
col-gap-h = tekort uur (-: overschot)
col-gap-fte = tekort fte (-: overschot)
col-status = status
col-coordinator = coördinator
col-since = sinds
col-scale = schaal

## Caseload en bezetting

caseload-total = totaal
caseload-vacancy = { $count ->
    [one] 1 school
   *[other] { $count } scholen
}
caseload-norm = Norm: { $minutes } minuten per school per week; werkweek { $hours } uur. Een voltijds coördinator draagt { $schools } scholen ({ $per_day } per werkdag van 8 uur).
caseload-source = Het brondocument zegt dat een werkweek van 36 uur een caseload van 30 scholen geeft. Bij { $minutes } minuten per school kosten 30 scholen { $hours } uur per week: een week van 36 uur biedt ruimte aan { $at36 } scholen, een week van 40 uur aan { $at40 }.
staffing-appointed = benoemd
staffing-recruiting = werving loopt
staffing-exploring = verkenning
staffing-none = geen coördinator
col-name = naam
col-slug = slug
col-data = gegevens
col-aliases = ook bekend als
col-severity = ernst
col-meaning = betekenis
col-file = bestand
col-line = regel
col-column = kolom
col-message = melding
col-help = tip
check-report-summary = { $regions ->
    [one] 1 regio gecontroleerd
   *[other] { $regions } regio's gecontroleerd
}: { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
}.
regions-with-data = { $count } van de 35 regio's { $count ->
    [one] heeft
   *[other] hebben
} gegevens.

## Themarapport

col-theme = thema
col-planned = gepland
col-active = lopend
col-done = afgerond
col-dropped = vervallen
col-addressed = gedekt
col-good-practice = goed voorbeeld
col-action = actie
col-title = titel
col-role = rol
col-owner = eigenaar
col-due = gereed
themes-regions-addressing = regio's met een actie
themes-of = { $count } van { $total }
themes-legend = Cellen: geplande/lopende/afgeronde acties; vervallen acties tellen niet; — betekent dat geen actie aan het thema werkt.
themes-uncovered = Thema's zonder actie
themes-seven = De zeven ontwikkelthema's
theme-actions-summary = { $actions ->
    [one] 1 actie
   *[other] { $actions } acties
} in { $regions ->
    [one] 1 regio
   *[other] { $regions } regio's
}; { $examples ->
    [one] 1 gemarkeerd als goed voorbeeld
   *[other] { $examples } gemarkeerd als goede voorbeelden
} om te delen (bovenaan).

## import, init, schema, site

col-id = id
col-brin = brin
col-municipality = gemeente
col-csv-line = csv-regel
col-folder = map
col-files = bestanden
col-index = startpagina
init-created = { $dir }/ gemaakt voor { $region } ({ $code }):
init-schemas = en de editorschema's in schemas/ (zie de handleiding: de editor instellen).
init-next = Volgende stap: vul de bestanden in en voer dan `vsopro check { $slug }` uit.
file-created = gemaakt
file-written = geschreven
file-unchanged = ongewijzigd
schema-wrote = { $path } geschreven
schema-unchanged = { $path } ongewijzigd
site-wrote = { $count } bestanden geschreven naar { $out }; open { $index }

## De geschiedenis van het jaarplan

history-none = (geen)
history-title = Geschiedenis van { $file } ({ $region })
history-count-oldest = { $count ->
    [one] 1 commit
   *[other] { $count } commits
}, oudste eerst.
history-count-newest = { $count ->
    [one] 1 commit
   *[other] { $count } commits
}, nieuwste eerst.
history-uncommitted = Het plan heeft wijzigingen die nog niet zijn vastgelegd: die staan niet in deze audittrail.
history-shallow = Dit is een ondiepe kloon: oudere commits ontbreken (git fetch --unshallow).
history-deleted = - bestand verwijderd
history-unparsable = ! deze versie is niet te lezen: { $error }
history-boundary = (het plan zoals het hier was; wat eraan voorafging is onbekend)
history-no-change = (geen wijziging van de inhoud van het plan)
history-mark-merge = SAMENVOEGING
history-mark-boundary = GRENS: oudere geschiedenis zit niet in deze kloon
history-mark-approved = GEACCORDEERD
history-mark-after-approval = GEWIJZIGD NA ACCORDERING: opnieuw accorderen
history-state-parsed = gelezen
history-state-unparsable = onleesbaar
history-state-deleted = verwijderd
col-commit = commit
col-date = datum
col-author = auteur
col-state = toestand
col-approval = accordering
col-after-approval = na accordering
col-change = wijziging
change-title-added = + titel: { $new }
change-title = ~ titel: { $old } → { $new }
change-period = ~ periode: { $old_start } – { $old_end } → { $new_start } – { $new_end }
change-period-added = + periode: { $new_start } – { $new_end }
change-regional-plan = ~ regionaal plan: { $old } → { $new }
change-approval = ~ accordering { $field ->
    [status] status
    [date] datum
    [by] door
   *[other] { $field }
}: { $old } → { $new }
change-goal-added = + doel { $goal }: { $text }
change-goal-removed = - doel { $goal }: { $text }
change-goal-text = ~ doel { $goal }: "{ $old }" → "{ $new }"
change-goal-themes = ~ doel { $goal } thema's: [{ $old }] → [{ $new }]
change-goal-action-added = + doel { $goal }: actie { $action }
change-goal-action-removed = - doel { $goal }: actie { $action }
change-meeting-added = + overleg { $kind } { $date }
change-meeting-removed = - overleg { $kind } { $date }
change-renamed = ~ bestand verplaatst: { $from } → { $to }

## Het jaarplan

slot-held = gehouden
slot-missed = GEMIST
slot-open = nog te houden
slot-upcoming = komt nog
slot-name = { $unit ->
    [quarter] kwartaal
   *[year] jaar
} { $number }
progress = { $done } afgerond, { $active } lopend, { $planned } gepland, { $overdue } over de datum
progress-dropped = , { $dropped } vervallen
goal-action-due = , gereed { $due }
goal-action-overdue = , OVER DE DATUM
goal-action-unknown = { $id } — geen actie van deze regio
col-from = van
col-to = tot en met
col-meetings = overleggen
col-goal = doel
col-goal-text = tekst van het doel
col-overdue = over de datum
approval-draft = concept
approval-submitted = voorgelegd
approval-approved = geaccordeerd
meeting-stuurgroep = stuurgroep
meeting-directies = directies
jaarplan-period = Periode: { $start } tot en met { $end }
jaarplan-regional-plan-named = Regionaal plan: { $name } ({ $id })
jaarplan-regional-plan = Regionaal plan: { $id }
jaarplan-approval = Accordering: { $status }
jaarplan-approval-on = { " " }op { $date }
jaarplan-approval-by = { " " }door { $by }
jaarplan-approval-none = Accordering: niets vastgelegd (concept)
jaarplan-needs-approval = De periode is begonnen ({ $start }) en het plan is niet geaccordeerd.
jaarplan-progress = Voortgang op { $today }: { $progress }
jaarplan-goals = Doelen
jaarplan-no-goals = Geen doelen vastgelegd.
jaarplan-no-actions = geen acties gekoppeld
jaarplan-themes = Thema's
jaarplan-themes-none = geen
jaarplan-themes-covered = gedekt: { $themes }
jaarplan-themes-not-covered = niet gedekt: { $themes }
jaarplan-meetings = Overleg

## De regionale foto

foto-title = Regionale foto { $name } ({ $code })
foto-date = Peildatum: { $date }
foto-centrumgemeente = Centrumgemeente: { $name }
foto-municipalities = Gemeenten: { $names }
foto-coordinator = Netwerkcoördinator: { $status }
foto-coordinator-hours = , { $hours } uur per week
foto-coordinator-since = , sinds { $date }
foto-coordinator-scale = , schaal { $scale }
foto-required = Benodigde inzet: { $hm } uur per week ({ $fte } fte) voor { $schools ->
    [one] 1 school
   *[other] { $schools } scholen
}
foto-schools = Scholen
foto-pro = Praktijkonderwijs
foto-vso = Voortgezet speciaal onderwijs
foto-overlegtafels = Overlegtafels
foto-no-overlegtafels = Nog geen relevante overlegtafels vastgelegd.
foto-by-coordinator = netwerkcoördinator
foto-by-nobody = niemand
foto-initiatives = Plannen, projecten en ontwikkelingen
foto-no-initiatives = Nog geen relevante plannen, projecten of ontwikkelingen vastgelegd.
foto-not-relevant = Niet relevant voor pro en vso
foto-all-relevant = Alles wat is vastgelegd is relevant voor pro en vso.
foto-knelpunten = Knelpunten en acties
foto-no-knelpunten = Nog geen knelpunten vastgelegd.
foto-knelpunt-schools = { " " }(scholen: { $schools })
foto-no-action = nog geen actie
foto-knelpunten-open = Knelpunten zonder actie
foto-other-actions = Overige acties
foto-themes = Ontwikkelthema's
foto-not-addressed = nee: geen actie
foto-due = , gereed { $due }
foto-good-practice = { " " }— goed voorbeeld
level-bestuurlijk = Bestuurlijk
level-beleidsmatig = Beleidsmatig
level-operationeel = Operationeel
col-school = school
col-board = bestuur
col-students = leerlingen
col-profiles = uitstroomprofielen
col-cluster = cluster
col-overlegtafel = overlegtafel
col-organizer = organisator
col-frequency = frequentie
col-represented-by = scholen vertegenwoordigd door
col-themes = thema's
col-kind = soort
col-period = periode
col-funding = financiering
col-section = onderdeel
col-detail = toelichting
col-relevant = relevant

## De opdrachtregel (hulpteksten)

cli-usage = Gebruik
cli-arguments = Argumenten
cli-options = Opties
cli-commands = Opdrachten
cli-help-flag = Toon de hulp
cli-version-flag = Toon de versie
cli-arg-format = Uitvoer: table, json, markdown of csv (standaard: table)
cli-arg-color = Kleur in de meldingen: auto, always of never (standaard: auto); NO_COLOR in de omgeving betekent never
cli-arg-lang = Taal: nl (Nederlands) of en (Engels); standaard: VSOPRO_LANG, anders de taal van het systeem, anders Nederlands
cli-completions-arg-shell = De shell: bash, zsh, fish, powershell of elvish
cli-err-unknown-argument = onbekende optie `{ $arg }`
cli-err-unknown-command = onbekende opdracht `{ $arg }`
cli-err-invalid-value = `{ $value }` is geen geldige waarde voor { $arg }
cli-err-missing = { $arg } is verplicht
cli-err-invalid-utf8 = een argument is geen geldige tekst (UTF-8): typ de regio of het bestand opnieuw, of kopieer de naam uit de lijst van `vsopro regions`
cli-err-conflict = { $arg } kan niet samen met { $other }
cli-err-tip-value = de waarden zijn { $values }
cli-err-tip-similar = bedoelt u `{ $suggestion }`?
cli-err-more = `vsopro --help` noemt de opdrachten en opties
cli-about = De gegevens van de netwerkcoördinatoren vso/pro: controleren en er verslag over doen
cli-examples =
    Voorbeelden:
      vsopro check                       controleer elke regio
      vsopro check gooi-en-vechtstreek   controleer één regio
      vsopro check --format json         meldingen voor scripts en CI
      vsopro regions                     de 35 arbeidsmarktregio's en welke gegevens hebben
      vsopro caseload --schools 30       een vacature berekenen: uren en fte voor 30 scholen
      vsopro foto gooi-en-vechtstreek    de regionale foto
      vsopro themes --theme nazorg       elke actie op één thema, goede voorbeelden eerst
      vsopro staffing                    de coördinatoren in alle 35 regio's
      vsopro jaarplan gooi-en-vechtstreek --history   de audittrail van het plan in git
      vsopro init midden-holland         begin een regiomap
      vsopro uitleg unknown-theme        wat een melding betekent, met een voorbeeld
cli-arg-root = Gegevensmap (met vsopro.toml of regions/); standaard: de dichtstbijzijnde boven de huidige map
cli-arg-today = Peildatum voor acties over de datum en gemiste overleggen (standaard: vandaag)
cli-check-about = Controleer de gegevens: elke fout en waarschuwing, met bestand, regel en een oplossing
cli-check-examples =
    Voorbeelden:
      vsopro check
      vsopro check gooi-en-vechtstreek --deny-warnings
      vsopro check --list
cli-check-arg-regions = Te controleren regio's (slug, code, officiële naam of andere spelling); standaard: alle
cli-check-arg-deny_warnings = Ook bij waarschuwingen eindigen met code 1
cli-check-arg-list = Noem elke meldingscode met de betekenis, en stop
cli-check-arg-skip = Laat een regel weg die alleen waarschuwt (herhaalbaar; `--list` noemt de regels)
cli-regions-about = De 35 officiële arbeidsmarktregio's, en welke een map in regions/ hebben
cli-regions-examples =
    Voorbeelden:
      vsopro regions
      vsopro regions --format csv > regios.csv
cli-caseload-about = Uren en fte van de coördinator per regio, bij 1 uur 20 minuten per school per week
cli-caseload-examples =
    Voorbeelden:
      vsopro caseload
      vsopro caseload --schools 30
      vsopro caseload --schools 30 --hours-per-week 40
      vsopro caseload gooi-en-vechtstreek --format json
cli-caseload-arg-regions = Regio's (slug, code, officiële naam of andere spelling); standaard: alle met gegevens
cli-caseload-arg-schools = Bereken een vacature voor zoveel scholen (0-1000000); geen gegevens nodig
cli-caseload-arg-minutes_per_school = Minuten van de coördinator per school per week, hele minuten 1-2400 (standaard: vsopro.toml, anders 80)
cli-caseload-arg-hours_per_week = Uren in een volle werkweek, 1-168 (standaard: vsopro.toml, anders 36)
cli-foto-about = De regionale foto van één regio: scholen, overlegtafels, plannen, knelpunten, thema's
cli-foto-examples =
    Voorbeelden:
      vsopro foto gooi-en-vechtstreek
      vsopro foto "Gooi en Vechtstreek" --format markdown > foto.md
cli-foto-arg-region = De regio (slug, code, officiële naam of andere spelling)
cli-themes-about = Dekking van de thema's: regio's × de zeven ontwikkelthema's
cli-themes-examples =
    Voorbeelden:
      vsopro themes
      vsopro themes --theme stageplaatsen
      vsopro themes --format csv > themas.csv
cli-themes-arg-regions = Regio's (slug, code, officiële naam of andere spelling); standaard: alle met gegevens
cli-themes-arg-theme = Noem de acties op één thema in alle regio's, goede voorbeelden eerst
cli-jaarplan-about = Het jaarplan: accordering, doelen en voortgang, het ritme van de overleggen; --history toont de audittrail in git (de accordering vastleggen: `vsopro accordeer`)
cli-jaarplan-examples =
    Voorbeelden:
      vsopro jaarplan gooi-en-vechtstreek
      vsopro jaarplan gooi-en-vechtstreek --today 2026-12-31
      vsopro jaarplan gooi-en-vechtstreek --history
      vsopro jaarplan gooi-en-vechtstreek --history --newest-first --format json
cli-jaarplan-arg-region = De regio (slug, code, officiële naam of andere spelling)
cli-jaarplan-arg-history = Elke commit die het plan veranderde, met wat er veranderde (git nodig)
cli-jaarplan-arg-newest_first = Met --history: nieuwste commit eerst (standaard: oudste eerst)
cli-jaarplan-arg-by = Met --vote: wie namens de instelling stemt (naam); met --round withdraw: wie de ronde intrekt
cli-jaarplan-arg-date = Met --vote: de dag van de stem (standaard: vandaag)
cli-jaarplan-arg-round = `--round open`: leg het plan voor aan de directies (een accorderingsronde); `extend`: schuif de uiterste datum op; `withdraw`: trek de ronde in
cli-jaarplan-arg-reason = Met --round withdraw: waarom de ronde wordt ingetrokken
cli-jaarplan-arg-deadline = Met --round open of extend: uiterlijk wanneer de directies stemmen
cli-jaarplan-arg-message = Met --round open: de boodschap bij het plan voor de directies
cli-jaarplan-arg-vote = Leg de stem van een directie vast (een e-mail, een gesprek): in de open ronde, op de versie die zij zagen
cli-jaarplan-arg-institution = Met --vote: de instelling (een school-id uit schools.toml, of de BRIN)
cli-jaarplan-arg-function = Met --vote: de functie van wie stemt (directeur, bestuurder, …)
cli-jaarplan-arg-decision = Met --vote: akkoord, niet-akkoord of onthouding
cli-jaarplan-arg-comment = Met --vote: een toelichting (verplicht bij niet-akkoord)
cli-jaarplan-arg-fingerprint = Met --vote: de vingerafdruk uit de e-mail van de directie (standaard: het plan zoals het nu is, na bevestiging)
cli-jaarplan-arg-yes = Met --vote: bevestig zonder vraag dat de directie deze versie zag (voor scripts)
cli-init-about = Begin een regio: regions/<slug>/ met de vijf bestanden, met uitleg en geldig
cli-init-examples =
    Voorbeelden:
      vsopro init gooi-en-vechtstreek
      vsopro --root mijn-data init "Gooi en Vechtstreek"
    
    Overschrijft nooit: als de map bestaat, verandert er niets en is de afsluitcode 2.
cli-init-arg-region = De regio (slug, code, officiële naam of andere spelling)
cli-schema-about = JSON-schema's van de gegevensbestanden, voor editors en andere programma's
cli-schema-examples =
    Voorbeelden:
      vsopro schema schools
      vsopro schema --out schemas/
    
    Soorten: `region`, `schools`, `overlegtafels`, `actions`, `jaarplan`, `settings` (vsopro.toml).
cli-schema-arg-kind = `region`, `schools`, `overlegtafels`, `actions`, `jaarplan` of `settings`; standaard: alle
cli-completions-about = Aanvullingen voor bash, zsh, fish of powershell
cli-completions-examples =
    Voorbeelden:
      vsopro completions bash > ~/.local/share/bash-completion/completions/vsopro
      vsopro completions zsh > ~/.zfunc/_vsopro
      vsopro completions fish > ~/.config/fish/completions/vsopro.fish
cli-man-about = De handleidingpagina (roff)
cli-man-examples =
    Voorbeelden:
      vsopro man > vsopro.1 && man ./vsopro.1
cli-import-about = Scholen inlezen uit open data
cli-import-duo-about = Pro- en vso-vestigingen uit de open data van DUO, in één regio of in alle
cli-import-duo-examples =
    Voorbeelden:
      vsopro import duo vestigingen-vo.csv vestigingen-so-vso.csv --region midden-holland
      vsopro import duo vestigingen-vo.csv vestigingen-so-vso.csv --all --write

    Pro: de vestigingen met PRO in ONDERWIJSSTRUCTUUR ("02. Alle vestigingen VO").
    Vso: de vestigingen met VSO in ONDERWIJS ("09. Alle vestigingen SBO, SO en VSO").
    Elke vestiging gaat naar de regio van haar gemeente (CBS-indeling 2025). Zonder
    --write laat het alleen zien wat het zou toevoegen; wat er al staat, blijft staan.
cli-import-duo-arg-csv = De CSV-bestanden zoals van DUO gedownload: "02. Alle vestigingen VO" en/of "09. Alle vestigingen SBO, SO en VSO"
cli-import-duo-arg-region = De regio waarvan schools.toml de scholen krijgt
cli-import-duo-arg-all = Alle regio's: elke regio krijgt de scholen in haar gemeenten
cli-import-duo-arg-write = Voeg de nieuwe scholen toe aan schools.toml (uitleg en opmaak blijven)
cli-site-about = Een statische website: landelijke kaart, themakaart, een pagina per regio en per thema
cli-site-examples =
    Voorbeelden:
      vsopro site public/
      vsopro site public/ --force   (vervang een bestaande site)
    
    De site is gewoon HTML en CSS: open public/index.html, of zet de map op een webserver.
cli-staffing-about = De bezetting van de coördinatoren in alle 35 regio's
cli-staffing-examples =
    Voorbeelden:
      vsopro staffing
      vsopro staffing --format csv > bezetting.csv
cli-staffing-arg-minutes_per_school = Minuten van de coördinator per school per week, hele minuten 1-2400 (standaard: vsopro.toml, anders 80)
cli-staffing-arg-hours_per_week = Uren in een volle werkweek, 1-168 (standaard: vsopro.toml, anders 36)

## Arguments on the command line
arg-err-minutes = `{ $value }` is geen aantal hele minuten van 1 tot 2400
arg-err-minutes-help = bijv. --minutes-per-school 80 voor 1 uur 20 minuten
arg-err-week = `{ $value }` is geen werkweek van 1 tot 168 uur
arg-err-week-help = bijv. --hours-per-week 36
arg-err-date = `{ $value }` is geen datum
arg-err-date-help = schrijf de datum als JJJJ-MM-DD, bijv. 2026-03-01
arg-err-region-path = `{ $value }` is een pad, geen regio
arg-err-region-path-help = noem een regio bij haar korte naam of naam, bijv. `gooi-en-vechtstreek`
arg-err-region = `{ $value }` is geen officiële arbeidsmarktregio
arg-err-region-guess = bedoelt u `{ $slug }` ({ $name })?
arg-err-region-help = `vsopro regions` noemt de 35 officiële regio's
arg-err-theme = `{ $value }` is geen ontwikkelthema
arg-err-theme-help = { $guess }de thema's zijn { $themes }
arg-err-kind = `{ $value }` is geen soort bestand
arg-err-kind-help = { $guess }de soorten zijn { $kinds }
arg-err-rule-errors = de regel `{ $value }` meldt fouten en kan niet worden overgeslagen
arg-err-rule-errors-help = alleen regels die uitsluitend waarschuwingen melden kunnen worden overgeslagen: { $rules }
arg-err-rule = `{ $value }` is geen regel
arg-err-rule-help = de regels die kunnen worden overgeslagen zijn { $rules }

## DUO files and the jaarplan's history
duo-err-column = geen kolom { $column } ({ $what }) in de kopregel; is dit het DUO-bestand "Alle vestigingen VO", gescheiden door `;`?
duo-err-fields = { $found } velden waar de kopregel er { $expected } heeft; het bestand is beschadigd of niet gescheiden door `;`
duo-col-instelling = instellingscode
duo-col-vestiging = vestigingscode
duo-col-name = naam van de vestiging
duo-col-municipality = gemeente
duo-col-structure = onderwijsstructuur
history-broken-absent = niet gevonden in git
history-broken-utf8 = geen UTF-8-tekst
history-broken-unreadable = niet te lezen
history-broken-symlink = een symbolische koppeling, geen bestand; vsopro volgt die niet
history-broken-line = regel { $line }: { $message }

## vsopro uitleg
explain-title = { $code } ({ $severity })
explain-meaning = Betekenis: { $description }.
explain-wrong = Zo niet ({ $file })
explain-right = Maar zo
explain-more = `vsopro check --list` noemt alle meldingen; de handleiding legt de bestanden uit: { $guide }
explain-hint = { $count ->
    [one] Meer uitleg, met een voorbeeld: vsopro uitleg { $code }
   *[other] Meer uitleg bij een melding, met een voorbeeld: vsopro uitleg CODE, bijv. vsopro uitleg { $code }
}
col-explanation = uitleg
col-wrong = zo niet
col-right = maar zo
arg-err-code = `{ $value }` is geen code van een melding
arg-err-code-help = `vsopro check --list` noemt alle codes
cli-uitleg-about = Wat een melding betekent, met een voorbeeld en de oplossing
cli-uitleg-examples = Voorbeelden:
      vsopro uitleg unknown-theme
      vsopro uitleg missing-key --format markdown
cli-uitleg-arg-code = De code zoals `vsopro check` die toont, bijv. unknown-theme

explain-toml-syntax =
    Het bestand is geen geldige TOML, de schrijfwijze van alle gegevensbestanden. vsopro kan het stuk met de fout niet lezen en controleert de rest van het bestand zo goed mogelijk. Meestal ontbreekt een aanhalingsteken, staat tekst zonder aanhalingstekens, of mist een komma of haakje in een lijst.

    Tekst staat tussen rechte "aanhalingstekens", een getal en een datum niet (start = 2026-08-01), een lijst tussen [ en ] met komma's. De melding wijst de plek aan waar TOML vastliep; de fout zit daar of vlak ervoor.
explain-curly-quotes =
    Er staan typografische aanhalingstekens (“ ” of ‘ ’) waar TOML rechte aanhalingstekens (" of ') nodig heeft. Ze komen meestal mee als u tekst uit Word, Outlook of een webpagina plakt, of als uw editor ze automatisch krult.

    Vervang ze door rechte aanhalingstekens. In Kladblok en in editors voor code blijven aanhalingstekens recht; zet in Word 'Autocorrectie tijdens typen' voor aanhalingstekens uit als u daar tekst voorbereidt.
explain-unreadable-file =
    Het bestand kan niet worden gelezen: het is geen UTF-8-tekst (vaak opgeslagen als Windows-1252 of 'ANSI'), het is te groot, of het is geen gewoon bestand. vsopro leest alleen tekstbestanden in UTF-8, zodat é, ë en ö op elke computer hetzelfde blijven.

    Open het bestand in uw editor en bewaar het opnieuw met de codering UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8). Een bestand dat geen regiogegevens bevat hoort niet in de regiomap.
explain-unknown-key =
    Een sleutel die dit soort tabel niet kent, meestal een tikfout of een Nederlandse naam voor een Engelse sleutel (naam in plaats van name). vsopro negeert onbekende sleutels niet, want dan zou een tikfout ongemerkt gegevens laten verdwijnen.

    De melding noemt de sleutel die u waarschijnlijk bedoelt, en alle sleutels die de tabel kent. Verbeter de naam; de waarde kan blijven staan.
explain-wrong-type =
    Een waarde van het verkeerde soort: tekst waar een getal hoort, een getal waar tekst hoort, of één waarde waar een lijst hoort. Een aantal leerlingen is een geheel getal zonder aanhalingstekens, een naam is tekst tussen aanhalingstekens, een lijst staat tussen [ en ].

    Schrijf de waarde in de vorm die de melding noemt. Weet u een aantal niet precies, laat de sleutel dan weg in plaats van er tekst als "ongeveer 200" van te maken.
explain-missing-key =
    Een verplichte sleutel ontbreekt, bijvoorbeeld de soort van een school (kind = "pro" of "vso") of de id van een actie. Zonder die sleutel kan vsopro het item niet tellen of er niet naar verwijzen.

    Voeg de sleutel toe aan de tabel die de melding aanwijst. Heeft u een Nederlandse sleutelnaam gebruikt (zoals soort), dan meldt vsopro die als onbekende sleutel met de juiste naam erbij, niet nog eens als ontbrekend.
explain-invalid-value =
    Een waarde die niet in de toegestane lijst staat, zoals de status van een actie of het niveau van een overlegtafel. De toegestane waarden zijn vast, zodat rapporten en de landelijke cijfers ze kunnen tellen.

    De melding noemt de toegestane waarden en, als het op een tikfout lijkt, de waarde die u bedoelt. Nederlandse woorden mogen ook: status = "lopend" is hetzelfde als "active", en hoofdletters maken niet uit.
explain-invalid-date =
    Een datum die geen gewone TOML-datum is. TOML schrijft datums als jaar-maand-dag zonder aanhalingstekens: start = 2026-08-01. Tekst als "1 augustus 2026" of een datum met tijd kan vsopro niet vergelijken.

    Schrijf de datum als JJJJ-MM-DD, zonder aanhalingstekens en zonder tijd. In rapporten toont vsopro de datum weer in gewone taal.
explain-end-before-start =
    Een periode die eindigt vóór ze begint, meestal een verkeerd jaartal. Rapporten die rekenen met lopende plannen en projecten zouden deze periode nooit zien.

    Verbeter het jaar, of verwissel start en end als ze omgedraaid zijn.
explain-empty-id =
    Een id zonder zichtbaar teken. Andere bestanden verwijzen met de id naar een school, actie of overlegtafel; een lege id kan niemand aanwijzen.

    Geef een korte id van kleine letters, cijfers en streepjes die het item beschrijft, bijv. "pro-de-brug" of "stagebank".
explain-invalid-id =
    Een id staat in adressen van de werkbank en de hub, in de berichten van git en in verwijzingen vanuit andere bestanden. Hoofdletters, spaties, schuine strepen, regelovergangen of een id die met een streepje begint, zouden daar iets anders betekenen.

    Schrijf de id in kleine letters, cijfers en losse streepjes, hoogstens 80 tekens, bijv. "pro-de-brug". Pas ook de verwijzingen naar de oude id aan.
explain-duplicate-id =
    Twee items van dezelfde soort in één regio hebben dezelfde id. Een verwijzing naar die id zou niet weten welke van de twee bedoeld is.

    Geef elk item een eigen id. Is het tweemaal hetzelfde item, haal dan één van beide weg. Pas ook de verwijzingen aan die naar het hernoemde item moeten wijzen.
explain-unknown-reference =
    Een verwijzing naar een id die de regio niet kent: een school, knelpunt, actie, overlegtafel of plan dat niet (meer) bestaat, of een tikfout in de id.

    De melding noemt de id die er het meest op lijkt. Verbeter de verwijzing, of voeg het ontbrekende item toe aan het bestand dat de melding noemt.
explain-unknown-region =
    Een map onder regions/ die geen officiële arbeidsmarktregio is. Elke map hoort bij één van de 35 regio's en heet naar haar korte naam, bijv. regions/gooi-en-vechtstreek/.

    Hernoem de map naar de korte naam die de melding voorstelt; `vsopro regions` noemt ze alle 35. Bestanden die niet bij een regio horen staan beter buiten regions/.
explain-region-name-mismatch =
    De name in region.toml is niet de officiële naam van de regio van deze map (of een bekende andere schrijfwijze). Vaak is het bestand uit een andere regio gekopieerd.

    Schrijf de officiële naam die de melding noemt, of verplaats het bestand naar de map van de regio die de naam noemt.
explain-region-code-mismatch =
    De code in region.toml is niet de CBS-code van de regio van deze map. Landelijke overzichten koppelen regio's op deze code.

    Schrijf de code die de melding noemt (de CBS-indeling 2025), of verplaats het bestand naar de juiste map.
explain-vso-only-field =
    Een school met kind = "pro" heeft profiles of cluster. Uitstroomprofielen en clusters bestaan alleen in het voortgezet speciaal onderwijs.

    Haal de sleutels weg bij de praktijkschool, of zet kind = "vso" als het een vso-school is.
explain-invalid-cluster =
    Een vso-cluster buiten 1 tot en met 4. De clusters zijn: 1 visueel, 2 auditief en communicatief, 3 lichamelijk en verstandelijk (met zml), 4 gedrag en psychiatrie.

    Schrijf het nummer van het cluster van de school, of laat de sleutel weg als het onbekend is.
explain-invalid-brin =
    Een BRIN-nummer dat niet de vorm van DUO heeft: twee cijfers en twee hoofdletters (18BR), voor een vestiging gevolgd door twee cijfers (18BR00). Met het BRIN koppelt vsopro scholen aan de open gegevens van DUO.

    Neem het nummer over uit de gegevens van DUO of de schoolgids; kleine letters mogen niet.
explain-negative-count =
    Een aantal leerlingen onder nul. Dat is altijd een tik- of rekenfout, en het zou de totalen van de regio vertekenen.

    Schrijf 0 of meer, of laat de sleutel weg als het aantal onbekend is.
explain-invalid-hours =
    De uren per week van de coördinator zijn geen getal van 0 tot 60. De caseload en de bezetting rekenen met dit getal; een tikfout (200 in plaats van 20) zou elk rapport vertekenen.

    Schrijf de uren volgens het contract, of laat de sleutel weg als ze onbekend zijn.
explain-empty-themes =
    Een lijst themes zonder thema. Elk knelpunt en elke actie hoort bij minstens één van de zeven ontwikkelthema's, zodat het themaoverzicht en de landelijke vergelijking kloppen.

    Noem het thema of de thema's waar het item over gaat, met de korte namen die de melding noemt.
explain-unknown-theme =
    Een thema dat niet één van de zeven ontwikkelthema's is. De thema's hebben vaste korte namen: stageplaatsen, nazorg, standaardisatie-gemeenten, nieuwkomers, beschut-werk, dagbesteding en zelf-in-dienst.

    Schrijf de korte naam; hoofdletters maken niet uit. Heeft u de volledige titel van een thema geschreven, dan noemt de melding de korte naam die erbij hoort.
explain-missing-reason =
    Een overlegtafel, plan, project of ontwikkeling is niet relevant genoemd (relevant = false) zonder reden. De foto laat de directeuren zien waarom de scholen ergens niet aan tafel zitten; zonder reden lijkt het een gemiste kans.

    Voeg reason = "..." toe met de reden in één zin.
explain-invalid-setting =
    Een waarde in vsopro.toml die vsopro niet kan gebruiken, zoals nul minuten per school of een werkweek van meer dan 168 uur. Alle berekeningen van uren en fte gaan uit van deze instellingen.

    Zet de waarde binnen de grenzen die de melding noemt, of haal de regel weg: dan gelden de landelijke afspraken (1 uur 20 minuten per school per week, een werkweek van 36 uur).
explain-missing-file =
    Een regiobestand ontbreekt. region.toml en schools.toml horen bij elke regio; overlegtafels.toml, actions.toml en jaarplan.toml zodra er een netwerkcoördinator is benoemd, want die houdt de foto, de acties en het jaarplan bij. De regio wordt gecontroleerd met wat er is, maar rapporten missen de gegevens van het ontbrekende bestand.

    Maak het bestand aan. `vsopro init` schrijft voor een nieuwe regio alle vijf bestanden, met uitleg in de bestanden zelf.
explain-empty-region =
    Een regiomap zonder één van de regiobestanden. Zo'n map telt niet mee in de rapporten.

    Zet de regiobestanden in de map (`vsopro init` maakt ze voor een nieuwe regio), of haal de lege map weg.
explain-stray-file =
    Een bestand of map die vsopro niet kent, in regions/ of in een regiomap, of een snelkoppeling (symlink) die vsopro niet volgt. vsopro slaat het over, zodat u weet dat wat erin staat niet meetelt.

    Is het een regiobestand met een tikfout in de naam (school.toml), hernoem het dan. Aantekeningen en andere bestanden staan beter buiten regions/.
explain-overdue-action =
    Een actie waarvan de datum due voorbij is, terwijl ze niet afgerond of vervallen is. De stuurgroep ziet zo welke afspraken bijgesteld moeten worden.

    Zet de status op afgerond of vervallen als dat zo is, of spreek een nieuwe datum af en schrijf die bij due.
explain-municipality-not-in-region =
    Een gemeente die niet bij de regio hoort: de gemeente van een school, of een naam in de lijst municipalities van region.toml. vsopro kent de 342 gemeenten van 2025 en hun arbeidsmarktregio (CBS). Hoort de gemeente bij een andere regio, dan noemt de melding die regio; is het geen gemeente, dan de naam die erop lijkt.

    Verbeter de naam, of verplaats de school naar de map van de regio waar ze hoort. De lijst municipalities in region.toml mag u weglaten: vsopro neemt dan de gemeenten van de regio uit de CBS-indeling.
explain-uncovered-theme =
    Eén of meer ontwikkelthema's hebben geen actie in de regio. Het themaoverzicht en de stuurgroep zien zo waar nog niets gebeurt. Vervallen acties tellen niet mee.

    Plan een actie op het thema, of leg in jaarplan.toml vast dat het dit jaar bewust niet aan de orde is: een [[theme]] met id, addressed = false en de reason. De foto en de site tonen dat als keuze, met de reden, en de waarschuwing verdwijnt.
explain-unapproved-jaarplan =
    De periode van het jaarplan is begonnen, maar de directies hebben het nog niet geaccordeerd. De werkwijze vraagt om een jaarplan dat de directies vooraf goedkeuren.

    Leg het plan voor en leg na de accordering vast wie het op welke datum accordeerde: `vsopro accordeer REGIO --by "..." --date JJJJ-MM-DD`. Dat schrijft [approval] met een vingerafdruk van wat er geaccordeerd is; in git ook als commit.
explain-missed-meeting =
    In een voorbij kwartaal van het jaarplan was er geen stuurgroepoverleg, of in een voorbij jaar geen overleg met de directies. De werkwijze vraagt om elk kwartaal een voortgangsoverleg met de stuurgroep en minstens eens per jaar overleg met de directies.

    Was er wel overleg, voeg dan een [[meeting]] toe met kind en date. Anders laat deze waarschuwing zien dat het overleg ingehaald moet worden.
explain-possible-bsn =
    Een getal van negen cijfers dat de elfproef van het burgerservicenummer doorstaat. Persoonsgegevens van leerlingen horen nooit in deze bestanden: git bewaart elke versie, ook nadat u het getal weghaalt.

    Haal het getal weg vóór u de wijziging vastlegt. Is het al vastgelegd, vraag dan hulp om het ook uit de geschiedenis te verwijderen. Is het geen BSN (bijvoorbeeld een dossiernummer), schrijf het dan anders, bijvoorbeeld met een streepje.

## Placeholders in usage lines and help
cli-value-region = REGIO
cli-value-dir = MAP
cli-value-out = MAP
cli-value-format = FORMAAT
cli-value-color = KLEUR
cli-value-hours = UREN
cli-value-min = MIN
cli-value-n = N
cli-value-yyyy-mm-dd = JJJJ-MM-DD
cli-value-file-kind = SOORT
cli-value-code = CODE
cli-value-rule = REGEL
cli-value-id = THEMA
cli-value-csv = CSV
cli-value-shell = SHELL
cli-value-command = OPDRACHT
cli-value-who = WIE
cli-value-options = OPTIES

## The TOML parser's messages (ids from the English text)
toml-msg-may-only-go-between-digits = `_` mag alleen tussen cijfers staan
toml-msg-cannot-recurse-further-max-recursion-depth-met = te diep genest
toml-msg-carriage-return-must-be-followed-by-newline = een regelterugloop (CR) zonder regeleinde erna
toml-msg-extra = een `=` te veel
toml-msg-extra-assignment-between-key-value-pairs = een toewijzing te veel tussen sleutels
toml-msg-extra-comma-in-array = een komma te veel in de lijst
toml-msg-extra-comma-in-inline-table = een komma te veel in de tabel tussen { "{" } { "}" }
toml-msg-integers-with-a-radix-cannot-be-signed = een getal met 0x, 0o of 0b kan geen teken hebben
toml-msg-invalid-basic-string = ongeldige tekst tussen aanhalingstekens
toml-msg-invalid-comment-character = ongeldig teken in een opmerking
toml-msg-invalid-inline-table-element = ongeldig element in de tabel tussen { "{" } { "}" }
toml-msg-invalid-key-value-pair = ongeldige regel: verwacht sleutel = waarde
toml-msg-invalid-multi-line-basic-string = ongeldige tekst over meer regels
toml-msg-invalid-unquoted-key = ongeldige sleutel
toml-msg-invalid-value = ongeldige waarde
toml-msg-key-with-no-value = sleutel zonder waarde
toml-msg-keys-cannot-be-multi-line-basic-strings = een sleutel kan geen tekst over meer regels zijn
toml-msg-keys-cannot-be-multi-line-literal-strings = een sleutel kan geen tekst over meer regels zijn
toml-msg-missing-array-opening = het begin van de lijst, [, ontbreekt
toml-msg-missing-assignment-between-key-value-pairs = het = tussen sleutel en waarde ontbreekt
toml-msg-missing-comma-between-array-elements = een komma tussen de elementen van de lijst ontbreekt
toml-msg-missing-comma-between-key-value-pairs = een komma tussen de sleutels ontbreekt
toml-msg-missing-comment-start = het # van de opmerking ontbreekt
toml-msg-missing-escaped-value = het teken na de \ ontbreekt
toml-msg-missing-inline-table-opening = het begin van de tabel, { "{" }, ontbreekt
toml-msg-missing-key-for-inline-table-element = een sleutel in de tabel tussen { "{" } { "}" } ontbreekt
toml-msg-missing-opening-quote = het openingsaanhalingsteken ontbreekt
toml-msg-missing-table-open = het begin van de tabelkop, [, ontbreekt
toml-msg-missing-value = de waarde ontbreekt
toml-msg-missing-value-for-key = de waarde bij de sleutel ontbreekt
toml-msg-radix-must-be-lowercase = 0x, 0o en 0b schrijft u met een kleine letter
toml-msg-redundant-integer-number-prefix = een overbodig voorvoegsel bij het getal
toml-msg-redundant-numeric-sign = een overbodig + of - bij het getal
toml-msg-string-values-must-be-quoted = tekst moet tussen aanhalingstekens staan
toml-msg-too-few-unicode-value-digits = te weinig cijfers in de unicode-code
toml-msg-unclosed-array = de lijst is niet afgesloten met ]
toml-msg-unclosed-array-table = de tabelkop is niet afgesloten met ]]
toml-msg-unclosed-inline-table = de tabel is niet afgesloten met { "}" }
toml-msg-unclosed-table = de tabelkop is niet afgesloten met ]
toml-msg-unexpected-in-array = een onverwachte = in de lijst
toml-msg-unexpected-content = onverwachte tekst
toml-msg-unexpected-content-between-comment-and-newline = onverwachte tekst in een opmerking
toml-msg-unexpected-key-or-value = onverwachte sleutel of waarde
toml-msg-unexpected-leading-zero = een getal mag niet met 0 beginnen
toml-msg-unexpected-sign = een onverwacht + of -
toml-msg-unquoted-keys-cannot-be-empty = een sleutel zonder aanhalingstekens kan niet leeg zijn
toml-msg-invalid-literal-string = ongeldige tekst tussen enkele aanhalingstekens
toml-msg-invalid-multi-line-literal-string = ongeldige tekst over meer regels
toml-msg-invalid-string = ongeldige tekst
toml-msg-invalid-table = ongeldige tabel
toml-msg-invalid-key = ongeldige sleutel
toml-msg-invalid-float = ongeldig kommagetal (schrijf een punt: 0.5)
toml-msg-invalid-integer-number = ongeldig geheel getal
toml-msg-invalid-binary-number = ongeldig binair getal
toml-msg-invalid-octal-number = ongeldig octaal getal
toml-msg-invalid-hexadecimal-number = ongeldig hexadecimaal getal
toml-msg-invalid-boolean = ongeldige waar/onwaar-waarde (schrijf true of false)
toml-msg-invalid-exponent = ongeldige exponent
toml-msg-invalid-fraction = ongeldig deel achter de punt
toml-msg-invalid-mantissa = ongeldig getal
toml-msg-invalid-date-time = ongeldige datum of tijd
toml-msg-duplicate-key = dubbele sleutel
toml-msg-recursion-limit = te diep genest
toml-exp-basic-string = tekst tussen aanhalingstekens
toml-exp-characters = tekens
toml-exp-digits = cijfers
toml-exp-key = een sleutel
toml-exp-letters = letters
toml-exp-literal-string = tekst tussen enkele aanhalingstekens
toml-exp-multi-line-basic-string = tekst over meer regels
toml-exp-multi-line-literal-string = tekst over meer regels
toml-exp-non-double-quote-visible-characters = zichtbare tekens behalve "
toml-exp-non-single-quote-characters = tekens behalve '
toml-exp-non-single-quote-visible-characters = zichtbare tekens behalve '
toml-exp-numbers = cijfers
toml-exp-printable-characters = afdrukbare tekens
toml-exp-unicode-hexadecimal-value = een unicode-code in hexadecimale cijfers
toml-exp-value = een waarde
toml-exp-newline = een regeleinde
toml-exp-nothing = niets
toml-msg-datetime = ongeldige datum of tijd
toml-msg-other = ongeldige schrijfwijze
toml-msg-expected = { $message }, verwacht { $expected }
toml-exp-other = iets anders

## The static site
site-title = Netwerkcoördinatoren vso/pro
site-home = Netwerk vso/pro
site-as-of = stand van { $date }
site-footer = Kaart: CBS / PDOK, CC-BY 4.0 (arbeidsmarktregio's 2025, gegeneraliseerd). Gemaakt met vsopro uit de gegevens van de regio's.
site-index-title = Netwerkcoördinatoren vso/pro in de 35 arbeidsmarktregio's
site-map-heading = Bezetting per regio
site-map-title = Kaart van de 35 arbeidsmarktregio's, gekleurd naar de status van de netwerkcoördinator
site-map-hours = { $contracted } van { $required } benodigde uren per week
site-map-hours-unknown = onbekend aantal van { $required } benodigde uren per week
site-map-caption = De cijfers op de kaart zijn de CBS-codes (AM…). Regio's met gegevens zijn aanklikbaar; de tabel hieronder geeft hetzelfde in tekst.
site-staffing-caption = Bezetting en caseload per regio
site-col-required = benodigd (uur/week)
site-col-contracted = ingevuld (uur/week)
site-col-gap = tekort (fte)
site-col-funding = financiering
site-heatmap-heading = Ontwikkelthema's per regio
site-heatmap-legend = Aantal acties per thema (vervallen acties tellen niet). — betekent: geen enkele actie op dit thema.
site-theme-summary = { $actions ->
        [one] 1 actie
       *[other] { $actions } acties
    } in { $regions ->
        [one] 1 regio
       *[other] { $regions } regio's
    }; { $examples ->
        [one] 1 goed voorbeeld
       *[other] { $examples } goede voorbeelden
    } om te delen (bovenaan).
site-theme-no-actions = Nog geen acties op dit thema.
site-no-schools = Nog geen scholen vastgelegd.
site-knelpunt-open = Nog geen actie op dit knelpunt.
site-jaarplan = Jaarplan
site-jaarplan-period = { $start } tot en met { $end }.
site-not-submitted = Nog niet ter accordering voorgelegd.
site-needs-approval = De periode is begonnen en het jaarplan is nog niet geaccordeerd.
site-stuurgroep-heading = Stuurgroep per kwartaal
site-quarter = kwartaal { $number }
site-directies = Bijeenkomst met de directies
site-goal-progress = { $done } afgerond, { $active } lopend, { $planned } gepland
site-overdue-count = { $count } over tijd
site-overdue = over tijd
site-no-jaarplan = Nog geen jaarplan vastgelegd.

## import duo
import-file = { $path }: { $rows ->
    [one] 1 { $kind }-vestiging
   *[other] { $rows } { $kind }-vestigingen
}.
import-unassigned = { $count ->
    [one] 1 ligt
   *[other] { $count } liggen
} in een gemeente die het CBS niet kent: { $list }.
import-new-folders = { $count ->
    [one] Een nieuwe regiomap
   *[other] { $count } nieuwe regiomappen
}, met region.toml en schools.toml: { $list }.
import-left = { $count ->
    [one] 1 school staat
   *[other] { $count } scholen staan
} in schools.toml met een DUO-code die het bestand niet (meer) noemt; vsopro laat ze staan: { $list }.
import-added = { $count ->
    [one] 1 school
   *[other] { $count } scholen
} toegevoegd in { $regions ->
    [one] 1 regio
   *[other] { $regions } regio's
}.
import-nothing = Niets toe te voegen: elke vestiging staat er al.
import-preview = Voer de opdracht opnieuw uit met --write om { $count ->
    [one] 1 school
   *[other] { $count } scholen
} toe te voegen in { $regions ->
    [one] 1 regio
   *[other] { $regions } regio's
}.
import-status-added = toegevoegd
import-status-new = nieuw
import-status-skipped = al aanwezig (brin { $brin })
import-status-left = niet in het DUO-bestand; blijft staan
import-comment = uit DUO "{ $source }" ({ $brin })
import-region-comment = { $name } ({ $code }): gemaakt door `vsopro import duo` uit de open gegevens van DUO.
import-region-coordinator = De coördinator is uit DUO niet bekend: vul [coordinator] aan zodra u die kent.
import-unknown-value = onbekend
import-schools-comment = De scholen voor pro en vso in { $name }, uit de open gegevens van DUO (`vsopro import duo`).
duo-err-unknown-file = dit is geen bestand van DUO dat vsopro kent: verwacht "02. Alle vestigingen VO" (met ONDERWIJSSTRUCTUUR) of "09. Alle vestigingen SBO, SO en VSO" (met SOORT PRIMAIR ONDERWIJS en ONDERWIJS), gescheiden door `;`
duo-col-municipality-code = gemeentenummer
duo-col-sort = soort primair onderwijs
duo-col-education = onderwijs
duo-col-cluster = cluster

## staffing
staffing-summary = { $appointed } van de { $regions } regio's { $appointed ->
    [one] heeft
   *[other] hebben
} een benoemde coördinator; { $recruiting } in werving, { $exploring } in verkenning, { $without } zonder, { $unknown } onbekend.
staffing-schools = { $schools } scholen ({ $pro } pro, { $vso } vso) in { $with_data } van de { $regions } regio's: { $hours } uur per week, { $fte } fte, bij { $minutes } minuten per school en een werkweek van { $week } uur.
staffing-contracted = In contract: { $contracted } fte in de { $known } van de { $regions } regio's waar de uren bekend zijn; { $side ->
    [surplus] overschot daar { $gap } fte.
    [even] daar is het contract gelijk aan wat nodig is.
   *[shortfall] tekort daar { $gap } fte.
}
staffing-contracted-unknown = In contract: onbekend; van geen van de { $regions } regio's zijn de uren bekend, en onbekend telt niet als nul.
staffing-over-one = { $count ->
    [one] 1 regio heeft
   *[other] { $count } regio's hebben
} meer dan 1 fte nodig: { $names }.
staffing-unknown = onbekend

caseload-unit = Geteld per { $unit ->
    [institution] instelling (BRIN)
   *[other] vestiging
}: { $locations } vestigingen van { $institutions } instellingen{ $left_out ->
    [0] {""}
    [one] ; 1 school telt niet mee (caseload = false)
   *[other] ; { $left_out } scholen tellen niet mee (caseload = false)
}. De eenheid kiest u in vsopro.toml: [caseload] unit = "vestiging" of "instelling".
col-locations = vestigingen
col-institutions = instellingen

missing-reason-caseload = school `{ $id }` telt niet mee in de caseload (caseload = false) zonder reden
missing-reason-caseload-help = voeg `reason = "..."` toe, bijv. "DUO noemt hier vso, maar de locatie heeft alleen so"

unknown = onbekend
caseload-coverage = Het totaal gaat over { $count } van de { $regions } regio's: die met gegevens. Onbekende uren in contract maken het totaal onbekend, nooit nul.

site-need-heading = Benodigde inzet per regio
site-need-title = Kaart van de 35 arbeidsmarktregio's, gekleurd naar de benodigde uren van de netwerkcoördinator per week (werkweek { $week } uur)
site-need-region = { $hours } uur per week ({ $fte } fte) voor { $schools } scholen
site-need-band = { $from } tot { $to } uur per week ({ $from_fte }–{ $to_fte } fte)
site-need-band-last = { $from } uur per week of meer ({ $from_fte } fte of meer)
site-key-heading = De regio's op de kaarten

## codeowners
invalid-owner = `{ $owner }` is geen gebruiker (@naam), team (@organisatie/team) of e-mailadres
invalid-owner-label = geen eigenaar die een forge kent
invalid-owner-help = schrijf de gebruikersnaam op GitHub of GitLab met @ ervoor, bijv. "@jjansen", of een team als "@netwerk-vsopro/landelijk"
stale-codeowners = { $path } klopt niet meer met de eigenaren in de gegevens
stale-codeowners-help = `vsopro codeowners` schrijft het bestand opnieuw uit `owners` in region.toml en [codeowners] in vsopro.toml
code-invalid-owner = een eigenaar die geen gebruiker (@naam), team (@organisatie/team) of e-mailadres is
code-stale-codeowners = een CODEOWNERS-bestand dat niet klopt met de eigenaren in de gegevens
explain-invalid-owner =
    Een eigenaar in `owners` (region.toml) of in [codeowners] national (vsopro.toml) is geen gebruiker of team van een forge. GitHub en GitLab laten alleen wie in CODEOWNERS staat een wijziging van de regio goedkeuren; met een naam als "Jan Jansen" kunnen ze niets.

    Schrijf de gebruikersnaam met @ ervoor ("@jjansen"), een team als "@organisatie/team", of het e-mailadres waarmee iemand op de forge werkt.
explain-stale-codeowners =
    Het CODEOWNERS-bestand zegt iets anders dan de gegevens: een regio kreeg andere eigenaren, of het landelijk team veranderde. Dan keurt de forge wijzigingen goed door de verkeerde mensen.

    Voer `vsopro codeowners` uit: dat schrijft het bestand opnieuw uit de gegevens. Opmerkingen in het bestand tellen niet mee.

codeowners-header = Niet met de hand bewerken: voer het opnieuw uit na een wijziging van `owners` in region.toml of [codeowners] in vsopro.toml.
codeowners-written = { $path } geschreven: { $regions ->
    [one] 1 regio
   *[other] { $regions } regio's
} met eigen eigenaren; landelijk: { $national }.
codeowners-current = { $path } is al actueel.
col-regions = regio's
col-national = landelijk
col-changed = gewijzigd
err-foreign-codeowners = { $path } is niet door vsopro geschreven; vsopro vervangt het niet
err-foreign-codeowners-help = zet de regels erin over naar `owners` in region.toml en [codeowners] in vsopro.toml, en vervang het dan met `vsopro codeowners --force`
err-no-owners = de gegevens noemen geen eigenaren
err-no-owners-help = zet `owners = ["@gebruiker"]` in region.toml van een regio, of [codeowners] national = ["@organisatie/team"] in vsopro.toml
cli-codeowners-about = CODEOWNERS voor een gedeelde forge, uit de eigenaren van elke regio
cli-codeowners-examples =
    Voorbeelden:
      vsopro codeowners
      vsopro codeowners --force   (vervang een CODEOWNERS die vsopro niet schreef)

## Meetings
severity-hint = opmerking
hints = { $count ->
    [one] 1 opmerking
   *[other] { $count } opmerkingen
}
summary-hints = { " " }(en { $hints })
slot-planned = gepland
meeting-without-notes = het stuurgroepoverleg van { $date } heeft geen verslag
meeting-without-notes-label = gehouden, zonder `notes`
meeting-without-notes-help = zet de hoofdpunten in `notes` en de besluiten in `decisions = ["..."]`: het voortgangsverslag en het volgende overleg bouwen erop
code-meeting-without-notes = een gehouden stuurgroepoverleg zonder verslag
explain-meeting-without-notes =
    Een stuurgroepoverleg dat al is geweest, heeft geen `notes`. Het voortgangsverslag voor de stuurgroep en het jaarplan tonen wat er besproken en besloten is; zonder verslag blijft dat leeg. Dit is een opmerking, geen waarschuwing: het laat `check --deny-warnings` niet falen.

    Zet de hoofdpunten in `notes` en elk besluit als regel in `decisions`. Een overleg met een datum na vandaag is gepland en heeft nog geen verslag nodig.
meeting-planned-on = { $date } (gepland)
meetings-minutes = Verslagen en besluiten
meeting-heading = { $kind ->
    [stuurgroep] Stuurgroep
   *[other] Directies
}, { $date }
meeting-heading-planned = { $kind ->
    [stuurgroep] Stuurgroep
   *[other] Directies
}, { $date } (gepland)
meeting-decision = Besluit: { $decision }
entity-theme = thema
unknown-theme-choice = [[theme]] in jaarplan.toml: `{ $theme }` is geen ontwikkelthema
missing-reason-theme = thema `{ $id }` is niet gekozen voor dit jaar (addressed = false) zonder reden
missing-reason-theme-help = voeg `reason = "..."` toe: de foto en de site tonen het als keuze, met de reden
theme-declined = niet dit jaar: { $reason }
jaarplan-themes-declined = bewust niet dit jaar: { $themes }
invalid-goal-target = doel `{ $goal }`: target = { $value } is geen streefwaarde boven nul
invalid-goal-measurement = doel `{ $goal }`: een meting met value = { $value } ligt onder nul
invalid-goal-figure-label = geen aantal
invalid-goal-figure-help = schrijf een aantal, bijv. `target = 30` en `unit = "stageplekken"`, met metingen als `value = 12`
code-invalid-goal-figure = een `target` van een doel die niet boven nul ligt, of een gemeten `value` onder nul
explain-invalid-goal-figure =
    Een doel kan een streefwaarde hebben (`target`, met `unit` en `indicator`) en metingen (`[[goal.measurement]]` met `date`, `value` en `source`). Het jaarplan toont dan bijvoorbeeld "12 van 30 stageplekken (40%)" en de site een trendlijn. Een streefwaarde van nul of minder, of een meting onder nul, maakt zo'n percentage zinloos.

    Schrijf de streefwaarde als aantal boven nul en elke meting als aantal van nul of meer.
goal-target = streefwaarde: { $target } { $unit }
goal-attainment = { $value } van { $target } { $unit } ({ $percent }%, gemeten { $date })
goal-measured = gemeten: { $value } { $unit } op { $date }
goal-indicator = indicator: { $indicator }
goal-measurement = { $date }: { $value } { $unit }
goal-measurement-source = { " " }(bron: { $source })
col-target = streefwaarde
col-measured = laatste meting
col-percent = % van streefwaarde
site-trend = verloop van { $count } metingen
approved-change-period = periode { $approved } is nu { $now }
approved-change-goal-added = doel { $goal } toegevoegd
approved-change-goal-removed = doel { $goal } verwijderd
approved-change-goal-changed = doel { $goal } gewijzigd
approval-lapsed = accordering vervallen: gewijzigd na accordering van { $date } ({ $changes })
approval-lapsed-undated = accordering vervallen: gewijzigd na accordering ({ $changes })
approval-unbound = De accordering legt niet vast wat er geaccordeerd is; leg haar opnieuw vast met vsopro accordeer { $region }
approval-commit = Vastgelegd in commit { $commit }
approval-tag = tag { $tag }
approval-outdated = accordering vervallen: het jaarplan is gewijzigd na accordering van { $date }: { $changes }
approval-outdated-label = gewijzigd na accordering
approval-outdated-help = leg de wijziging voor aan de directies en leg hun accordering vast met `vsopro accordeer { $region } --by "..."`; of zet de wijziging terug
code-approval-outdated = een jaarplan waarvan de periode of de doelen zijn gewijzigd nadat de directies het accordeerden
explain-approval-outdated =
    `vsopro accordeer REGIO` legt bij de accordering vast wat er geaccordeerd is: de periode en van elk doel de tekst, de thema's, de streefwaarde en de gekoppelde acties (`[approval.fingerprint]`). Verslagen, besluiten en metingen horen er niet bij: die mogen veranderen.

    Is een van die onderdelen daarna gewijzigd, dan is de accordering vervallen. Het jaarplan, de foto, de site en de JSON-uitvoer zeggen dat dan ook, met wat er veranderde. Leg de wijziging voor aan de directies en leg hun nieuwe accordering vast, of zet de wijziging terug.
approve-unchanged = Het jaarplan is al geaccordeerd op { $date } door { $by }, zoals het nu is: niets gewijzigd.
approve-recorded = Accordering vastgelegd in { $file }: geaccordeerd op { $date } door { $by }, voor de periode en { $goals ->
    [one] 1 doel
   *[other] { $goals } doelen
}.
approve-renewed = Opnieuw geaccordeerd na: { $changes }.
approve-commit = Vastgelegd in git als commit { $commit }.
approve-no-git = Geen git: de accordering staat met haar vingerafdruk in het bestand; leg het zelf vast als je git gebruikt.
approve-tag = Tag { $tag } op die commit: `git show { $tag }` toont precies de geaccordeerde versie.
col-by = door
col-tag = tag
approve-fingerprint-comment =
    Wat de directies accordeerden; vsopro vergelijkt het met het plan.
    Geschreven door vsopro accordeer: niet zelf aanpassen.
foto-jaarplan = Jaarplan: { $status }
site-approval-lapsed = Accordering vervallen: gewijzigd na accordering van { $date }. Sindsdien veranderd:
site-approval-lapsed-undated = Accordering vervallen: gewijzigd na accordering. Sindsdien veranderd:
change-goal-target = ~ doel { $goal } streefwaarde: { $old } → { $new }
err-tag-needs-git = --tag heeft een git-repository nodig, en { $path } ligt er niet in
err-tag-needs-git-help = zonder git staat de accordering alleen in het bestand, met haar vingerafdruk: laat --tag weg
err-tag-needs-commit = --tag heeft een vastgelegde accordering nodig, maar { $path } heeft wijzigingen die nog niet in git zijn vastgelegd; er is niets geschreven
err-tag-needs-commit-help = leg die wijzigingen eerst vast (git commit), of laat --tag weg
err-edit-invalid = de wijziging zou { $count ->
    [one] een fout
   *[other] { $count } fouten
} geven in { $path }; er is niets geschreven
foto-knelpunt-resolved = { " " }— opgelost op { $date }
cli-voortgang-about = Het voortgangsverslag voor de stuurgroep: wat er veranderde sinds het laatste overleg, en waar het plan nu staat
cli-voortgang-examples =
    Voorbeelden:
      vsopro voortgang gooi-en-vechtstreek
      vsopro voortgang gooi-en-vechtstreek --since 2026-09-01 --format markdown > voortgang.md
cli-voortgang-arg-region = De regio (slug, code, officiële naam of andere spelling)
cli-voortgang-arg-since = De eerste dag van de periode (standaard: de dag na het laatste stuurgroepoverleg)
event-action-added = Nieuwe actie
event-action-started = Actie gestart
event-action-completed = Actie afgerond
event-action-dropped = Actie vervallen
event-action-reopened = Actie heropend
event-action-removed = Actie verwijderd
event-due-moved = Gereeddatum verschoven
event-knelpunt-added = Nieuw knelpunt
event-knelpunt-resolved = Knelpunt opgelost
event-knelpunt-removed = Knelpunt verwijderd
event-goal-changed = Doel gewijzigd
event-measurement-recorded = Meting
event-approved = Geaccordeerd
event-initiative-added = Nieuw in de foto
event-judged-relevant = Beoordeeld als relevant
event-judged-not-relevant = Beoordeeld als niet relevant
event-initiative-removed = Uit de foto verwijderd
event-school-added = School toegevoegd
event-school-removed = School verwijderd
voortgang-title = Voortgang { $region } ({ $code })
voortgang-period = Periode: { $from } tot en met { $to }
voortgang-period-meeting = Periode: { $from } tot en met { $to }, sinds het stuurgroepoverleg van { $meeting }
voortgang-period-plan = Periode: { $from } tot en met { $to }, sinds het begin van het jaarplan (nog geen stuurgroepoverleg gehouden)
voortgang-period-months = Periode: { $from } tot en met { $to }, de laatste drie maanden (geen jaarplan)
voortgang-from-git = Uit git: { $commits ->
    [one] 1 commit
   *[other] { $commits } commits
} in deze periode.
voortgang-no-git = Niet in git: alleen de huidige stand. Wat er in de periode veranderde, komt uit de git-geschiedenis van de regiobestanden.
voortgang-git-missing = git is niet geïnstalleerd: alleen de huidige stand.
voortgang-no-commits = De repository heeft nog geen commits: alleen de huidige stand.
voortgang-shallow = Ondiepe kloon: oudere commits ontbreken, de periode kan onvolledig zijn.
voortgang-uncommitted = Er zijn wijzigingen die nog niet in een commit staan; de huidige stand telt ze mee, de veranderingen niet.
voortgang-actions = Acties
voortgang-count = { $kind }: { $count }
voortgang-group = { $kind } ({ $count })
voortgang-item = { $id } — { $text }
voortgang-stamp = { " " }({ $date }, { $author }, { $commit })
voortgang-due-moved = { $id } — { $text }: { $old } → { $new }
voortgang-resolved = { $id } — { $text }, opgelost op { $date }
voortgang-measurement = doel { $id }: { $value } { $unit } op { $date }
voortgang-approved = jaarplan geaccordeerd op { $date } door { $by }
voortgang-entity = { $kind } { $name }
voortgang-overdue = Nu over de datum ({ $count })
voortgang-overdue-item = { $id } — { $text } (gereed { $due })
voortgang-none = geen
voortgang-knelpunten = Knelpunten
voortgang-no-knelpunt-changes = Geen nieuwe, opgeloste of verwijderde knelpunten.
voortgang-open-knelpunten = Open knelpunten zonder actie ({ $count })
voortgang-goals = Doelen
voortgang-no-goal-changes = Geen doelen gewijzigd en geen metingen vastgelegd.
voortgang-reapproval = Opnieuw accorderen nodig: { $lapsed }. Leg het plan voor aan de directies en leg hun accordering vast met vsopro accordeer { $region }.
voortgang-goals-now = Stand nu
voortgang-goal-actions = ; acties: { $done } afgerond, { $active } lopend, { $planned } gepland, { $overdue } over de datum
voortgang-foto = Overlegtafels, plannen, projecten en scholen
voortgang-meetings = Overleggen in deze periode
voortgang-no-meetings = Geen overleg gehouden in deze periode.
voortgang-next = Volgend stuurgroepoverleg
voortgang-next-planned = Gepland op { $date }.
voortgang-next-unplanned = Nog niet gepland: kwartaal { $quarter } van het jaarplan loopt tot en met { $end }.
voortgang-next-none = Het jaarplan heeft geen kwartaal meer voor een stuurgroepoverleg.
voortgang-csv-overdue = Nu over de datum
voortgang-csv-open-knelpunt = Open knelpunt zonder actie
voortgang-csv-goal = Stand van het doel
voortgang-csv-meeting = Overleg gehouden
col-entity = onderdeel
col-text = omschrijving
col-old = was
col-new = wordt
err-out-exists = { $path } bestaat al
err-out-exists-help = kies een andere naam, of geef --force om het bestand te vervangen
err-out-format = vsopro weet niet welk formaat { $path } moet worden
err-out-format-help = de extensie kiest het formaat: { $extensions }
err-out-protected = { $path } is een map of ligt binnen regions/, waar de gegevens staan
err-out-protected-help = schrijf het document buiten regions/, bijvoorbeeld `documenten/foto.docx`
out-written = Geschreven: { $path }
out-footer = Gemaakt met vsopro op { $date }.
out-footer-commit = Gemaakt met vsopro op { $date }, uit de gegevens van commit { $commit }.
out-footer-dirty = Gemaakt met vsopro op { $date }, uit de gegevens van commit { $commit } met wijzigingen die nog niet zijn vastgelegd.
title-caseload = Caseload
title-staffing = Bezetting
title-themes = Ontwikkelthema's
title-regions = Regio's
title-check = Controle
cli-value-file = BESTAND
err-no-pdf = deze vsopro is gebouwd zonder PDF, dus { $path } kan niet worden gemaakt
err-no-pdf-help = bouw vsopro met de standaardfuncties (zonder --no-default-features), of kies .docx of .html
pdf-header = Netwerk vso/pro
pdf-header-region = Netwerk vso/pro { $region } ({ $code })
pdf-pages = pagina {"{"}page{"}"} van {"{"}total{"}"}
pdf-lapsed = Let op: { $lapsed }.
pdf-approval-heading = Accordering door de directies
pdf-approval-period = Periode
pdf-approval-period-value = { $start } tot en met { $end }
pdf-approval-fingerprint = Vingerafdruk
pdf-approval-date = Datum
pdf-approval-by = Door
pdf-approval-recorded = De directies accordeerden deze versie: de vingerafdruk van de periode en de doelen is dezelfde als bij de accordering.
pdf-approval-open = De vingerafdruk staat voor de periode en de doelen van deze versie. Na de accordering legt `vsopro accordeer { $region } --by "..."` haar vast met dezelfde vingerafdruk.
serve-unshared = { $count ->
    [one] 1 wijziging nog niet gedeeld
   *[other] { $count } wijzigingen nog niet gedeeld
}
serve-all-shared = alles gedeeld
serve-share = Delen en ophalen
serve-share-message = Wat wijzigde u met de hand?
hub-mine = { $count ->
    [one] Mijn regio:
   *[other] Mijn regio's:
}
hub-read-only-here = Deze regio kunt u alleen lezen
serve-workbench = Werkbank
serve-read-only = alleen lezen
serve-problems-link = { $count ->
    [0] geen meldingen
    [one] 1 melding
   *[other] { $count } meldingen
}
serve-problems-title = Meldingen
serve-no-problems = Geen meldingen: de gegevens zijn in orde.
serve-region-problems = { $count ->
    [one] 1 melding in deze regio
   *[other] { $count } meldingen in deze regio
}
serve-help = Tip: { $help }
err-serve = de werkbank kan niet starten: { $reason }
err-serve-help = kies een andere poort met --port, bijvoorbeeld --port 0 voor een vrije
serve-url = Werkbank: { $url }
serve-stop = Open de link in uw browser; stop met Ctrl+C.
serve-stop-window = Sluit dit venster om de werkbank te stoppen.
launch-no-data-title = vsopro: nog geen gegevens
launch-no-data =
    <h1>Welkom bij vsopro</h1>
    <p>vsopro zoekt de gegevens van uw regio in de map waarin het programma staat, of in een map daarboven: een map met <code>vsopro.toml</code> of een map <code>regions</code>. In deze map is die er nog niet:</p>
    <p><code>{ $folder }</code></p>
    <h2>Zo begint u</h2>
    <ol>
    <li>Heeft u al een gegevensmap (van uw collega's, of uit de landelijke repository)? Zet <code>vsopro.exe</code> in die map en dubbelklik er daar op.</li>
    <li>Begint u een nieuwe regio? Open PowerShell of de opdrachtprompt in deze map en typ <code>vsopro init "Naam van uw regio"</code>, bijvoorbeeld <code>vsopro init Zeeland</code>. Dubbelklik daarna opnieuw op <code>vsopro.exe</code>.</li>
    </ol>
    <p>De handleiding beschrijft elke stap. U kunt dit venster en het zwarte venster van vsopro nu sluiten.</p>
serve-host-warning = let op: de werkbank luistert op { $host }, dus ook andere computers kunnen haar bereiken (met de link)
serve-refused-host = Deze werkbank hoort bij een ander adres.
serve-refused-origin = Een verzoek van een andere website is geweigerd.
serve-refused-token = Open de werkbank met de link die vsopro serve toonde.
serve-refused-size = Het verzoek is te groot.
serve-timeout = Het duurde te lang om dit verzoek te beantwoorden. Probeer het opnieuw.
serve-refused-read-only = De werkbank is alleen om te lezen (--read-only): er kan niets worden gewijzigd.
serve-refused-method = Dit soort verzoek kent de werkbank niet.
serve-not-found = Deze pagina bestaat niet.
error-page-title = { $status ->
    [404] Niet gevonden
    [403] Geen toegang
    [409] Intussen gewijzigd
    [413] Te groot
    [500] Er ging iets mis
   *[other] Niet gelukt
}
error-back = Terug naar het begin
round-no-jaarplan = { $region } heeft nog geen jaarplan. De directies kunnen pas over het plan stemmen als het er is.
error-to-region = Naar de regiopagina
technical-details = Technische details
cli-serve-about = De werkbank: een lokale webapp over de gegevens, met elke melding
cli-serve-examples =
    Voorbeelden:
      vsopro serve
      vsopro serve --port 8040 --open
      vsopro serve --read-only
cli-serve-arg-port = De poort (0: een vrije)
cli-serve-arg-host = Het adres om op te luisteren; alles behalve 127.0.0.1 laat andere computers binnen
cli-serve-arg-read_only = Alleen de pagina's: geen formulieren, elke wijziging geweigerd
cli-serve-arg-open = Open de werkbank in de browser
cli-value-address = ADRES
serve-status-label = status
serve-save = Opslaan
serve-stale = Het bestand is gewijzigd sinds u de pagina opende — laad de pagina opnieuw en probeer het nog eens.
serve-refused-csrf = Het formulier is verlopen of komt niet van deze werkbank — laad de pagina opnieuw.
serve-bad-form = Het formulier is niet volledig ingevuld.
serve-refused-invalid = Niet opgeslagen: de wijziging zou een fout in de gegevens geven.
serve-meeting-taken = Er is al een verslag van dit overleg op { $date }. Vul het aan met "bewerken" bij dat overleg; zo gaat er niets verloren.
serve-measurement-taken = Dit doel heeft al een meting op { $date }. Pas die aan met "bewerken" bij de metingen, of kies de datum van deze meting.
serve-saved-committed = Opgeslagen en vastgelegd op uw naam: { $message }
serve-saved = Opgeslagen: { $message }
serve-saved-uncommitted = Opgeslagen, maar niet vastgelegd in git: { $file } had al wijzigingen die nog niet waren vastgelegd; leg ze samen vast.
serve-commit-failed = Niet opgeslagen: git kon de wijziging niet vastleggen ({ $reason }), dus het bestand is teruggezet. Stel uw naam en e-mailadres in met `git config --global user.name "Uw Naam"` en `git config --global user.email u@example.org`, of start de werkplaats met --no-git.
serve-not-toml = Niet opgeslagen: het bestand is geen geldige TOML ({ $reason }). De pagina Meldingen zegt wat er mis is; herstel het bestand eerst.
commit-action-status = { $status ->
    [done] Actie '{ $id }' afgerond
    [active] Actie '{ $id }' gestart
    [dropped] Actie '{ $id }' vervallen
   *[other] Actie '{ $id }' weer gepland
}
cli-serve-arg-no_git = Schrijf wijzigingen zonder ze in git vast te leggen
serve-measure-date = meting op
serve-measure-value = waarde
serve-measure-source = bron
serve-measure-save = Meting vastleggen
commit-measurement = Meting voor doel '{ $id }' vastgelegd: { $value } op { $date }
serve-meeting-heading = Overleg vastleggen
serve-meeting-kind = overleg
serve-meeting-date = datum
serve-meeting-notes = verslag
serve-meeting-decisions = besluiten (één per regel)
serve-meeting-save = Overleg vastleggen
commit-meeting = { $kind ->
    [stuurgroep] Stuurgroepoverleg
   *[other] Overleg met de directies
} van { $date } vastgelegd
serve-approve-by = geaccordeerd door (wie of welk overleg)
serve-approve-date = op
serve-approve-save = Accordering vastleggen
serve-approve-fingerprint = vingerafdruk van deze versie: { $fingerprint }
serve-approve-refused = Niet geaccordeerd: de gegevens van de regio hebben fouten; los ze eerst op.
site-knelpunt-resolved = opgelost op { $date }
serve-resolved-on = opgelost op
serve-resolved-save = Knelpunt opgelost
commit-reapplied = { $subject } (opnieuw toegepast na een conflict)
commit-knelpunt-resolved = Knelpunt '{ $id }' opgelost op { $date }
serve-unchanged = Niets gewijzigd: het formulier was gelijk aan het bestand.
commit-record-added = { $kind }{ $id } toegevoegd
commit-record-changed = { $kind }{ $id } gewijzigd: { $fields }
commit-record-removed = { $kind } '{ $name }' verwijderd
commit-record-restored = { $kind } '{ $name }' teruggezet zoals het was
commit-record-restored-body = Ongedaan gemaakt: { $commit }
commit-approve = Jaarplan van { $region } geaccordeerd door { $by } op { $date }

    Vastgelegd door vsopro, met een vingerafdruk van de geaccordeerde periode en doelen.
commit-approve-tag = Jaarplan van { $region } geaccordeerd door { $by } op { $date }
commit-outcomes = { $count ->
    [one] Uitstroom { $year } van { $school } vastgelegd
   *[other] Uitstroom { $year } van { $count } scholen in { $region } vastgelegd
}
commit-add-schools = { $count ->
    [one] Eén school
   *[other] { $count } scholen
} van { $region } toegevoegd uit de open data van DUO
form-coordinator = netwerkcoördinator
form-stale = { $who } heeft dit record gewijzigd nadat u het formulier opende{ $when }. Er is niets opgeslagen en niets verloren: hieronder staat uw invoer, en bij elk veld waar het bestand nu iets anders bevat, staat wat er nu staat. Neem over wat u van de ander wilt houden en sla opnieuw op.
form-stale-someone = Iemand anders
form-stale-removed = Dit record is verwijderd nadat u het formulier opende; er is niets opgeslagen. Ga terug naar de regiopagina.
form-other-now = Nu in het bestand (gewijzigd door een ander):
form-yes = ja
form-no = nee
form-empty = (leeg)
form-back = ← Terug naar de regio
form-cancel = Annuleren
form-heading-new = { $kind } toevoegen
form-heading-edit = { $kind } '{ $id }' bewerken
form-heading-coordinator = Gegevens van de netwerkcoördinator
form-heading-one = { $kind } bewerken
form-submit-new = { $kind } toevoegen
form-file-broken = Dit formulier kan niet worden geopend: { $file } is geen geldige TOML. De pagina Meldingen zegt wat er mis is; herstel het bestand eerst.
form-edit = bewerken
form-edit-coordinator = gegevens bewerken
history-heading = Geschiedenis van { $kind } '{ $name }'
history-intro = Elke wijziging, de nieuwste eerst: wie, wanneer en wat er veranderde.
history-when = { $date }, { $time }
history-link = geschiedenis
changes-heading = Wijzigingen in { $region }
changes-intro = De wijzigingen van de laatste { $days } dagen, de nieuwste eerst.
changes-none = Geen wijzigingen in deze periode.
changes-other = Een wijziging buiten de formulieren (zoals de accordering of een stem).
change-added = { $name ->
    [none] { $kind } toegevoegd
   *[other] { $kind } '{ $name }' toegevoegd
}
change-changed = { $name ->
    [none] { $kind } gewijzigd
   *[other] { $kind } '{ $name }' gewijzigd
}
change-removed = { $name ->
    [none] { $kind } verwijderd
   *[other] { $kind } '{ $name }' verwijderd
}
undo-submit = Ongedaan maken
undo-ask = Na deze wijziging is '{ $name }' nog een keer gewijzigd. Als u deze wijziging ongedaan maakt, verdwijnen ook die latere wijzigingen.
undo-anyway = Toch ongedaan maken
undo-refused = Dit kan niet ongedaan worden gemaakt: de gegevens zouden daarna niet kloppen.
changes-page-link = Wijzigingen
remove-heading = { $kind } '{ $name }' verwijderen
remove-question = Weet u zeker dat u '{ $name }' ({ $kind }) wilt verwijderen? De wijziging staat daarna op uw naam in de geschiedenis van de regio.
remove-submit = Verwijderen
remove-refused = '{ $name }' kan nu niet worden verwijderd: er wordt nog naar verwezen.
remove-refers = Dit verwijst ernaar:
remove-refused-fix = Pas eerst aan wat ernaar verwijst; daarna kunt u het verwijderen.
remove-refers-file = { $file } (dit kan nu alleen de beheerder van de gegevens aanpassen)
remove-refers-elsewhere = Elders in de gegevens van de regio
file-words-other = de gegevens
problem-place-field = { $form }: het veld "{ $field }"
problem-place = { $form }
file-words-region = de gegevens van de regio: de stuurgroep, de gemeenten en de netwerkcoördinator
file-words-schools = de scholen van de regio
file-words-overlegtafels = de overlegtafels van de regio
file-words-actions = de knelpunten, plannen en acties van de regio
file-words-jaarplan = het jaarplan van de regio
file-words-uitstroom = de uitstroomcijfers van de regio
file-words-practices = de goede voorbeelden uit openbare bronnen
remove-back-to-form = Terug naar het formulier
remove-stale = Iemand heeft dit intussen gewijzigd. Kijk of u het nog steeds wilt verwijderen.
form-remove = Verwijderen…
form-already-done = Dit formulier was al verstuurd; het is één keer verwerkt.
form-history = Geschiedenis
form-edit-jaarplan = titel en periode bewerken
form-begin-jaarplan = Jaarplan beginnen
form-add-goal = + Doel toevoegen
form-add-theme = + Thema dat dit jaar niet aan bod komt
goal-measurements = { $count ->
    [one] 1 meting
   *[other] { $count } metingen
}
form-add-action = + Actie toevoegen
form-add-knelpunt = + Knelpunt toevoegen
form-add-overlegtafel = + Overlegtafel toevoegen
form-add-plan = + Plan toevoegen
form-add-project = + Project toevoegen
form-add-development = + Ontwikkeling toevoegen
form-add-school = + School toevoegen
form-error-required = Vul dit veld in.
form-error-too-long = Dit is te lang: hoogstens { $max } tekens.
form-error-choice = '{ $value }' is geen van de mogelijkheden; kies er een uit de lijst.
form-error-date = '{ $value }' is geen datum; schrijf hem als jjjj-mm-dd, bijvoorbeeld 2026-12-01.
form-error-integer = '{ $value }' is geen geheel getal.
form-error-number = '{ $value }' is geen getal; schrijf bijvoorbeeld 16 of 12,5.
form-error-id-taken = Deze id is al in gebruik; kies een andere of laat het veld leeg.
form-error-key-taken = Dit staat er al: er is er al een met dezelfde gegevens. Pas dat aan of kies iets anders.
form-error-id-invalid = Een id bestaat uit kleine letters, cijfers en streepjes, hoogstens { $max } tekens, bijv. stagebank-techniek. Laat het veld leeg en vsopro maakt er een van de naam.
form-role-a = A — netwerkregisseur
form-role-b = B — vertegenwoordiger
form-role-c = C — regionale foto
form-role-d = D — kennismakelaar
form-role-e = E — ontwikkelthema
form-kind-pro = praktijkonderwijs (pro)
form-kind-vso = voortgezet speciaal onderwijs (vso)
form-profile-vervolgonderwijs = vervolgonderwijs
form-profile-arbeidsmarktgericht = arbeidsmarktgericht
form-profile-dagbesteding = dagbesteding
form-id-summary = Korte naam (niet verplicht)
form-field-id = Id
form-hint-id = Korte naam in kleine letters met streepjes, waarmee andere gegevens ernaar verwijzen. Leeg laten: vsopro maakt hem uit de naam. Later niet meer te wijzigen.
form-field-title = Titel
form-field-text = Omschrijving
form-field-regional-plan = Regionaal plan waarop het aansluit
form-field-doel-text = Doel
form-field-actions = Acties die eraan werken
form-field-target = Streefwaarde
form-field-unit = Eenheid (bijvoorbeeld stageplekken)
form-field-indicator = Hoe de voortgang gemeten wordt
form-field-measure = Gemeten met de uitstroomcijfers
form-field-thema-id = Thema
form-hint-thema-id = Het thema dat de regio dit jaar niet oppakt; zeg hieronder waarom.
form-field-addressed = De regio pakt dit thema dit jaar op
form-field-thema-reason = Waarom niet dit jaar
form-field-overleg-kind = Overleg met
form-field-date = Datum
form-field-notes = Verslag (de hoofdpunten)
form-field-decisions = Besluiten
form-field-value = Gemeten waarde
form-field-meting-source = Waar het cijfer vandaan komt
form-field-name = Naam
form-field-themes = Thema's
form-field-role = Rol van de netwerkcoördinator
form-field-addresses = Pakt deze knelpunten aan
form-hint-addresses = Ctrl-klik (Cmd-klik op een Mac) om er meer dan één te kiezen.
form-field-schools = Scholen
form-hint-schools = Ctrl-klik (Cmd-klik op een Mac) om er meer dan één te kiezen.
form-field-overlegtafel = Overlegtafel
form-field-owner = Eigenaar
form-field-status = Status
form-field-due = Klaar op
form-field-funding = Financiering
form-field-example = Goed voorbeeld om te delen met de andere regio's
form-field-resolved = Opgelost op
form-field-level = Niveau
form-field-organizer = Organisator
form-field-partners = Partners
form-hint-lines = Eén per regel.
form-field-frequency = Frequentie
form-field-relevant = Relevant voor pro en vso
form-field-reason = Reden
form-hint-reason = Nodig als het niet relevant is of niet meetelt.
form-field-represented-by = Vertegenwoordigd door
form-field-start = Begin
form-field-end = Einde
form-field-kind = Soort
form-field-brin = Brin (met locatie), bijvoorbeeld 12AB00
form-field-municipality = Gemeente
form-field-board = Bestuur
form-field-students = Leerlingen
form-field-profiles = Uitstroomprofielen (vso)
form-field-cluster = Cluster (vso, 1–4)
form-field-caseload = Telt mee in de caseload
form-field-hours-per-week = Uren per week
form-field-since = In functie sinds
form-field-scale = Salarisschaal
cli-arg-out = Schrijf het overzicht naar BESTAND; de extensie kiest het formaat (.pdf, .docx, .xlsx, .html, .md, .csv, .json, .txt); bij `schema` de map voor de schema's
cli-arg-force = Vervang wat er al is: het bestand van --out, een site die vsopro eerder maakte, een CODEOWNERS die vsopro niet schreef
cli-accordeer-about = Leg de accordering van het jaarplan door de directies vast, met een vingerafdruk van wat ze accordeerden; in git ook als commit
cli-accordeer-arg-region = De regio (slug, code, officiële naam of andere spelling)
cli-accordeer-arg-by = Wie accordeerde (bijv. "Directies pro en vso")
cli-accordeer-arg-date = De datum van de accordering (standaard: --today)
cli-accordeer-arg-tag = In git: een tag met toelichting op de commit van de accordering (ondertekend als je git tags ondertekent)
cli-site-arg-folder = De map voor de site (nieuw, leeg, of een site die vsopro maakte; met --force vervangen)
cli-err-out-not-here = --out: `vsopro { $command }` maakt geen overzicht om te schrijven
cli-err-out-not-here-help = laat --out weg; de overzichten (check, foto, jaarplan, voortgang, caseload, themes, staffing, …) schrijven een document met --out BESTAND
cli-err-round-needs = `--round { $what }` heeft { $arg } nodig
cli-err-round-needs-help = Bijvoorbeeld: vsopro jaarplan gorinchem --round extend --deadline 2027-01-15, of --round withdraw --by "A. Jansen" --reason "Het plan wordt herzien".
cli-err-force-needs-out = --force vervangt het bestand van --out, maar er is geen --out gegeven
cli-err-force-needs-out-help = geef --out BESTAND, of laat --force weg
cli-accordeer-examples =
    Voorbeelden:
      vsopro accordeer gooi-en-vechtstreek --by "Directies pro en vso" --date 2026-09-15
      vsopro accordeer gooi-en-vechtstreek --by "Directies pro en vso" --tag
    
    Ook als `vsopro approve`, en als `vsopro jaarplan REGIO --approve --by …`.
fix-in-form-field = In het formulier { $form }, bij "{ $field }": { $fix }
fix-in-form = In het formulier { $form }: { $fix }
fix-toml-syntax = dit is een fout in de tekst van { $file } zelf, en een formulier kan dat bestand pas openen als het hersteld is: open het bestand (zie de technische details) in een teksteditor, zoals Kladblok, en herstel die regel.
fix-curly-quotes = vervang in { $file } de krullende aanhalingstekens (“ ”, zoals Word ze zet) door rechte ("), in een teksteditor; zolang ze er staan kan geen formulier het bestand openen.
fix-unreadable-file = sla { $file } op als tekst in UTF-8 (in Kladblok: Opslaan als, codering UTF-8).
fix-unknown-key = dit gegeven is onbekend: haal het weg uit { $file } in een teksteditor, of kijk of het een tikfout is voor een veld van het formulier.
fix-wrong-type = vul het in zoals het veld het vraagt: een getal, een datum of een tekst.
fix-missing-key = vul dit verplichte veld in.
fix-invalid-value = kies een van de mogelijkheden uit de lijst.
fix-invalid-date = kies een datum met de datumkiezer.
fix-end-before-start = zet de einddatum na de begindatum.
fix-empty-id = geef het een naam (id) met minstens één letter of cijfer.
fix-invalid-id = geef het een id van kleine letters, cijfers en streepjes, bijv. "pro-de-brug".
fix-duplicate-id = een ander heeft deze naam (id) al: geef dit een eigen naam, bij het toevoegen in het veld "id".
fix-unknown-reference = kies er een die bestaat uit de lijst, of voeg die eerst toe.
fix-unknown-region = deze map hoort bij geen arbeidsmarktregio: de beheerder van de gegevens geeft hem de naam van een van de 35 arbeidsmarktregio's.
fix-region-name-mismatch = zet in { $file } de officiële naam van de regio; de regio heeft daar geen formulier voor.
fix-region-code-mismatch = zet in { $file } de CBS-code van de regio, of laat de code weg; de regio heeft daar geen formulier voor.
fix-vso-only-field = laat uitstroomprofielen en cluster leeg bij een pro-school, of kies als soort vso.
fix-invalid-cluster = vul cluster 1, 2, 3 of 4 in.
fix-invalid-brin = vul de BRIN in als 2 cijfers en 2 letters (bijv. 12AB), eventueel met de 2 cijfers van de vestiging (12AB00).
fix-negative-count = vul een aantal van 0 of meer in.
fix-invalid-hours = vul een aantal uren per week van 0 tot 60 in.
fix-empty-themes = vink minstens één thema aan.
fix-unknown-theme = vink een of meer van de zeven ontwikkelthema's aan.
fix-missing-reason = zeg bij "Reden" waarom het niet relevant is.
fix-invalid-goal-figure = een streefwaarde moet boven nul liggen en een meting op nul of hoger: pas de streefwaarde aan in het formulier van het doel, en de meting in het formulier van de meting.
fix-invalid-setting = pas { $file } aan in een teksteditor: de landelijke instellingen hebben geen formulier.
fix-invalid-owner = schrijf een eigenaar als @gebruiker, @organisatie/team of e-mailadres, in { $file }.
fix-missing-file = voeg het eerste gegeven toe met de knop "+ … toevoegen" op de regiopagina; vsopro maakt het bestand dan aan.
fix-missing-jaarplan = begin het jaarplan met de knop "Jaarplan beginnen" op de regiopagina.
fix-empty-region = de beheerder van de gegevens begint de regio (met de eerste gegevens), of haalt de lege map weg.
fix-stray-file = vsopro leest dit niet: verwijder het of zet het buiten de map regions.
fix-overdue-action = zet de status op afgerond of vervallen, of schuif de gereeddatum op.
fix-municipality-not-in-region = kies een gemeente van deze regio uit de lijst.
fix-uncovered-theme = voeg een actie toe voor deze thema's (+ Actie toevoegen), of leg in het jaarplan vast dat ze dit jaar niet aan de orde zijn.
fix-unapproved-jaarplan = leg het plan voor aan de directies met een accorderingsronde (op de pagina van de ronde), of leg hun akkoord vast met het formulier "Accordering vastleggen".
fix-approval-outdated = het plan veranderde na de accordering: leg het opnieuw voor en leg het akkoord vast met het formulier "Accordering vastleggen" bij het jaarplan.
fix-missed-meeting = leg het overleg vast met het formulier "Overleg vastleggen" bij het jaarplan.
fix-stale-codeowners = de beheerder van de gegevens maakt de lijst met eigenaars van de regio's opnieuw; die lijst heeft geen formulier.
fix-meeting-without-notes = vul het verslag in: wat er besproken en besloten is.
fix-possible-bsn = haal dit nummer weg: persoonsgegevens van leerlingen horen niet in de gegevens.
serve-fix-link = naar het formulier
frequency-every = { $every ->
    [week] wekelijks
    [two-weeks] tweewekelijks
    [month] maandelijks
    [six-weeks] zeswekelijks
    [quarter] per kwartaal
    [half-year] halfjaarlijks
   *[year] jaarlijks
}
frequency-times = { $times }x per { $per ->
    [week] week
    [month] maand
    [quarter] kwartaal
   *[year] jaar
}
code-personal-data = een sleutel in uitstroom.toml die een leerling zou aanwijzen (een naam, een geboortedatum, een BSN): het bestand bevat alleen aantallen
code-invalid-outcome-count = een aantal in uitstroom.toml onder nul
code-outcome-over-total = bestemmingen, of een stand na een of twee jaar, die samen meer zijn dan het aantal uitstromers
code-outcome-under-total = bestemmingen die samen minder zijn dan het aantal uitstromers: het verschil telt als onbekend
code-invalid-school-year = een schooljaar dat niet JJJJ-JJJJ van twee opeenvolgende jaren is, of dat nog niet begonnen is
code-duplicate-outcome = dezelfde school en hetzelfde schooljaar twee keer in uitstroom.toml
code-more-leavers-than-pupils = een jaar met meer uitstromers dan de school leerlingen heeft
subject-outcome = de uitstroom van { $year }
personal-data = `{ $key }` hoort niet in uitstroom.toml: dat bestand bevat alleen aantallen, nooit gegevens van een leerling
personal-data-label = persoonsgegeven
personal-data-help = haal deze sleutel weg: uitstroom.toml telt hoeveel leerlingen waarheen gingen, per school en schooljaar; namen, geboortedata en BSN blijven op school (git bewaart elke versie)
invalid-outcome-count = `{ $key } = { $value }` bij { $school } ({ $year }) kan niet negatief zijn
invalid-outcome-count-label = onder nul
invalid-outcome-count-help = schrijf het aantal als 0 of meer, of laat `{ $key }` weg als het nul is
outcome-over-total = de bestemmingen van { $school } ({ $year }) tellen op tot { $sum }, meer dan de { $leavers } uitstromers
outcome-over-total-label = meer dan het aantal uitstromers
outcome-over-total-help = tel de bestemmingen na: elke uitstromer telt bij precies één bestemming, bij twijfel bij `onbekend`
outcome-follow-up-over-total = de stand na { $years } jaar van { $school } ({ $year }) telt { $sum } leerlingen, meer dan de { $leavers } uitstromers
outcome-follow-up-over-total-help = de stand na een of twee jaar volgt dezelfde uitstromers: samen zijn het er hooguit zoveel als er uitstroomden
outcome-under-total = de bestemmingen van { $school } ({ $year }) tellen op tot { $sum } van de { $leavers } uitstromers: { $rest } telt als onbekend
outcome-under-total-label = { $leavers } uitstromers
outcome-under-total-help = zet de { $rest } die ontbreken bij hun bestemming, of schrijf `onbekend = { $rest }` als hun bestemming niet bekend is
invalid-school-year = schooljaar `{ $year }` van { $school } is geen schooljaar
invalid-school-year-label = geen JJJJ-JJJJ van twee opeenvolgende jaren
invalid-school-year-help = schrijf het schooljaar waarin ze uitstroomden als twee opeenvolgende jaren, bijv. `year = "2025-2026"`
future-school-year = schooljaar `{ $year }` van { $school } is nog niet begonnen
future-school-year-help = uitstroom telt u na het schooljaar; het lopende schooljaar is { $current }
duplicate-outcome = { $school } heeft de uitstroom van { $year } twee keer
duplicate-outcome-again = nog een keer
duplicate-outcome-first = hier voor het eerst
duplicate-outcome-help = houd één [[uitstroom]] per school en schooljaar: tel ze samen, of corrigeer het jaar van een van beide
more-leavers-than-pupils = { $school } heeft in { $year } { $leavers } uitstromers, meer dan de { $students } leerlingen in schools.toml
more-leavers-than-pupils-label = meer dan de school leerlingen heeft
more-leavers-than-pupils-help = kijk of het aantal uitstromers of het aantal leerlingen (`students` in schools.toml) klopt
explain-personal-data =
    Een sleutel in uitstroom.toml die over één leerling zou gaan: een naam, een geboortedatum, een BSN, een adres. uitstroom.toml bevat per school en schooljaar alleen aantallen: hoeveel leerlingen waarheen gingen. Gegevens van een leerling horen daar nooit in: git bewaart elke versie, ook nadat u ze weghaalt, en de cijfers gaan verder dan de school.

    Haal de sleutel weg. De school houdt haar eigen administratie; vsopro telt.
explain-invalid-outcome-count =
    Een aantal in uitstroom.toml onder nul. Een aantal leerlingen kan niet negatief zijn; het is een tik- of rekenfout.

    Schrijf 0 of meer, of laat de bestemming weg als er niemand heen ging.
explain-outcome-over-total =
    De bestemmingen (werk, mbo, dagbesteding, …) tellen op tot meer dan het aantal uitstromers, of de stand na een of twee jaar telt meer leerlingen dan er uitstroomden. Elke uitstromer telt bij precies één bestemming.

    Tel de bestemmingen na; wie u niet kunt plaatsen telt bij `onbekend`.
explain-outcome-under-total =
    De bestemmingen tellen op tot minder dan het aantal uitstromers. vsopro telt het verschil als onbekend, en zegt dat hier. Dit is een hint: het laat een controle niet mislukken.

    Zet de ontbrekende leerlingen bij hun bestemming, of schrijf het verschil bij `onbekend`, dan staat het er met zoveel woorden.
explain-invalid-school-year =
    Een schooljaar moet twee opeenvolgende jaren zijn, als "2025-2026", en moet begonnen zijn: uitstroom telt u na afloop van het schooljaar waarin de leerlingen vertrokken.

    Schrijf het schooljaar waarin ze uitstroomden.
explain-duplicate-outcome =
    Dezelfde school en hetzelfde schooljaar staan twee keer in uitstroom.toml. Dan telt elke uitstromer mogelijk dubbel.

    Houd één [[uitstroom]] per school en schooljaar: tel ze samen, of corrigeer het jaar.
explain-more-leavers-than-pupils =
    Een jaar met meer uitstromers dan de school leerlingen heeft (`students` in schools.toml). Dat kan niet: een van beide getallen klopt niet.

    Controleer het aantal uitstromers en het aantal leerlingen.
fix-personal-data = haal dit gegeven weg uit { $file }: het bestand telt alleen hoeveel leerlingen waarheen gingen, nooit wie.
fix-invalid-outcome-count = vul een aantal van 0 of meer in.
fix-outcome-over-total = tel de bestemmingen na: samen zijn ze hooguit het aantal uitstromers.
fix-outcome-under-total = vul de ontbrekende leerlingen in bij hun bestemming, of bij "onbekend".
fix-invalid-school-year = kies het schooljaar waarin ze uitstroomden, als 2025-2026.
fix-duplicate-outcome = houd één telling per school en schooljaar.
fix-more-leavers-than-pupils = controleer het aantal uitstromers, of het aantal leerlingen van de school.
title-uitstroom = Uitstroom
title-uitstroom-region = Uitstroom { $name } ({ $code })
uitstroom-exact = Exacte aantallen, voor gebruik binnen de regio. Buiten de regio (de site, landelijke overzichten, stukken over meer regio's) worden kleine aantallen afgeschermd.
uitstroom-protected = Kleine aantallen zijn afgeschermd, zoals het CBS dat doet: een aantal van 1 tot en met 4 staat als "< 5", een aandeel ontbreekt bij minder dan 10 leerlingen, en "x" verbergt een aantal waaruit een afgeschermd aantal terug te rekenen zou zijn.
uitstroom-none = Er zijn nog geen uitstroomcijfers: een school vult ze in uitstroom.toml in, per schooljaar (zie de handleiding).
uitstroom-none-web = Er zijn nog geen uitstroomcijfers. Vul ze per school en schooljaar in met de knop hieronder.
uitstroom-per-school = Per school
uitstroom-per-region = Per regio
uitstroom-national-heading = Landelijk
uitstroom-national = landelijk
uitstroom-legend = Werk: regulier, met ondersteuning en beschut werk. Onderwijs: mbo entree, mbo en ander onderwijs. Onbekend: ook de uitstromers van wie het bestand geen bestemming noemt. Duurzaam: nog op de plek (of een betere) na een of twee jaar, van de uitstromers van wie die stand bekend is. Verschil: het aandeel naar werk tegen het jaar ervoor, in procentpunten.
uitstroom-comparison = Naast de landelijke cijfers
uitstroom-comparison-note = Landelijk: { $source }, het aandeel met werk en met een uitkering direct na uitstroom, van de uitstromers die niet doorstroomden naar onderwijs (pro; vso met uitstroomprofiel arbeidsmarkt). Dat is een andere groep dan alle uitstromers: daarom staat hier het aandeel naar werk van wie niet naar onderwijs ging, van de pro-scholen en de vso-scholen met het profiel arbeidsmarktgericht. Is het jaar nog niet gepubliceerd, dan staat het laatste gepubliceerde jaar ernaast.
uitstroom-durable-cell = { $share } ({ $in_place } van { $followed })
col-school-year = schooljaar
col-leavers = uitstromers
col-to-work = werk
col-to-education = onderwijs
col-to-dagbesteding = dagbesteding
col-to-none = geen
col-to-unknown = onbekend
col-share-work = % werk
col-share-education = % onderwijs
col-durable-1 = duurzaam na 1 jaar
col-durable-2 = duurzaam na 2 jaar
col-work-change = verschil werk
col-work-not-in-education = werk (niet naar onderwijs)
col-national-year = landelijk jaar
col-national-work = landelijk werk
col-national-benefit = landelijk uitkering
col-level = niveau
arg-err-school-year = `{ $value }` is geen schooljaar
arg-err-school-year-help = schrijf het schooljaar als twee opeenvolgende jaren, bijv. 2025-2026
cli-uitstroom-about = Uitstroom: waar de leerlingen heen gingen, per school, regio en landelijk, naast de landelijke cijfers van het CBS
cli-uitstroom-examples =
    Voorbeelden:
      vsopro uitstroom midden-holland
      vsopro uitstroom midden-holland --year 2025-2026 --out uitstroom.xlsx
      vsopro uitstroom --format json
      vsopro uitstroom --template midden-holland --year 2025-2026 --out sjabloon.xlsx
    
    Eén regio: exacte aantallen, voor de regio zelf. Meer regio's of alle: kleine aantallen afgeschermd.
cli-uitstroom-arg-regions = Regio's (slug, code, officiële naam of andere spelling); standaard: alle met gegevens
cli-uitstroom-arg-year = Alleen dit schooljaar, bijv. 2025-2026
cli-voorbeelden-about = Goede voorbeelden van het hele netwerk, te filteren en te doorzoeken; --adopt neemt er een over in uw regio
cli-voorbeelden-examples =
    Voorbeelden:
      vsopro voorbeelden
      vsopro voorbeelden stageplekken
      vsopro voorbeelden --theme stageplaatsen --partner werkgever --target vso
      vsopro voorbeelden --region gooi-en-vechtstreek --out voorbeelden.pdf
      vsopro voorbeelden --adopt gooi-en-vechtstreek/route-retail --into zeeland
    
    Zoektermen vinden ook andere vormen van een woord ("stageplekken" vindt "stageplek").
cli-voorbeelden-arg-terms = Zoektermen: een voorbeeld moet elke term bevatten (in titel, samenvatting, resultaat, succesfactoren of valkuilen)
cli-voorbeelden-arg-theme = Alleen voorbeelden op dit ontwikkelthema
cli-voorbeelden-arg-region = Alleen voorbeelden uit deze regio('s)
cli-voorbeelden-arg-partner = Alleen voorbeelden met dit soort partner (werkgever, gemeente, mbo, zorginstelling, wsp, uwv, …)
cli-voorbeelden-arg-target = Alleen voorbeelden voor deze doelgroep (pro, vso, of een uitstroomprofiel)
cli-voorbeelden-arg-adopt = Neem dit voorbeeld over (regio/id): een nieuwe actie in uw regio, met inspired_by
cli-voorbeelden-arg-into = Met --adopt: de regio die het overneemt
title-practices = Goede voorbeelden
practices-found = { $found } van de { $total } goede voorbeelden van het netwerk.
practices-national = Landelijk
practice-public = uit openbare bronnen
practice-public-checked = uit openbare bronnen, nagekeken door de regio
practice-source = Bron:
practice-source-year = bron uit { $year }
practice-written = In eigen woorden beschreven op { $date }, naar de bron hierboven; niets ervan is overgenomen.
practices-per-theme = Per thema
practices-per-region = Per regio
practices-theme-count = { $theme }: { $count ->
    [one] 1 voorbeeld
   *[other] { $count } voorbeelden
}
practices-theme-none = nog geen voorbeeld. Heeft uw regio er een? Deel het als eerste.
practices-region-public = Goede voorbeelden uit openbare bronnen
practices-region-public-intro = Uit openbare bronnen over deze regio, in eigen woorden beschreven: voorbeelden om van te leren, geen acties van het jaarplan.
practices-left-out = Niet meegenomen: { $count ->
    [one] de regio
   *[other] de regio's
} { $regions }, want de gegevens daar hebben nu een fout.
practices-found-terms = { $found } van de { $total } goede voorbeelden van het netwerk passen bij "{ $terms }".
practices-none = Geen voorbeeld past; probeer minder of andere woorden, of laat een filter weg.
practice-facts = { $key } · { $status } · { $themes }
practice-target = Voor: { $groups }
practice-partners = Partners: { $partners }
practice-since = Sinds { $date }
practice-contact = { $role }, { $organisation }
practice-contact-mail = { $role }, { $organisation } ({ $email })
practice-contact-line = Contact: { $contact }
practice-inspired-by = Overgenomen van { $from }
practice-result = Resultaat: { $result }
practice-factors = Succesfactoren
practice-pitfalls = Valkuilen
practice-sources = Bronnen
practice-adopted = Overgenomen door
practice-adopted-line = { $region }: { $title } ({ $id }, { $status })
col-summary = samenvatting
col-result = resultaat
col-contact = contact
col-adopted-by = overgenomen door
partner-werkgever = werkgever
partner-gemeente = gemeente
partner-mbo = mbo
partner-zorginstelling = zorginstelling
partner-wsp = werkgeversservicepunt
partner-uwv = UWV
partner-sw-bedrijf = sociaal werkbedrijf
partner-school = school
partner-ouders = ouders
partner-overig = overig
target-pro = pro
target-vso = vso
target-vervolgonderwijs = vso vervolgonderwijs
target-arbeidsmarktgericht = vso arbeidsmarktgericht
target-dagbesteding = vso dagbesteding
arg-err-word = '{ $value }' is geen waarde voor { $what }.
arg-err-word-help = Kies { $values }.
adopt-bad-key = '{ $from }' is geen regio/id van een goed voorbeeld.
adopt-own = { $from } is een voorbeeld van uw eigen regio.
adopt-unknown = { $from } is geen goed voorbeeld (een actie met example = true).
adopt-help = `vsopro voorbeelden` toont de voorbeelden met hun regio/id.
adopt-recorded = Overgenomen: { $from } is actie '{ $id }' in { $file } (gepland, met inspired_by).
commit-adopt = Actie '{ $id }' overgenomen van { $from }

# A jaarplan goal measured from uitstroom.toml.
goal-outcome-attainment = { $value }% { $measure } in { $year }, van { $over } uitstromers; streefwaarde { $target }% ({ $percent }% daarvan)
goal-outcome-measured = { $value }% { $measure } in { $year }, van { $over } uitstromers
goal-outcome-none = streefwaarde: { $target }% { $measure }; nog geen cijfers in uitstroom.toml
goal-outcome-measurement = { $year }: { $value }% van { $over } uitstromers
outcome-measure-work = naar werk
outcome-measure-education = naar onderwijs
outcome-measure-work-or-education = naar werk of onderwijs
outcome-measure-dagbesteding = naar dagbesteding
outcome-measure-durable-1 = na een jaar nog op de plek
outcome-measure-durable-2 = na twee jaar nog op de plek

code-outcome-goal = een doel van het jaarplan dat uit uitstroom.toml gemeten wordt, met een streefwaarde boven 100% of eigen metingen
outcome-goal-target = doel `{ $goal }` meet een aandeel van de uitstromers, maar de streefwaarde is { $value }%
outcome-goal-target-label = meer dan 100%
outcome-goal-target-help = geef de streefwaarde als percentage van 0 tot en met 100, bijv. `target = 75`
outcome-goal-measurements = doel `{ $goal }` wordt gemeten uit uitstroom.toml; de metingen in het jaarplan tellen niet mee
outcome-goal-measurements-label = eigen meting
outcome-goal-measurements-help = haal de [[goal.measurement]]-blokken weg, of haal `measure` weg als u zelf meet
explain-outcome-goal =
    Een doel met `measure = "uitstroom.…"` haalt zijn voortgang uit uitstroom.toml: het aandeel van de uitstromers van de regio, per schooljaar. De streefwaarde is dan een percentage (hooguit 100), en eigen metingen ([[goal.measurement]]) zouden genegeerd worden.

    Geef een streefwaarde van 0 tot en met 100, en laat de metingen aan uitstroom.toml over.
fix-outcome-goal = geef de streefwaarde als percentage van hooguit 100.

# Uitstroom on the site.
site-uitstroom-chart = verdeling
site-uitstroom-bar = waar de uitstromers heen gingen, { $kind } { $year }
site-outcome-map-title = Aandeel naar werk of onderwijs per regio, schooljaar { $year }
site-outcome-none = geen cijfers, of afgeschermd
site-share-band = { $from }% tot { $to }%
site-share-band-last = { $from }% of meer
uitstroom-group-work = werk
uitstroom-group-education = onderwijs
uitstroom-group-dagbesteding = dagbesteding
uitstroom-group-none = geen
uitstroom-group-unknown = onbekend
uitstroom-group-hidden = afgeschermd

figure-small = < 5
figure-hidden = x

# Uitstroom through Excel: the template and the import.
sheet-title = Uitstroom
sheet-name-figures = Uitstroom
sheet-name-about = Toelichting
sheet-validation-title = Alleen hele getallen
sheet-validation-message = Vul een heel getal in van 0 of meer: het aantal uitstromers, nooit een naam.
sheet-about-region = Regio
sheet-about-name = Naam van de regio
sheet-about-year = Schooljaar
sheet-about-privacy = Alleen aantallen: dit bestand noemt nooit een leerling (geen namen, geboortedata of BSN). Vul per school in hoeveel leerlingen in dit schooljaar uitstroomden en waarheen; een lege cel telt als 0. Lees het in met: vsopro import uitstroom BESTAND.xlsx --write
sheet-about-column = Kolom
sheet-about-key = Sleutel in uitstroom.toml
sheet-about-meaning = Betekenis
sheet-column-school = School (id)
sheet-column-name = Naam van de school
sheet-column-year = Schooljaar
sheet-definition-school = De id van de school in schools.toml; niet wijzigen.
sheet-definition-name = De naam van de school, ter herkenning; wordt niet ingelezen.
sheet-definition-year = Het schooljaar waarin de leerlingen uitstroomden, bijv. 2025-2026.
sheet-problem-cell = blad { $sheet }, rij { $row }, kolom { $column } ({ $heading }): { $message }
sheet-problem-row = blad { $sheet }, rij { $row }: { $message }
sheet-problem-column = blad { $sheet }, kolom { $column } ({ $heading }): { $message }
sheet-problem-sheet = blad { $sheet }: { $message }
sheet-not-a-count = "{ $value }" is geen heel getal van 0 of meer
sheet-no-school = de id van de school ontbreekt
sheet-no-year = het schooljaar ontbreekt
sheet-no-leavers = het aantal uitstromers ontbreekt; zonder dat tellen de bestemmingen niet
sheet-duplicate = deze school en dit schooljaar staan ook in rij { $row }
sheet-column-twice = deze kolom staat twee keer in het blad
sheet-unknown-column = deze kolom kent vsopro niet, en de cijfers erin zouden verloren gaan{ $hint }
sheet-did-you-mean = ; bedoelt u "{ $heading }"?
sheet-missing-column = de kolom "{ $heading }" ontbreekt
sheet-no-figures = geen blad met de kolom "{ $heading }"; maak het bestand met vsopro uitstroom --template REGIO --out uitstroom.xlsx
sheet-unreadable = dit is geen werkmap die vsopro kan lezen ({ $reason })
sheet-no-region = het bestand noemt geen regio; geef die met --region
sheet-check-problem = { $message } [{ $code }] — { $help }
err-workbook = { $path } heeft { $count ->
    [one] een probleem
   *[other] { $count } problemen
}; er is niets ingelezen
err-workbook-help = herstel de cellen in de werkmap en lees hem opnieuw in; `vsopro uitleg CODE` legt een code uit
err-template-needs-out = waar moet het sjabloon heen?
err-template-needs-out-help = geef een bestand, bijv. vsopro uitstroom --template midden-holland --out uitstroom.xlsx
col-sheet-row = rij
outcome-import-read = { $path } (blad { $sheet }): { $rows ->
    [one] één rij
   *[other] { $rows } rijen
} voor { $region }.
outcome-import-nothing = Er is niets nieuws: uitstroom.toml heeft deze cijfers al.
outcome-import-preview = { $count ->
    [one] Eén rij is
   *[other] { $count } rijen zijn
} nieuw of gewijzigd. Er is nog niets geschreven; vastleggen: vsopro import uitstroom { $path } --write
outcome-import-written = { $count ->
    [one] Eén rij
   *[other] { $count } rijen
} geschreven in uitstroom.toml.
outcome-import-committed = { $count ->
    [one] Eén rij
   *[other] { $count } rijen
} geschreven in uitstroom.toml en vastgelegd in commit { $commit }.
outcome-import-status-new = nieuw
outcome-import-status-added = toegevoegd
outcome-import-status-changed = gewijzigd
outcome-import-status-updated = bijgewerkt
outcome-import-status-unchanged = ongewijzigd
outcome-import-status-empty = niet ingevuld
outcome-template-written = Sjabloon geschreven: { $path } ({ $region }, { $year }, { $schools ->
    [one] één school
   *[other] { $schools } scholen
}). Laat de scholen het invullen en lees het in met: vsopro import uitstroom { $path } --write
form-field-school = School
form-field-year = Schooljaar
form-field-leavers = Uitstromers
form-hint-leavers = Hoeveel leerlingen dit schooljaar de school verlieten.
form-field-werk = Werk
form-hint-werk = Regulier werk, zonder ondersteuning.
form-field-werk-met-ondersteuning = Werk met ondersteuning
form-hint-werk-met-ondersteuning = Werk met loonkostensubsidie of jobcoaching.
form-field-beschut-werk = Beschut werk
form-hint-beschut-werk = Een beschutte werkplek.
form-field-mbo-entree = mbo entree
form-hint-mbo-entree = De entreeopleiding (mbo niveau 1).
form-field-mbo = mbo 2 of hoger
form-hint-mbo = Een mbo-opleiding op niveau 2 of hoger.
form-field-ander-onderwijs = Ander onderwijs
form-hint-ander-onderwijs = Ander onderwijs: vo, vavo of een andere school.
form-field-dagbesteding = Dagbesteding
form-hint-dagbesteding = Dagbesteding.
form-field-geen = Geen
form-hint-geen = Geen werk, school of dagbesteding.
form-field-onbekend = Onbekend
form-hint-onbekend = Bestemming niet bekend. Wat ontbreekt tot het aantal uitstromers telt ook als onbekend.
form-field-na-1-jaar-op-plek = Na 1 jaar: op hun plek
form-hint-na-1-jaar-op-plek = Een jaar later nog op hun bestemming, of een betere.
form-field-na-1-jaar-gewisseld = Na 1 jaar: gewisseld
form-hint-na-1-jaar-gewisseld = Een jaar later op een andere bestemming.
form-field-na-1-jaar-uitgevallen = Na 1 jaar: uitgevallen
form-hint-na-1-jaar-uitgevallen = Een jaar later zonder werk, school of dagbesteding.
form-field-na-1-jaar-onbekend = Na 1 jaar: onbekend
form-hint-na-1-jaar-onbekend = Een jaar later niet bekend.
form-field-na-2-jaar-op-plek = Na 2 jaar: op hun plek
form-hint-na-2-jaar-op-plek = Twee jaar later nog op hun bestemming, of een betere.
form-field-na-2-jaar-gewisseld = Na 2 jaar: gewisseld
form-hint-na-2-jaar-gewisseld = Twee jaar later op een andere bestemming.
form-field-na-2-jaar-uitgevallen = Na 2 jaar: uitgevallen
form-hint-na-2-jaar-uitgevallen = Twee jaar later zonder werk, school of dagbesteding.
form-field-na-2-jaar-onbekend = Na 2 jaar: onbekend
form-hint-na-2-jaar-onbekend = Twee jaar later niet bekend.
cli-uitstroom-arg-template = Schrijf een Excel-sjabloon voor deze regio (met --out BESTAND.xlsx): een rij per school, om in te vullen
cli-import-uitstroom-about = Uitstroomcijfers uit een ingevulde werkmap (van vsopro uitstroom --template)
cli-import-uitstroom-examples =
    Voorbeelden:
      vsopro uitstroom --template midden-holland --year 2025-2026 --out uitstroom.xlsx
      vsopro import uitstroom uitstroom.xlsx
      vsopro import uitstroom uitstroom.xlsx --write

    Zonder --write laat het zien wat er nieuw of gewijzigd is. Elk probleem staat er met blad, rij en kolom; zolang er een is, wordt niets geschreven.
cli-import-uitstroom-arg-file = De werkmap (.xlsx, ook .xls of .ods)
cli-import-uitstroom-arg-region = De regio, als de werkmap die niet noemt
cli-import-uitstroom-arg-write = Schrijf de nieuwe en gewijzigde cijfers in uitstroom.toml (en leg ze vast in git)
form-add-outcome = + Uitstroomcijfers invullen
form-heading-outcome-new = Uitstroomcijfers invullen
form-heading-outcome = Uitstroom van { $school } in { $year }
form-error-outcome-exists = voor deze school zijn er al cijfers van { $year }; bewerk die vanaf de regiopagina
event-outcome-recorded = Uitstroomcijfers vastgelegd
event-outcome-changed = Uitstroomcijfers gewijzigd
voortgang-outcome = { $school }, { $year }: { $leavers } uitstromers
voortgang-outcomes = Uitstroom
sheet-too-large = groter dan { $megabytes } MB: een werkmap met uitstroomcijfers is veel kleiner

# The hub.
col-email = e-mailadres
hub-signout = Afmelden
hub-email = E-mailadres
hub-password = Wachtwoord
hub-name = Naam
hub-new-password = Nieuw wachtwoord
hub-repeat-password = Nogmaals het nieuwe wachtwoord
hub-password-hint = Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.
hub-set-password = Wachtwoord instellen en aanmelden
hub-signin = Aanmelden
hub-signin-title = Aanmelden bij vsopro
hub-signin-wrong = Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account bestaat niet. Probeer het opnieuw of vraag de beheerder om een nieuwe uitnodiging.
hub-signin-too-many = Te veel mislukte aanmeldpogingen. Probeer het over { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} opnieuw; weet u uw wachtwoord niet meer, vraag dan het landelijk bureau om een nieuwe link.
hub-busy = Er melden zich nu veel mensen tegelijk aan. Probeer het over een paar seconden opnieuw.
hub-signed-out-notice = U bent afgemeld.
hub-signed-out = U bent niet (meer) aangemeld; meld u opnieuw aan.
hub-forbidden = Dit mag uw account niet: uw rol geeft geen toegang tot deze pagina of dit formulier.
role-beheerder = beheerder
role-coordinator = coördinator
role-stuurgroep = stuurgroep
role-directie = directie
role-lezer = lezer
hub-failed = Er ging iets mis aan de kant van de hub; probeer het nog eens.
hub-invitation-title = Uitnodiging voor vsopro
hub-invitation-intro = Welkom, { $name }. Stel een wachtwoord in; daarna bent u meteen aangemeld.
hub-invitation-invalid = Deze uitnodiging is niet (meer) geldig: ze is al gebruikt of verlopen. Vraag de beheerder om een nieuwe.
hub-invitation-who = Vul uw e-mailadres en naam in.
hub-invitation-taken = Voor dit e-mailadres bestaat al een account.
hub-password-short = Het wachtwoord is te kort: minstens 12 tekens.
hub-password-common = Dit wachtwoord is te makkelijk te raden. Kies een zin van een paar woorden.
hub-password-differ = De twee wachtwoorden zijn niet gelijk.
hub-first-beheerder = Nog geen accounts. De eerste beheerder opent deze uitnodiging (14 dagen geldig): { $link }
hub-listening = vsopro hub luistert op { $url } (voor gebruikers: { $public }). Stoppen: Ctrl+C.
hub-user-added = Account { $email } aangemaakt.
hub-user-reset-done = Wachtwoord en sessies van { $email } ingetrokken.
hub-user-role-done = Rol van { $email } gewijzigd; de sessies zijn beëindigd.
hub-user-removed = Account { $email } verwijderd.
hub-user-link = Eenmalige uitnodiging (14 dagen geldig): { $link }
hub-user-active = actief
hub-user-invited = uitgenodigd
hub-user-region = onbekende regio `{ $region }`
hub-user-role = onbekende rol `{ $role }`: kies beheerder, coordinator, stuurgroep, directie of lezer
hub-user-needs-region = de rol { $role } hoort bij een regio: geef --region
hub-user-unknown = geen account met e-mailadres { $email }
hub-user-exists = er is al een account met e-mailadres { $email }
hub-user-email = `{ $email }` is geen e-mailadres
hub-user-name = een naam is 1 tot { $max } tekens lang, zonder regelovergangen, stuurtekens, < of >
hub-user-last-beheerder = dit is de laatste beheerder: geef eerst iemand anders die rol, zodat het netwerk altijd een beheerder heeft
hub-beheer-not-yourself-role = U kunt uw eigen rol hier niet wijzigen: laat dat een andere beheerder doen.
hub-no-state = geen database van de hub in { $path }
hub-backup-written = Kopie van de database geschreven: { $path }
err-hub-root = { $path } is geen git-werkmap met regions/
err-hub-root-help = geef met --root de map van de landelijke repository (een git clone met regions/)
err-hub-state-inside = { $path } ligt in de datamap
err-hub-state-inside-help = accounts en sessies horen niet in de repository: kies met --state een map erbuiten
err-hub-public-url = `{ $url }` is geen http- of https-adres
err-hub-public-url-help = geef het adres waaronder de hub bereikbaar is, bijv. --public-url https://vsopro.example.nl
err-hub-config = { $path }:{ $line }:{ $column }: de instellingen van de hub kloppen niet: { $reason }
err-hub-config-help = zie docs/hub.md, "E-mail" en "Single sign-on", voor wat hub.toml kan bevatten
hub-config-from = `{ $from }` is geen afzender; schrijf bijv. from = "Netwerk vso/pro <noreply@example.nl>"
arg-err-hub-state = de hub heeft een map voor zijn database nodig
arg-err-hub-state-help = geef --state MAP, buiten de datamap
cli-arg-state = Map voor de database van de hub (accounts, sessies, auditlog), buiten de datamap
cli-arg-public_url = Het adres waaronder gebruikers de hub bereiken (https: cookies alleen over https)
cli-hub-about = De gedeelde vsopro voor het hele netwerk: aanmelden, rollen, elke wijziging op naam
cli-hub-examples =
    Voorbeelden:
      vsopro hub --root landelijk --state /var/lib/vsopro
      vsopro hub --root landelijk --state /var/lib/vsopro --public-url https://vsopro.example.nl --trusted-proxy 127.0.0.1
      vsopro hub user add a.jansen@example.nl --name "A. Jansen" --role coordinator --region midden-holland --state /var/lib/vsopro
cli-hub-arg-port = Poort (standaard 8050)
cli-hub-arg-host = Adres om op te luisteren (standaard 127.0.0.1, achter een reverse proxy)
cli-hub-arg-trusted_proxy = Adres van de reverse proxy waarvan X-Forwarded-For geloofd wordt (mag vaker)
cli-hub-user-about = Accounts: uitnodigen, tonen, verwijderen, opnieuw instellen, rol wijzigen
cli-hub-user-add-about = Een account aanmaken; drukt een eenmalige uitnodiging af
cli-hub-user-add-examples =
    Voorbeelden:
      vsopro hub user add a.jansen@example.nl --name "A. Jansen" --role coordinator --region midden-holland --state /var/lib/vsopro
cli-hub-user-add-arg-email = Het e-mailadres (de naam om mee aan te melden)
cli-hub-user-add-arg-name = De naam, zoals commits die tonen
cli-hub-user-add-arg-role = beheerder, coordinator, stuurgroep, directie of lezer
cli-hub-user-add-arg-region = Regio van de coördinator, stuurgroep of directie (mag vaker)
cli-hub-user-add-arg-institution = Voor een directie: de instelling waarvoor zij stemt (school-id of BRIN; herhaalbaar)
cli-hub-user-list-about = Alle accounts
cli-hub-user-list-examples =
    Voorbeelden:
      vsopro hub user list --state /var/lib/vsopro
cli-hub-user-remove-about = Een account verwijderen, met zijn sessies
cli-hub-user-remove-examples =
    Voorbeelden:
      vsopro hub user remove a.jansen@example.nl --state /var/lib/vsopro
cli-hub-user-remove-arg-email = Het e-mailadres van het account
cli-hub-user-reset-about = Wachtwoord en sessies intrekken; drukt een nieuwe uitnodiging af
cli-hub-user-reset-examples =
    Voorbeelden:
      vsopro hub user reset a.jansen@example.nl --state /var/lib/vsopro
cli-hub-user-reset-arg-email = Het e-mailadres van het account
cli-hub-user-role-about = Rol en regio's van een account wijzigen
cli-hub-user-role-examples =
    Voorbeelden:
      vsopro hub user role a.jansen@example.nl --role lezer --state /var/lib/vsopro
cli-hub-user-role-arg-email = Het e-mailadres van het account
cli-hub-user-role-arg-role = beheerder, coordinator, stuurgroep, directie of lezer
cli-hub-user-role-arg-institution = Voor een directie: de instelling waarvoor zij stemt (school-id of BRIN; herhaalbaar; weggelaten: ongewijzigd)
cli-hub-user-role-arg-region = Regio van de coördinator, stuurgroep of directie (mag vaker)
cli-hub-backup-about = Een consistente kopie van de database, ook terwijl de hub draait
cli-hub-backup-examples =
    Voorbeelden:
      vsopro hub backup --state /var/lib/vsopro /var/backups/vsopro-hub.sqlite
cli-hub-backup-arg-file = Het bestand voor de kopie (bestaat nog niet)
col-when = wanneer
cli-hub-audit-about = Het auditlog: aanmeldingen, mislukte aanmeldingen, accountwijzigingen en elke wijziging met haar commit, nieuwste eerst
cli-hub-audit-examples =
    Voorbeelden:
      vsopro hub audit --state /var/lib/vsopro
hub-beheer-title = Beheer: accounts en auditlog
hub-beheer-accounts = Accounts
hub-beheer-actions = Acties
hub-beheer-reset = Nieuwe uitnodiging
hub-beheer-remove = Verwijderen
hub-beheer-invite = Iemand uitnodigen
hub-beheer-invite-button = Account aanmaken en uitnodiging maken
hub-beheer-region-hint = Voor een coördinator, stuurgroep of directie: hun regio of regio's.
hub-beheer-audit = Auditlog
hub-beheer-audit-shown = Welke
hub-beheer-audit-mensen = wat mensen deden
hub-beheer-audit-weigeringen = weigeringen
hub-beheer-audit-alles = alles
hub-beheer-audit-times = { $count } keer
hub-beheer-filter = Filteren
col-what = wat
hub-beheer-audit-see-change = bekijk de wijziging
hub-beheer-confirm-reset = { $name } heeft al een wachtwoord. Een nieuwe uitnodiging maakt dat wachtwoord ongeldig en meldt { $name } overal af, tot de nieuwe link is gebruikt. Doorgaan?
hub-beheer-institution-needed = Kies de instelling of instellingen waarvoor deze directie stemt, bij "Instellingen" onder haar regio.
hub-beheer-role-institutions-hint = Voor een directie: de instelling of instellingen waarvoor zij stemt. Niets aangevinkt: wat zij al had, blijft.
hub-beheer-needs-region = Een { $role } hoort bij een regio: vink bij "Regio's" de regio of regio's aan.
hub-beheer-confirm-remove = Weet u zeker dat u het account van { $name } ({ $email }) wilt verwijderen? Diegene kan dan niet meer aanmelden; wat diegene vastlegde, blijft in de geschiedenis.
hub-beheer-confirm-lower = Weet u zeker dat u { $name } van { $old } naar { $new } wilt zetten? Diegene kan daarna minder.
hub-beheer-confirm-yes = Ja, doorgaan
hub-beheer-confirm-no = Nee, terug
hub-beheer-institutions-only-directie = Alleen een directie stemt voor een instelling: kies de rol directie, of vink de instellingen uit.
hub-beheer-institution-unknown = '{ $given }' is geen instelling van { $regions }: kies de instelling uit de lijst van de regio.
hub-beheer-institutions-of = Instellingen in { $region }
hub-beheer-institutions-none = Er zijn nog geen scholen bekend in de regio's.
audit-someone = Iemand
audit-as-role = { " " }als { $role }
audit-as-role-of = { " " }als { $role } van { $regions }
audit-to-role = { " " }{ $role }
audit-to-role-of = { " " }{ $role } van { $regions }
audit-account-added = { $who } nodigde { $target } uit{ $role }
audit-account-role = { $who } maakte { $target }{ $role }
audit-account-removed = { $who } verwijderde het account van { $target }
audit-account-reset = { $who } stuurde { $target } een nieuwe uitnodiging
audit-account-activated = { $who } nam de uitnodiging aan
audit-sign-in = { $who } meldde zich aan
audit-sign-in-sso = { $who } meldde zich aan via de eigen organisatie
audit-sign-out = { $who } meldde zich af
audit-sign-in-failed = Aanmelden mislukt ({ $detail })
audit-sign-in-limited = Te veel pogingen om aan te melden; even tegengehouden ({ $detail })
audit-edit-what = { $who } in { $region }: { $what }
audit-edit = { $who } legde een wijziging vast in { $region }
audit-kept-applied = { $who } paste een bewaarde wijziging opnieuw toe in { $region }
audit-webhook-refused = Een bericht van de forge is geweigerd ({ $detail })
audit-webhook-replay-refused = Een herhaald bericht van de forge is geweigerd ({ $detail })
audit-other = { $who }: { $kind } { $detail }
hub-beheer-not-yourself = U kunt uw eigen account niet verwijderen.
hub-beheer-link = Beheer
hub-kept-title = Niet gedeeld na een conflict
hub-kept-intro = Deze wijzigingen zijn in de hub gemaakt terwijl iemand anders op de landelijke repository dezelfde regels veranderde. De versie van de ander staat nu in de gegevens; deze wijziging is bewaard, niets is verloren. Met de knop brengt u haar opnieuw aan, bovenop de huidige versie (waar beide dezelfde regel raken, wint deze wijziging).
hub-kept-apply = Opnieuw toepassen
hub-kept-applied = De bewaarde wijziging is opnieuw toegepast en vastgelegd.
hub-kept-failed = De bewaarde wijziging kon niet opnieuw worden toegepast; er is niets veranderd. Breng haar met de hand aan.
hub-kept-errors = Opnieuw toepassen zou { $count } fout(en) geven; er is niets veranderd. Breng de wijziging met de hand aan.
hub-recovered-commit = Wijziging vastgelegd die bij een onderbreking van de hub niet meer werd vastgelegd
hub-remote-title = Landelijke repository
hub-remote-where = Remote en branch
hub-remote-last-fetch = Laatst opgehaald
hub-remote-last-push = Laatst gedeeld
hub-remote-waiting = Commits die nog gedeeld moeten worden
hub-remote-checked = Gecontroleerd na het ophalen
hub-remote-errors = { $count ->
    [one] 1 fout in de gegevens
   *[other] { $count } fouten in de gegevens
}
hub-remote-no-errors = geen fouten
hub-remote-conflicts = Bewaarde wijzigingen na een conflict
hub-remote-stopped = De branch op de forge bevat niet meer wat de hub eerder deelde (er is geforceerd overschreven). De hub deelt niets meer tot dat is uitgezocht; hij overschrijft de forge nooit.
hub-remote-off = De hub heeft geen remote: de gegevens blijven in deze repository. Zie docs/hub.md, "De landelijke repository", om er een in te stellen.
hub-remote-fetch-failed = kon { $remote } niet ophalen: { $reason }
hub-remote-push-failed = kon niet delen met { $remote }: { $reason }; de hub probeert het straks opnieuw
hub-remote-rewritten = de branch { $branch } op de forge is overschreven; de hub deelt niets tot de beheerder het heeft uitgezocht
hub-remote-fetched-nothing = niets nieuws
hub-remote-fetched = { $count } nieuwe commit(s) binnengehaald
hub-remote-rebased = { $count } nieuwe commit(s) binnengehaald; de { $ahead } eigen commit(s) van de hub erna gezet
hub-remote-conflict = conflict: de eigen commits van de hub staan bewaard op { $branch }; de hub volgt de forge
hub-remote-pushed = { $count } commit(s) gedeeld
hub-webhook-refused = geen geldige handtekening
hub-refused-host = Deze hub hoort bij een ander adres.
hub-webhook-replayed = Deze melding van de gedeelde opslag is al ontvangen.
hub-webhook-accepted = ontvangen
hub-sso-or = Of meld u aan via uw eigen organisatie:
hub-sso-button = Inloggen met { $name }
hub-sso-unavailable = De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw, of meld u aan met uw wachtwoord.
hub-sso-failed = Inloggen via uw organisatie is mislukt of verlopen. Probeer het opnieuw vanaf deze pagina.
hub-sso-provider = Uw organisatie heeft het inloggen niet doorgelaten (of u brak het af). Probeer het opnieuw, of meld u aan met uw wachtwoord.
hub-sso-unverified = Uw organisatie geeft het e-mailadres { $email } niet als bevestigd door; zonder bevestigd adres kan de hub u niet herkennen. Meld u aan met uw wachtwoord, of vraag uw organisatie het adres te bevestigen.
hub-sso-no-account = Er is geen account met het adres { $email }. Vraag de beheerder van de hub om een uitnodiging voor dit adres.
hub-user-mail-sent = De link is ook per e-mail verstuurd aan { $email }.
hub-user-mail-queued = De link wordt ook per e-mail verstuurd aan { $email }; hieronder onder "E-mail" staat of dat gelukt is.
hub-user-mail-failed = De e-mail aan { $email } is niet verstuurd ({ $reason }). Geef de link hierboven zelf door; op de beheerpagina staat het ook.
hub-mail-setup = de mailserver in hub.toml is niet te gebruiken: { $reason }
hub-mail-invite-subject = Uw uitnodiging voor vsopro, het netwerk vso/pro
hub-mail-invite-intro = U bent uitgenodigd voor de gezamenlijke vsopro van de netwerkcoördinatoren vso/pro. Met de link hieronder stelt u uw wachtwoord in; daarna meldt u zich aan met dit e-mailadres. De link werkt één keer en veertien dagen lang.
hub-mail-reset-subject = Een nieuwe link voor uw wachtwoord in vsopro
hub-mail-reset-intro = Op uw verzoek of dat van de beheerder is uw wachtwoord voor vsopro gewist en zijn uw sessies beëindigd. Met de link hieronder stelt u een nieuw wachtwoord in. De link werkt één keer en veertien dagen lang.
hub-mail-greeting = Beste { $name },
hub-mail-action = Wachtwoord instellen:
hub-mail-unexpected = Verwachtte u deze e-mail niet? Dan kunt u hem negeren; zonder de link gebeurt er niets.
hub-beheer-mail = E-mail
hub-beheer-mail-none = Er is nog geen e-mail verstuurd.
hub-beheer-mail-off = De hub heeft geen mailserver: geef uitnodigingslinks zelf door. Zie docs/hub.md, "E-mail", om er een in te stellen.
hub-mail-status-waiting = wacht ({ $attempts ->
    [one] 1 poging
   *[other] { $attempts } pogingen
})
hub-mail-status-sent = verstuurd
hub-mail-status-failed = niet verstuurd na { $attempts ->
    [one] 1 poging
   *[other] { $attempts } pogingen
}: geef de link zelf door of maak een nieuwe uitnodiging
hub-mail-status-lost = niet verstuurd: de hub stopte ervoor; maak een nieuwe uitnodiging
hub-mail-kind-invitation = uitnodiging
hub-mail-kind-reset = nieuwe link
col-attempt = Laatste fout
hub-beheer-role = Rol wijzigen
hub-beheer-role-button = Rol en regio's opslaan
hub-beheer-role-account = Account
hub-owners-title = Coördinatoren en owners
hub-owners-intro = Per regio de coördinatoren met een account op de hub, naast wie op de forge wijzigingen van die regio goedkeurt: dat horen dezelfde mensen te zijn.
hub-owners-same = Overal gelijk: elke regio met owners heeft dezelfde coördinatoren op de hub.
hub-owners-differ = { $region }: { $what }
hub-owners-without-account = owner zonder coördinator-account: { $emails }
hub-owners-not-owner = coördinator-account niet in owners: { $emails }
hub-owners-handles-only = owners staan er alleen als forge-namen (@…), niet te vergelijken met e-mailadressen
hub-owners-start = Coördinatoren en owners verschillen in { $count } regio('s); zie /beheer.

# sync
sync-no-git = deze datamap ligt niet in een git-clone
sync-no-git-help = sync houdt een clone van de landelijke repository bij; haal er een op met `git clone <adres>` en werk daarin
sync-detached = deze clone staat niet op een branch (detached HEAD)
sync-detached-help = ga terug naar uw branch, bijv. `git switch main`, en probeer het opnieuw
sync-no-remote = deze clone heeft geen (of meer dan één) remote zonder upstream
sync-no-remote-help = stel in waarmee gedeeld wordt, bijv. `git branch --set-upstream-to=origin/main`
sync-in-progress = in deze clone is nog een rebase, merge of iets dergelijks bezig
sync-in-progress-help = maak dat eerst af of breek het af (`git rebase --abort`, `git merge --abort`); sync verandert niets zolang het loopt
sync-staged = er staan wijzigingen klaar voor een commit (de index is niet leeg)
sync-staged-help = leg ze eerst zelf vast (`git commit`) of haal ze terug (`git restore --staged .`); sync heeft niets veranderd
sync-outside = er zijn wijzigingen buiten de gegevens (regions/ en vsopro.toml)
sync-outside-help = leg ze eerst zelf vast of zet ze terug; sync deelt alleen de gegevens en heeft niets veranderd
sync-needs-message = er { $count ->
    [one] is 1 bestand
   *[other] zijn { $count } bestanden
} met de hand gewijzigd, maar er is geen beschrijving voor de commit
sync-needs-message-help = geef met --message in een zin wat u wijzigde, bijv. --message "Stagebank bijgewerkt"
sync-ask-message = { $count ->
    [one] 1 bestand is
   *[other] { $count } bestanden zijn
} gewijzigd. Wat heeft u gewijzigd (één zin)?
sync-errors-before = de gewijzigde gegevens hebben fouten; zo worden ze niet gedeeld
sync-errors-after = na het samenvoegen met de wijzigingen van anderen hebben uw regio's fouten; er is niets gedeeld en uw clone is zoals hij was
sync-errors-help = `vsopro check` laat zien wat er mis is; herstel het en probeer sync opnieuw
sync-fetch-failed = kon { $remote } niet bereiken: { $reason }
sync-held = { $path } uit commit { $commit } van de gedeelde opslag is niet overgenomen: { $why }.
sync-held-help = er is niets veranderd: uw eigen wijzigingen staan er nog, niet gedeeld. Laat wie de gedeelde opslag beheert { $path } weghalen of vervangen door een gewoon bestand, en synchroniseer dan opnieuw.
held-symlink = het is een symbolische koppeling (naar een bestand elders), geen bestand
held-submodule = het is een verwijzing naar een andere repository, geen bestand
held-too-large = het is { $bytes } bytes, meer dan de { $max } die vsopro leest
held-bad-path = de naam bevat een deel ".", ".." of ".git", een lege map of een stuurteken
held-attributes = dat bestand verandert hoe git de andere bestanden leest en schrijft
hub-remote-held = Niet overgenomen van { $remote }: { $path } uit commit { $commit } ({ $why }). Tot dat daar is hersteld, bewaart de hub zijn eigen wijzigingen hier en deelt hij niets.
hub-remote-fetched-held = opgehaald, maar niet overgenomen (zie hieronder)
sync-fetch-failed-help = er is niets veranderd; controleer de verbinding (en uw toegang tot de repository) en probeer het opnieuw
sync-update-failed = kon de wijzigingen van anderen niet binnenhalen: een bestand staat in de weg
sync-update-failed-help = er is niets veranderd; kijk met `git status` welk niet-vastgelegd bestand in de weg staat
sync-conflict = uw wijziging en die van een ander raken hetzelfde record; uw wijziging staat veilig op de branch { $branch }
sync-conflict-help = uw clone volgt nu de landelijke versie. Bekijk uw wijziging met `git show { $branch }`, breng haar opnieuw aan in de bestanden (of met `git cherry-pick { $branch }`) en draai sync nog eens
sync-push-failed = delen met { $remote } lukte niet: { $reason }
sync-push-failed-help = uw wijzigingen staan vastgelegd in deze clone en gaan mee met de volgende sync; probeer het later opnieuw
sync-busy = de landelijke repository veranderde steeds tijdens het delen; uw wijzigingen staan vastgelegd in deze clone
sync-step-committed = { $count ->
    [one] 1 gewijzigd bestand
   *[other] { $count } gewijzigde bestanden
} vastgelegd ({ $hash })
sync-step-fetched-nothing = { $remote } opgehaald: niets nieuws
sync-step-fetched = { $remote } opgehaald: { $count ->
    [one] 1 nieuwe wijziging
   *[other] { $count } nieuwe wijzigingen
} van anderen
sync-step-updated = de wijzigingen van anderen zijn binnengehaald ({ $count })
sync-step-rebased = uw { $count ->
    [one] wijziging staat
   *[other] { $count } wijzigingen staan
} nu na die van anderen
sync-step-checked = gecontroleerd: uw regio's hebben geen fouten
sync-step-conflict = conflict: uw wijziging bewaard op { $branch }
sync-step-pushed = { $count ->
    [one] 1 wijziging
   *[other] { $count } wijzigingen
} gedeeld met { $remote }
sync-step-not-pushed = niet gedeeld: { $reason }
sync-done = klaar: { $branch } is gelijk aan { $remote }
sync-done-conflict = niet alles gedeeld: uw wijziging staat op { $branch }
sync-done-nothing = klaar: niets te delen, niets nieuws op { $remote }
col-step = stap
cli-sync-examples =
    Voorbeelden:
      vsopro sync --message "Stagebank techniek bijgewerkt"
      vsopro synchroniseer
    
    Legt de met de hand gewijzigde gegevens vast, haalt de wijzigingen van anderen op, zet de uwe erna, controleert en deelt.
    Afsluitcode 2: geweigerd, er is niets veranderd. Afsluitcode 1: niet (alles) gedeeld; de melding zegt wat er met uw wijziging is gebeurd.
cli-sync-about = deel uw wijzigingen met de landelijke repository en haal die van anderen op
cli-sync-arg-message = beschrijving van uw wijzigingen, voor de commit

## The directies' approval round (jaarplan --round, --vote, the hub).
round-none = { $region } heeft geen open accorderingsronde: er is niets om over te stemmen.
round-none-help = Open een ronde met `vsopro jaarplan { $slug } --round open --deadline JJJJ-MM-DD`.
round-deadline-before = De uiterste datum { $deadline } ligt vóór de opening van de ronde ({ $opened }).
round-deadline-before-help = Geef een --deadline vanaf vandaag, bijvoorbeeld over drie weken.
round-deadline-before-web = Kies een uiterste datum vanaf vandaag, bijvoorbeeld over drie weken.
round-needs-comment-web = Zeg bij "Toelichting" waarom de directie niet akkoord is: daar kan het plan op worden aangepast.
round-needs-reason-web = Zeg bij de reden waarom de ronde wordt ingetrokken; wie al stemde, krijgt die reden.
round-vote-again-web = Open de pagina opnieuw en stem met het formulier.
round-unknown-institution = '{ $given }' is geen instelling van de regio.
round-unknown-institution-did-you-mean = Bedoel je '{ $suggestion }'?
round-unknown-institution-help = Noem een school-id uit schools.toml (of de BRIN van de instelling): { $known }.
round-unknown-fingerprint = Het jaarplan heeft nooit de vingerafdruk '{ $given }' gehad: deze stem hoort niet bij een versie van het plan.
round-unknown-fingerprint-help = Neem de vingerafdruk over uit het document dat de directie zag (zoals '{ $current }', het plan zoals het nu is); een overgetypte of verzonnen vingerafdruk wordt niet aanvaard.
round-needs-comment = Een stem 'niet akkoord' heeft een toelichting nodig.
round-needs-comment-help = Geef met --comment (of in het formulier) waarom de directie niet akkoord is: daar kan het plan op worden aangepast.
round-not-confirmed = De versie is niet bevestigd: de stem is niet vastgelegd (vingerafdruk { $fingerprint }).
round-not-confirmed-help = Antwoord 'j' als dit de versie is die de directie zag, geef --yes (voor scripts), of --fingerprint met de vingerafdruk uit haar e-mail.
round-not-yours = Je stemt niet namens { $institution }.
round-confirm = Het plan zoals het nu is heeft vingerafdruk { $fingerprint }. Is dit de versie die { $name } zag? [j/N]
round-approved-by = Directies pro en vso { $region }
commit-round-opened = Jaarplan van { $region } voorgelegd aan de directies, uiterlijk { $deadline }
commit-vote = Stem van { $name } ({ $institution }): { $decision } op versie { $fingerprint }
decision-akkoord = akkoord
decision-niet-akkoord = niet akkoord
decision-onthouding = onthouding
round-quorum-majority = meerderheid is { $needed }
round-quorum-all = allen is { $needed }
round-quorum-count = quorum is { $needed }
round-count-agreed = { $agreed } van { $institutions } instellingen akkoord
round-count-disagreed = { $count } niet akkoord
round-count-disagreed-reason = { $count } niet akkoord (met reden)
round-count-abstained = { $count ->
    [one] 1 onthouding
   *[other] { $count } onthoudingen
}
round-count-earlier = { $count } op een eerdere versie
round-count-missing = { $count } nog niet
round-state-approved = geaccordeerd op { $date }
round-state-overdue = de termijn liep af op { $date } zonder quorum
round-state-open = ter accordering tot en met { $date }
round-flash-opened = De ronde is geopend: de directies kunnen stemmen tot en met { $deadline }.
round-flash-extended = De uiterste datum is verschoven naar { $deadline }.
round-flash-withdrawn = De ronde is ingetrokken. Wie al stemde, krijgt bericht.
round-flash-voted = Uw stem is vastgelegd.
round-flash-voted-approved = Uw stem is vastgelegd. Daarmee is het plan geaccordeerd.
round-state-withdrawn = ingetrokken op { $date } door { $by }: { $reason }
round-extended-recorded = De uiterste datum van de ronde is nu { $deadline }.
round-withdrawn-recorded = De ronde van { $region } is ingetrokken.
round-approval-during-round = De ronde van de directies loopt: het plan is geaccordeerd zodra genoeg directies akkoord stemmen. Een accordering met de hand kan pas als de ronde is afgesloten of ingetrokken.
round-approval-during-round-help = wacht de stemmen af, of trek de ronde in op de pagina van de ronde.
round-needs-reason = Geef aan waarom de ronde wordt ingetrokken.
round-needs-reason-help = de directies die al stemden krijgen deze reden te lezen.
round-withdrawn-by-coordinator = de netwerkcoördinator
round-change-heading = De ronde aanpassen
round-field-new-deadline = Nieuwe uiterste datum
round-extend-button = Datum verschuiven
round-field-reason = Waarom trekt u de ronde in?
round-field-reason-hint = De directies die al stemden krijgen deze reden per e-mail. Hun stemmen blijven bewaard in de geschiedenis.
round-withdraw-button = Ronde intrekken
serve-approve-by-round = De ronde van de directies loopt: hun stemmen beslissen over de accordering.
serve-approve-confirm = Ik bevestig dat de directies dit plan zo hebben geaccordeerd.
commit-round-extended = Ronde { $region }: uiterste datum { $deadline }
commit-round-withdrawn = Ronde { $region } ingetrokken door { $by }
round-standing-current = deze versie
round-standing-earlier = eerdere versie: telt niet
round-standing-missing = nog niet gestemd
col-institution = instelling
col-director = namens
col-decision = besluit
col-fingerprint = vingerafdruk
col-version = versie
round-heading = Accorderingsronde
round-opened = Voorgelegd op { $opened }, uiterlijk { $deadline }; de versie om over te stemmen heeft vingerafdruk { $fingerprint }.
round-message = Boodschap aan de directies: { $message }
round-unchanged = { $file } hield dit al: niets gewijzigd.
round-vote-recorded = Stem vastgelegd: { $who } namens { $institution }, { $decision } op versie { $fingerprint } ({ $date }).
round-opened-recorded = Ronde geopend in { $file }: het plan (vingerafdruk { $fingerprint }) ligt tot en met { $deadline } bij de directies.
round-approved-now = Het quorum is bereikt: het jaarplan is geaccordeerd zoals het nu is.
round-line = Accorderingsronde: { $state }
pdf-draft = Concept ter accordering

## Rules of the approval round.
unknown-vote-institution = de stem van { $name } is voor '{ $id }', maar dat is geen school van de regio
unknown-vote-institution-label = geen school van de regio
unknown-vote-institution-help = noem een school van de instelling uit schools.toml: { $schools }; een stem voor een andere regio hoort in haar eigen jaarplan
code-unknown-vote-institution = een stem in de accorderingsronde voor een instelling die de regio niet heeft
explain-unknown-vote-institution =
    Elke `[[approval.vote]]` noemt met `institution` een school uit schools.toml. De scholen van één instelling (dezelfde vier tekens van `brin`) tellen als één: de directie mag elk van die scholen noemen.

    Een stem voor een school die de regio niet heeft, telt niet: ze kan niet bij een instelling van de regio horen. Verbeter de school-id, of haal de stem weg als ze in een ander jaarplan hoort.
fix-unknown-vote-institution = kies de school van de instelling in het stemformulier; de hub kent alleen de instellingen van de regio.
unknown-fingerprint = de stem van { $name } noemt vingerafdruk '{ $fingerprint }', maar die heeft het jaarplan nooit gehad
unknown-fingerprint-label = geen versie van het plan
unknown-fingerprint-help = een stem hoort bij een versie die de directie zag; leg haar vast met `vsopro jaarplan { $region } --vote … --fingerprint CODE` (vsopro zoekt de versie in git) of op het plan zoals het nu is ({ $current })
code-unknown-fingerprint = een stem op een vingerafdruk die het jaarplan nooit had
explain-unknown-fingerprint =
    Een stem legt met `fingerprint` vast welke versie van het jaarplan de directie zag: de korte vingerafdruk van de periode en de doelen (bijvoorbeeld `1bf0-172b-deec`). vsopro schrijft die zelf en houdt in `[approval.round] versions` bij welke versies het plan tijdens de ronde had.

    Een vingerafdruk die het plan nooit had, is overgetypt of verzonnen: de stem zegt dan niet waarmee de directie akkoord ging, en telt niet. Leg de stem opnieuw vast met vsopro.
fix-unknown-fingerprint = leg de stem opnieuw vast met het stemformulier: de hub schrijft de vingerafdruk zelf.
duplicate-vote = { $institution } stemde twee keer op versie { $fingerprint }: de latere stem telt
duplicate-vote-label = tweede stem
duplicate-vote-first = eerste stem, van { $name }
duplicate-vote-help = de eerdere stem blijft als geschiedenis staan; haal er een weg als ze per vergissing dubbel is vastgelegd
code-duplicate-vote = een tweede stem van een instelling op dezelfde versie: de latere telt
explain-duplicate-vote =
    Per instelling telt in een ronde de laatste stem. Stemt een directie opnieuw nadat het plan veranderde, dan is dat gewoon: de nieuwe stem is op een nieuwe versie.

    Twee stemmen van één instelling op dezelfde versie zijn vaak een vergissing (twee keer vastgelegd, of twee directeuren van één instelling). De latere telt; de eerdere blijft als geschiedenis staan. Haal de dubbele weg als ze een vergissing is.
fix-duplicate-vote = haal de dubbele stem weg als ze een vergissing is; de latere telt.
late-vote = { $name } stemde op { $date }, na de uiterste datum { $deadline }
late-vote-label = na de uiterste datum
late-vote-help = de stem telt mee; verleng de ronde (`--round open` met een nieuwe `--deadline`) als de regio late stemmen niet wil tellen zonder afspraak
code-late-vote = een stem die na de uiterste datum van de ronde is uitgebracht
explain-late-vote =
    `[approval.round] deadline` is de dag waarop de directies uiterlijk stemmen. Een stem van later telt mee — het plan is er niet minder geaccordeerd door — maar de stuurgroep moet weten dat de termijn niet gehaald is.

    Wil de regio de termijn verlengen, open dan de ronde opnieuw met een nieuwe uiterste datum.
fix-late-vote = open de ronde opnieuw met een latere uiterste datum als de termijn is verlengd.
round-overdue = de accorderingsronde liep af op { $deadline } zonder quorum: { $agreed } van de { $needed } nodige instellingen akkoord
round-overdue-label = uiterste datum verstreken
round-overdue-help = vraag de directies die nog niet stemden om hun besluit, of open de ronde opnieuw: `vsopro jaarplan { $region } --round open --deadline JJJJ-MM-DD`
code-round-overdue = een open accorderingsronde na haar uiterste datum zonder quorum
explain-round-overdue =
    Een ronde is open tot het plan geaccordeerd is. Is de uiterste datum voorbij en stemden te weinig instellingen akkoord op het plan zoals het nu is, dan draait het plan zonder accordering.

    Vraag de directies die nog niet stemden om hun besluit, of open de ronde opnieuw met een nieuwe uiterste datum.
fix-round-overdue = open de ronde opnieuw met een nieuwe uiterste datum op de jaarplanpagina.
vote-on-earlier-version = { $institution } ({ $name }) stemde op versie { $fingerprint }; het plan is sindsdien veranderd ({ $current }): die stem telt niet meer
vote-on-earlier-version-label = eerdere versie
vote-on-earlier-version-help = vraag de directie opnieuw te stemmen op het plan zoals het nu is; de oude stem blijft als geschiedenis staan
code-vote-on-earlier-version = een stem op een eerdere versie van het plan terwijl de ronde open is: ze telt niet meer
explain-vote-on-earlier-version =
    Verandert de periode of een doel tijdens een open ronde, dan is wat eerder geaccordeerd werd niet meer het plan. De eerdere stemmen blijven staan, gemarkeerd als "op een eerdere versie", maar tellen niet mee voor het quorum.

    De directies die zo stemden, worden opnieuw gevraagd; in de hub zien ze bij het aanmelden wat er veranderde.
fix-vote-on-earlier-version = vraag de directie opnieuw te stemmen; de hub toont haar wat er veranderde.
hub-beheer-institutions = Instellingen (directie)
hub-beheer-institutions-hint = Voor een directie: de instelling of instellingen waarvoor zij stemt, in haar regio.
round-your-vote = Uw stem: { $decision } op { $date } (versie { $fingerprint }).
round-page-heading = { $title } — accordering, { $region }
round-pdf-footer = Jaarplan ter accordering, vingerafdruk { $fingerprint }
round-changed-meanwhile = Het plan is veranderd sinds u deze pagina opende: lees de nieuwe versie en stem opnieuw.
round-before-you = Ter accordering: { $title }, uiterlijk { $deadline }.
round-page-none = Er is nog geen accorderingsronde geopend.
round-page-fingerprint = Deze versie van het plan heeft vingerafdruk { $fingerprint }.
round-page-pdf = Het plan als pdf
round-page-changes = Wat er veranderde sinds de vorige geaccordeerde versie
round-vote-heading = Uw besluit namens { $institution }
round-vote-again = Het plan is sindsdien veranderd: die stem telt niet meer; stem opnieuw.
round-field-function = Uw functie
round-field-comment = Toelichting
round-field-comment-hint = Verplicht bij niet akkoord: waarom, zodat het plan erop kan worden aangepast.
round-button-akkoord = Akkoord
round-button-niet-akkoord = Niet akkoord
round-button-onthouding = Onthouding
round-open-heading = Een ronde openen
round-field-deadline = Uiterlijk
round-field-message = Boodschap aan de directies
round-open-button = Voorleggen aan de directies
round-page-plan = Het plan
round-page-link = Accorderingsronde
hub-mail-kind-round-open = ronde geopend ({ $region })
hub-mail-kind-round-reminder = herinnering ronde ({ $region })
hub-mail-round-subject = Ter accordering: { $title }, uiterlijk { $deadline }
hub-mail-round-intro = De netwerkcoördinator van { $region } legt { $title } ter accordering aan u voor. Lees het plan en geef uw besluit uiterlijk { $deadline }: akkoord, niet akkoord (met een toelichting) of onthouding.
hub-mail-reminder-subject = Herinnering: { $title } ter accordering, uiterlijk { $deadline }
hub-mail-reminder-intro = Uw besluit over { $title } is nog niet binnen, of het plan is veranderd sinds u stemde. De uiterste datum is { $deadline }.
hub-mail-round-action = Naar het plan en uw stem:
hub-mail-round-closing = U meldt zich aan met dit e-mailadres; het plan staat niet in deze e-mail, alleen de link.
round-mail-heading = E-mails aan de directies
round-mail-what = wat
round-mail-when = wanneer
round-mail-status = hoe het ging
round-mail-sent = verstuurd
round-mail-waiting = wacht op de mailserver
round-mail-failed = niet verstuurd: vraag de beheerder het adres na te kijken en geef de link zelf door
round-page-since-vote = Wat er veranderde sinds uw stem
event-round-opened = Ronde geopend
event-vote-cast = Stem
voortgang-round-opened = Accorderingsronde geopend op { $opened }, uiterlijk { $deadline }
voortgang-vote = { $who } namens { $school }: { $decision } op versie { $fingerprint }
round-unknown-institution-none = De regio heeft nog geen scholen die meetellen in schools.toml: voeg de school van de instelling eerst toe.

## Good practices (the kennismakelaar).
practice-missing-summary = een samenvatting (summary: wat het is)
practice-missing-contact = een contact (contact: rol en organisatie)
incomplete-practice = goed voorbeeld '{ $id }' mist wat een collega elders nodig heeft: { $missing }
incomplete-practice-label = goed voorbeeld zonder inhoud
incomplete-practice-help = een titel alleen vertelt een collega in een andere regio niets om mee te beginnen; schrijf in een paar zinnen wat het is (summary) en wie ze kunnen vragen (contact = {"{"} role = "...", organisation = "..." {"}"})
code-incomplete-practice = een goed voorbeeld (example = true) zonder de samenvatting of het contact die een collega elders nodig heeft
explain-incomplete-practice =
    Met `example = true` deelt een regio een actie als goed voorbeeld met de andere 34 regio's (`vsopro voorbeelden`, de site, de hub). Een collega in Zeeland die wil beginnen met wat in Gooi en Vechtstreek werkte, heeft meer nodig dan een titel: wat het is (`summary`) en wie hij kan bellen (`contact`, een rol en een organisatie).

    Voeg ook toe wat het opleverde (`result`, met cijfers als die er zijn), wat het deed werken (`success_factors`), waar je op moet letten (`pitfalls`), voor wie het is (`target_group`), met welke partners (`partners`), sinds wanneer (`since`) en openbare bronnen (`links`).
fix-incomplete-practice = vul in het formulier van de actie de samenvatting en het contact (rol en organisatie) in.
private-contact = het contactadres '{ $email }' van '{ $id }' lijkt van een persoon, niet van de organisatie
private-contact-label = persoonlijk adres?
private-contact-help = goede voorbeelden zijn openbaar: gebruik een algemeen adres van de organisatie (info@…, stage@…), nooit een privé- of persoonlijk adres
code-private-contact = een contactadres bij een goed voorbeeld dat van een persoon lijkt, niet van de organisatie
explain-private-contact =
    Goede voorbeelden gaan naar alle regio's en de openbare site. Het contact is daarom een rol en een organisatie, met hooguit een algemeen e-mailadres van die organisatie (`info@school.nl`, `stage@school.nl`).

    Een adres bij een mailprovider (gmail, hotmail, ziggo, …) of in de vorm voornaam.achternaam@ hoort bij een persoon: dat zet vsopro niet op de site zonder dat u het ziet. Vervang het door een algemeen adres, of laat het weg.
fix-private-contact = vervang het adres door een algemeen adres van de organisatie, of laat het weg.
invalid-inspiration = inspired_by van '{ $id }' is '{ $value }', maar dat is geen regio/id van een andere regio
invalid-inspiration-label = geen regio/id
invalid-inspiration-help = schrijf de regio (zoals in regions/) en het id van de actie daar, bijvoorbeeld inspired_by = "gooi-en-vechtstreek/route-praktijkleren"; `vsopro voorbeelden --adopt` schrijft het zelf
invalid-public-practice = het voorbeeld "{ $id }": { $problem }
invalid-public-practice-label = hier
invalid-public-practice-help = een voorbeeld uit openbare bronnen noemt één of meer van de zeven thema's en heeft een eigen id van kleine letters, cijfers en streepjes
invalid-public-practice-id = de id bestaat niet uit kleine letters, cijfers en streepjes
invalid-public-practice-twice = deze id staat al eerder in het bestand
invalid-public-practice-no-theme = er staat geen thema bij
invalid-public-practice-theme = `{ $theme }` is geen van de zeven ontwikkelthema's
code-invalid-inspiration = een inspired_by die geen regio/id van een andere officiële regio is
code-invalid-public-practice = een goed voorbeeld uit openbare bronnen zonder of met een onbekend thema, met een id die geen kebab-case is, of met een id die al bestaat
explain-invalid-inspiration =
    `inspired_by` zegt van welk goed voorbeeld van een andere regio een actie is overgenomen: `regio/id`, met de map van die regio onder `regions/` en het id van haar actie. Zo ziet de regio van het voorbeeld in haar voortgang waar het is overgenomen.

    `vsopro voorbeelden --adopt REGIO/ID --into MIJN-REGIO` maakt de actie en schrijft dit zelf.
explain-invalid-public-practice =
    Een goed voorbeeld uit openbare bronnen (practices.toml) dat de catalogus niet goed kan tonen: zonder thema is het bij geen thema te vinden, een onbekend thema of een id die geen kebab-case is kan niet in een adres of een verwijzing, en een id die twee keer voorkomt wijst twee voorbeelden aan.

    Geef elk voorbeeld een eigen id van kleine letters, cijfers en streepjes en noem één of meer van de zeven thema's bij hun id, bijv. themes = ["stageplaatsen"].
fix-invalid-inspiration = neem het goede voorbeeld opnieuw over met de knop "Overnemen als actie" bij het voorbeeld.
fix-invalid-public-practice = geef het voorbeeld een eigen id en één of meer van de zeven thema's.
voortgang-adopted = Uw goede voorbeelden, overgenomen door andere regio's ({ $count })
voortgang-adopted-line = { $region } nam { $from } over als '{ $title }' ({ $id }, { $status })
site-practices-link = Goede voorbeelden van het hele netwerk: zoeken, lezen, overnemen
site-practices-intro = Wat in een regio werkte, beschreven zodat een collega elders ermee kan beginnen: wat het is, wat het opleverde, wat het deed werken en wie u kunt vragen.
site-practices-search = Zoeken
site-practices-all = alle
site-practices-partner = Partner
site-practices-target = Doelgroep
site-practices-button = Zoeken
site-practices-adopted = { $count ->
    [one] 1 keer overgenomen
   *[other] { $count } keer overgenomen
}
site-practices-back = ← Alle goede voorbeelden
site-practices-inspired = Overgenomen van
site-practices-not-adopted = Nog door geen andere regio overgenomen.
site-practices-adopt-into = Overnemen in
site-practices-adopt = Overnemen als actie
site-practices-adopt-hint = Maakt een geplande actie in uw regio met de titel, thema's en samenvatting van dit voorbeeld; de regio van het voorbeeld ziet dat u het overnam.
form-field-summary = Samenvatting (goed voorbeeld)
form-hint-summary = Wat het is, in een paar zinnen: wat een collega in een andere regio als eerste leest.
form-field-result = Resultaat
form-hint-result = Wat het opleverde, met cijfers als die er zijn.
form-field-success-factors = Succesfactoren
form-field-pitfalls = Valkuilen
form-field-target-group = Doelgroep
form-field-links = Openbare bronnen (links)
form-field-source = Bron (geen webpagina)
form-field-actie-since = Loopt sinds
hub-mail-kind-round-changed = plan veranderd, opnieuw gevraagd ({ $region })
hub-mail-kind-round-withdrawn = ronde ingetrokken ({ $region })
hub-mail-withdrawn-subject = Ingetrokken: { $title } ligt niet meer ter accordering voor
hub-mail-withdrawn-intro = De netwerkcoördinator van { $region } heeft de ronde over { $title } ingetrokken. Uw stem blijft bewaard in de geschiedenis van het plan, maar telt niet meer; u hoeft nu niets te doen.
hub-mail-withdrawn-reason = { $by } schreef erbij: { $reason }
hub-mail-changed-subject = Opnieuw ter accordering: { $title } is veranderd, uiterlijk { $deadline }
hub-mail-changed-intro = Het plan { $title } is veranderd nadat u stemde: uw stem was op een eerdere versie en telt niet meer. Lees wat er veranderde en stem opnieuw, uiterlijk { $deadline }.
form-field-contact-role = Contact: rol (goed voorbeeld)
form-hint-contact-role = Een rol, geen naam: "stage- en uitstroomcoördinator".
form-field-contact-organisation = Contact: organisatie
form-field-contact-email = Contact: algemeen e-mailadres van de organisatie
form-hint-contact-email = Goede voorbeelden zijn openbaar: info@… of stage@…, nooit een persoonlijk adres.
round-history = Alle stemmen in deze ronde ({ $count })
round-history-line = { $date }, { $name } namens { $institution }, versie { $fingerprint }
