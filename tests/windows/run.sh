#!/usr/bin/env bash
# The Windows build, proven on Linux: cross-compile vsopro for
# x86_64-pc-windows-gnu (Debian's mingw-w64), run a smoke test of the .exe
# under Wine (Debian's wine64) on the example data, and compare its output
# with the Linux binary's (paths and line endings aside). Run by .ci/run.
#
# Installs what it needs (rustup target, mingw-w64, wine64). On a developer's
# machine without them it says so loudly and skips; in CI (CI set) that is a
# failure, so the test cannot pass by not running. Both binaries are built
# without the `pdf` feature: Typst is pure Rust, and building it twice more
# in release would double the CI run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
target=x86_64-pc-windows-gnu
work="$repo/target/windows"

skip() {
  if [ -n "${CI:-}" ]; then
    echo "FAILED: the Windows smoke test cannot run in CI: $*" >&2
    exit 1
  fi
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!!! SKIPPING the Windows smoke test: $*" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 0
}

if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  rustup target add "$target" >&2 || skip "rustup cannot add the $target target"
fi
wine=/usr/lib/wine/wine64
if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || [ ! -x "$wine" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing mingw-w64 and wine64 (Debian packages) ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    pkgs="gcc-mingw-w64-x86-64 wine64"
    apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1; } \
      || true
  fi
fi
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || skip "no mingw-w64 (x86_64-w64-mingw32-gcc), and it could not be installed"
[ -x "$wine" ] || skip "no Wine at $wine, and it could not be installed"

echo "building vsopro.exe for $target ..." >&2
(cd "$repo" && CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
  cargo build --quiet --locked --release --no-default-features --target "$target")
(cd "$repo" && cargo build --quiet --locked --release --no-default-features)
exe="$repo/target/$target/release/vsopro.exe"
linux="$repo/target/release/vsopro"

mkdir -p "$work/bin"
cp "$exe" "$work/bin/vsopro.exe"
# Rust's standard library imports ProcessPrng from bcryptprimitives.dll
# (Windows 10 and later), which Debian's Wine 8 lacks. A test-only shim
# beside the .exe gives it on top of RtlGenRandom (advapi32).
cat > "$work/shim.c" <<'C'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
C
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bin/bcryptprimitives.dll" "$work/shim.c" -ladvapi32

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$WINEPREFIX"
# Set up the Wine prefix first, so that its messages do not mix with the output.
"$wine" wineboot --init >/dev/null 2>&1 || true
/usr/lib/wine/wineserver64 -w 2>/dev/null || /usr/lib/wine/wineserver -w 2>/dev/null || true

sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
cp -r "$repo/examples" "$sandbox/linux"
cp -r "$repo/examples" "$sandbox/windows"
mkdir -p "$sandbox/linux-init" "$sandbox/windows-init"
csv="$repo/tests/fixtures/duo/vestigingen-vo-pro.csv"

failed=0
# Runs one command on both binaries and compares stdout, stderr and exit code.
compare() {
  local name=$1; shift
  local lroot=$1 wroot=$2; shift 2
  local lout wout lcode=0 wcode=0
  lout=$("$linux" --root "$lroot" --today 2026-11-22 --color never "$@" 2>&1) || lcode=$?
  wout=$("$wine" "$work/bin/vsopro.exe" --root "Z:$wroot" --today 2026-11-22 --color never "$@" 2>&1) || wcode=$?
  # Line endings and the two sandbox paths aside, the outputs are the same.
  wout=$(printf '%s' "$wout" | tr -d '\r' | sed -e "s#Z:$wroot#ROOT#g" -e "s#$wroot#ROOT#g" -e 's#\\#/#g')
  lout=$(printf '%s' "$lout" | sed -e "s#$lroot#ROOT#g")
  if [ "$lout" = "$wout" ] && [ "$lcode" = "$wcode" ]; then
    echo "ok   $name (exit $wcode)"
  else
    echo "FAIL $name: exit $lcode on Linux, $wcode on Windows" >&2
    diff <(echo "$lout") <(echo "$wout") >&2 || true
    failed=1
  fi
  printf '%s\n' "$wout" > "$work/$name.out"
}

