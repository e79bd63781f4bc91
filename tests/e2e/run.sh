#!/usr/bin/env bash
# End-to-end tests in headless Chromium, run by .ci/run: the static site, the
# workbench, the hub behind Caddy over HTTPS, its single sign-on against a
# real OpenID provider, its e-mail through a real SMTP server, and the PDF
# documents.
# Installs what it needs (Debian's chromium, playwright-core from npm). On a
# developer's machine without a browser it says so loudly and skips; in CI
# (CI set) that is a failure, so the test can never pass by not running.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

skip() {
  if [ -n "${CI:-}" ]; then
    echo "FAILED: the browser test of the site cannot run in CI: $*" >&2
    exit 1
  fi
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!!! SKIPPING the browser test of the site: $*" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 0
}

browser=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$browser" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing chromium (Debian package) ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q chromium >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; } \
      || true
  fi
fi
# pdfinfo, pdftotext and pdftoppm read the printed pages.
if ! command -v pdfinfo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing poppler-utils (Debian package) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q poppler-utils >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q poppler-utils >/dev/null 2>&1; } \
    || true
fi
command -v pdfinfo >/dev/null 2>&1 || skip "pdfinfo (poppler-utils) is not installed and could not be"
[ -x "$browser" ] || skip "no Chromium at $browser and it could not be installed (needs apt-get as root)"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || skip "node/npm are not installed"

cd "$here"
npm ci --no-audit --no-fund --loglevel=error || skip "npm could not install playwright-core"

out="$repo/target/e2e"
rm -rf "$out/site"
mkdir -p "$out"
(cd "$repo" && cargo run --quiet --locked -- --root examples --today 2026-11-22 site "$out/site" >/dev/null)
CHROMIUM="$browser" node site.mjs "$out/site" "$out/screenshots"

# The good practices' search in the browser, on a small network: the base
# region with Gooi en Vechtstreek's two practices, one taken up.
pdata="$out/practices-data"
rm -rf "$pdata" "$out/practices-site"
mkdir -p "$pdata"
cp -r "$repo/tests/fixtures/base/." "$pdata/"
cp -r "$repo/tests/fixtures/practices/." "$pdata/"
(cd "$repo" && cargo build --quiet --locked)
"$repo/target/debug/vsopro" --root "$pdata" --today 2026-11-22 voorbeelden \
  --adopt gooi-en-vechtstreek/route-retail --into gorinchem >/dev/null
"$repo/target/debug/vsopro" --root "$pdata" --today 2026-11-22 site "$out/practices-site" >/dev/null 2>&1
CHROMIUM="$browser" node practices.mjs "$out/practices-site" "$out/screenshots"

# The search on the shipped practices: the browser finds what the command
# line finds, for the words people use.
sdata="$out/shipped-data"
rm -rf "$sdata" "$out/shipped-site"
mkdir -p "$sdata"
cp -r "$repo/regions" "$sdata/regions"
cp "$repo/practices.toml" "$sdata/"
"$repo/target/debug/vsopro" --root "$sdata" site "$out/shipped-site" >/dev/null 2>&1
{
  printf '{'
  sep=''
  for words in "stageplekken" "nazorg" "beschut werk" "zelf in dienst" "dagbesteding"; do
    n=$("$repo/target/debug/vsopro" --root "$sdata" voorbeelden $words --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["practices"]))')
    printf '%s"%s": %s' "$sep" "$words" "$n"
    sep=', '
  done
  printf '}\n'
} > "$out/search-counts.json"
CHROMIUM="$browser" node search.mjs "$out/shipped-site" "$out/search-counts.json"

# The workbench: the example data in a git repository, an action marked done
# through its form in the browser.
wb="$out/workbench"
rm -rf "$wb"
cp -r "$repo/examples" "$wb"
git -C "$wb" init -q
git -C "$wb" add -A
GIT_AUTHOR_NAME=CI GIT_AUTHOR_EMAIL=ci@example.org GIT_COMMITTER_NAME=CI GIT_COMMITTER_EMAIL=ci@example.org \
  git -C "$wb" -c commit.gpgsign=false commit -qm "Gegevens"
(cd "$repo" && cargo build --quiet --locked)
CHROMIUM="$browser" node workbench.mjs "$repo/target/debug/vsopro" "$wb" "$out/screenshots"

# The hub behind a real Caddy over HTTPS (Debian's package).
if ! command -v caddy >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing caddy (Debian package) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q caddy >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q caddy >/dev/null 2>&1; } \
    || true
fi
command -v caddy >/dev/null 2>&1 || skip "caddy is not installed and could not be (needs apt-get as root)"
CHROMIUM="$browser" node hub.mjs "$repo/target/debug/vsopro" "$out/hub" "$out/screenshots" 2>"$out/hub.log" \
  || { tail -40 "$out/hub.log" >&2; exit 1; }

# The directies' approval round: three directors vote in their browsers.
CHROMIUM="$browser" node round.mjs "$repo/target/debug/vsopro" "$out/round" "$out/screenshots" 2>"$out/round.log" \
  || { tail -40 "$out/round.log" >&2; exit 1; }

# The coordinator's whole year, a stuurgroep member, a lezer and the
# beheerder, each page at 1280 and 390 px.
CHROMIUM="$browser" node year.mjs "$repo/target/debug/vsopro" "$out/year" "$out/screenshots" 2>"$out/year.log" \
  || { tail -40 "$out/year.log" >&2; exit 1; }

# Single sign-on against a real OpenID provider (oidc-provider from npm).
CHROMIUM="$browser" node oidc.mjs "$repo/target/debug/vsopro" "$out/oidc" "$out/screenshots" 2>"$out/oidc.log" \
  || { tail -40 "$out/oidc.log" >&2; exit 1; }

# The hub's e-mail through a real SMTP server (aiosmtpd from PyPI, in a venv).
if [ ! -x "$out/venv/bin/python" ]; then
  if ! python3 -m venv "$out/venv" 2>/dev/null; then
    rm -rf "$out/venv"
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      echo "installing python3-venv (Debian package) ..." >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get install -y -q python3-venv >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q python3-venv >/dev/null 2>&1; } \
        || true
    fi
    python3 -m venv "$out/venv" || skip "python3 cannot make a venv (python3-venv)"
  fi
fi
"$out/venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" \
  || skip "pip could not install aiosmtpd"
(cd "$repo" && cargo build --quiet --locked)
"$out/venv/bin/python" "$here/mail.py" "$repo/target/debug/vsopro" "$repo/examples" "$out/mail"

# The PDF documents, read back with poppler.
(cd "$repo" && cargo build --quiet --locked)
"$here/documents.sh" "$repo/target/debug/vsopro" "$out/documents"
