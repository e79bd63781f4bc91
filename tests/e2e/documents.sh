#!/usr/bin/env bash
# The PDF documents, read back as their readers' tools read them: text with
# pdftotext, pages and fonts with pdfinfo and pdffonts (poppler-utils,
# installed by run.sh), page 1 rendered with pdftoppm and kept in
# target/documents as the CI artefact. Run by run.sh after the site test.
#
#   documents.sh VSOPRO OUT_DIR
set -euo pipefail
vsopro=$1
out=$2
repo=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out"
mkdir -p "$out"

fail() { echo "FAILED documents: $*" >&2; exit 1; }
has() { # FILE TEXT...: the PDF's text holds each text
  local text
  text=$(pdftotext -layout "$1" - 2>/dev/null)
  shift
  for t in "$@"; do
    grep -qF -- "$t" <<<"$text" || fail "missing \"$t\" in the PDF text:
$text"
  done
}
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
within() { # FILE MIN MAX
  local n; n=$(pages "$1")
  [ "$n" -ge "$2" ] && [ "$n" -le "$3" ] || fail "$1 has $n pages, expected $2-$3"
}
embedded() { # every font is embedded
  pdffonts "$1" 2>/dev/null | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' \
    || fail "$1 has fonts that are not embedded: $(pdffonts "$1" 2>/dev/null)"
  pdffonts "$1" 2>/dev/null | grep -q LiberationSans || fail "$1 is not set in Liberation Sans"
}
thumb() { pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$1" "${1%.pdf}-1" 2>/dev/null; }
timed() { # NAME ARGS...: runs vsopro, records its time
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  "$vsopro" --today 2026-11-22 --color never "$@" >/dev/null 2>"$out/$name.err" \
    || { cat "$out/$name.err" >&2; fail "vsopro $*"; }
  end=$(date +%s%N)
  echo "$name: $(( (end - start) / 1000000 )) ms" >>"$out/times.txt"
}

ex="$out/examples"
cp -r "$repo/examples" "$ex"

# The foto: the region, Dutch headings, the values, its map, page numbers.
timed foto --root "$ex" foto midden-holland --out "$out/foto.pdf"
has "$out/foto.pdf" "Regionale foto Midden-Holland (AM20)" "Netwerk vso/pro Midden-Holland (AM20)" \
  "Scholen" "Overlegtafels" "Knelpunten en acties" "Praktijkschool De Goudse Hoeve" "240" \
  "Benodigde inzet: 5:20 uur per week (0,15 fte) voor 4 scholen" "pagina 1 van"
within "$out/foto.pdf" 1 4
embedded "$out/foto.pdf"

# The jaarplan is the approval document: it closes with the approval and
# the fingerprint of this version.
timed jaarplan --root "$ex" jaarplan midden-holland --out "$out/jaarplan.pdf"
fingerprint=$("$vsopro" --today 2026-11-22 --root "$ex" jaarplan midden-holland --format json 2>/dev/null \
  | sed -n 's/^  "fingerprint": "\(.*\)",$/\1/p')
[ -n "$fingerprint" ] || fail "no fingerprint in the jaarplan's JSON"
has "$out/jaarplan.pdf" "Jaarplan netwerkcoördinator vso/pro" "Doelen" \
  "12 van 30 stageplekken (40%, gemeten 1 november 2026)" \
  "Accordering door de directies" "Vingerafdruk" "$fingerprint" \
  "Directies pro en vso Midden-Holland" "De directies accordeerden deze versie"
within "$out/jaarplan.pdf" 1 4
embedded "$out/jaarplan.pdf"

# Changed after approval: page 1 says so, prominently.
lapsed="$out/lapsed"
cp -r "$ex" "$lapsed"
sed -i 's/Dertig extra stageplekken in de techniek./Veertig extra stageplekken in de techniek./' \
  "$lapsed/regions/midden-holland/jaarplan.toml"
"$vsopro" --today 2026-11-22 --root "$lapsed" jaarplan midden-holland --out "$out/jaarplan-lapsed.pdf" >/dev/null 2>&1
page1=$(pdftotext -f 1 -l 1 "$out/jaarplan-lapsed.pdf" - 2>/dev/null)
grep -qF "Let op: accordering vervallen: gewijzigd na accordering van 15 september 2026" <<<"$page1" \
  || fail "the lapsed approval is not on page 1: $page1"

# An open round: every page says the plan is a draft before the directies,
# and the approval block lists each institution's decision and version.
round="$out/round"
cp -r "$ex" "$round"
"$vsopro" --today 2026-11-20 --root "$round" jaarplan midden-holland --round open --deadline 2026-12-15 >/dev/null 2>&1 \
  || fail "jaarplan --round open"
"$vsopro" --today 2026-11-21 --root "$round" jaarplan midden-holland --vote --institution vso-de-brug \
  --by "Anna de Vries" --function directeur --decision niet-akkoord --comment "Meer over nazorg" --yes >/dev/null 2>&1 \
  || fail "jaarplan --vote"
"$vsopro" --today 2026-11-22 --root "$round" jaarplan midden-holland --out "$out/jaarplan-round.pdf" >/dev/null 2>&1
has "$out/jaarplan-round.pdf" "Accordering door de directies" "Anna de Vries (directeur)" \
  "niet akkoord: Meer over" "2026-11-21" "$fingerprint" "nog niet gestemd"
n=$(pages "$out/jaarplan-round.pdf")
drafts=$(pdftotext -layout "$out/jaarplan-round.pdf" - 2>/dev/null | grep -c "Concept ter accordering" || true)
[ "$drafts" -eq "$n" ] || fail "\"Concept ter accordering\" on $drafts of $n pages"

timed voortgang --root "$ex" voortgang midden-holland --out "$out/voortgang.pdf"
has "$out/voortgang.pdf" "Voortgang Midden-Holland (AM20)" "Acties" "Knelpunten" "Volgend stuurgroepoverleg"
within "$out/voortgang.pdf" 1 3

# The shipped data: the largest region's foto has a schools table over
# more than one page; its header row repeats on the next page.
caseload=$("$vsopro" --today 2026-11-22 --root "$repo" caseload --format csv 2>/dev/null)
big=$(awk -F, 'NR > 1 && $1 ~ /^AM/ { print $5, $1 }' <<<"$caseload" | sort -n | tail -1 | cut -d' ' -f2)
timed foto-shipped --root "$repo" foto "$big" --out "$out/foto-shipped.pdf"
n=$(pages "$out/foto-shipped.pdf")
[ "$n" -ge 2 ] && [ "$n" -le 12 ] || fail "the foto of $big has $n pages"
page2=$(pdftotext -f 2 -l 2 -layout "$out/foto-shipped.pdf" - 2>/dev/null)
grep -qE "^ *school +gemeente" <<<"$page2" \
  || fail "the schools table's header row does not repeat on page 2: $page2"
timed staffing-shipped --root "$repo" staffing --out "$out/staffing-shipped.pdf"
has "$out/staffing-shipped.pdf" "Bezetting" "AM20" "Rijnmond" "Groningen" "pagina 2 van 2"

# The wide staffing table is set in landscape; no word of any document
# runs into its neighbour (e.g. a long region name into the next column).
pdfinfo "$out/staffing-shipped.pdf" | grep -q "Page size: *841" \
  || fail "the staffing document is not in landscape: $(pdfinfo "$out/staffing-shipped.pdf")"
for f in "$out"/*.pdf; do
  pdftotext -bbox "$f" "${f%.pdf}.bbox.html"
  python3 "$repo/tests/e2e/overlap.py" "${f%.pdf}.bbox.html" >&2 || fail "text runs into its neighbour in $f"
done

for f in "$out"/*.pdf; do thumb "$f"; done
echo "documents ok: $(cd "$out" && ls ./*.pdf | wc -l) PDFs; $(tr '\n' ';' <"$out/times.txt")"