compare check "$sandbox/linux" "$sandbox/windows" check
compare foto "$sandbox/linux" "$sandbox/windows" foto midden-holland --format markdown
compare caseload "$sandbox/linux" "$sandbox/windows" caseload
compare import "$sandbox/linux" "$sandbox/windows" import duo "$csv" --region midden-holland --format csv
compare init "$sandbox/linux-init" "$sandbox/windows-init" init zeeland
compare check-init "$sandbox/linux-init" "$sandbox/windows-init" check zeeland
diff -r "$sandbox/linux-init" "$sandbox/windows-init" >&2 || { echo "FAIL init wrote different files" >&2; failed=1; }

# Without the pdf feature a PDF is refused clearly, on both.
compare no-pdf "$sandbox/linux" "$sandbox/windows" foto midden-holland --out foto.pdf
grep -q "gebouwd zonder PDF\|built without PDF" "$work/no-pdf.out" || { echo "FAIL no clear error for .pdf without the pdf feature" >&2; failed=1; }

# From a terminal or a script, vsopro without arguments prints its help
# and exits 2, as on Linux (under Wine run directly it has no console).
code=0
out=$("$wine" "$work/bin/vsopro.exe" 2>&1) || code=$?
if [ "$code" = 2 ] && printf '%s' "$out" | grep -q "Gebruik:\|Usage:"; then
  echo "ok   no-arguments from a script: the help (exit 2)"
else
  echo "FAIL no-arguments from a script: exit $code" >&2; printf '%s\n' "$out" >&2; failed=1
fi

# A double-click: Explorer starts vsopro.exe without arguments in a console
# of its own, in the exe's folder. Wine's `start` does the same (a new
# console; the exe's folder as the working directory). vsopro must then
# serve the workbench (or the page that says how to start) on port 8040
# and stay open, not print its help and vanish.
get_root() {
  exec 3<>/dev/tcp/127.0.0.1/8040 || return 1
  printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1:8040\r\nConnection: close\r\n\r\n' >&3
  cat <&3
  exec 3<&-
}
double_click() {
  local name=$1 dir=$2 expect=$3 answer="" i
  cp "$work/bin/vsopro.exe" "$work/bin/bcryptprimitives.dll" "$dir/"
  "$wine" start /unix "$dir/vsopro.exe" >/dev/null 2>&1 &
  for i in $(seq 1 60); do
    answer=$(get_root 2>/dev/null || true)
    [ -n "$answer" ] && break
    sleep 0.5
  done
  # Closing the console window: every Wine process ends.
  /usr/lib/wine/wineserver64 -k 2>/dev/null || /usr/lib/wine/wineserver -k 2>/dev/null || true
  wait || true
  rm -f "$dir/vsopro.exe" "$dir/bcryptprimitives.dll"
  if printf '%s' "$answer" | grep -q "$expect"; then
    echo "ok   $name"
  else
    echo "FAIL $name: expected $expect, got:" >&2; printf '%s\n' "$answer" | head -n 20 >&2; failed=1
  fi
}
# In a data folder: the workbench (which asks for the link's token).
double_click "double-click in a data folder: the workbench" "$sandbox/windows" "HTTP/1.1 403"
# Elsewhere: the page that says how to start, naming the folder.
mkdir -p "$sandbox/downloads"
double_click "double-click without data: how to start one" "$sandbox/downloads" "vsopro init"

echo "--- vsopro.exe foto midden-holland (under Wine), first lines:"
head -n 8 "$work/foto.out"
[ "$failed" = 0 ] || exit 1
echo "the Windows build behaves as the Linux build"
