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

echo "--- vsopro.exe foto midden-holland (under Wine), first lines:"
head -n 8 "$work/foto.out"
[ "$failed" = 0 ] || exit 1
echo "the Windows build behaves as the Linux build"
