#!/usr/bin/env bash
# Mutation check (`make mutants`, issue #13): breaking a rule on purpose must fail a test.
#
# Applies each one-line break listed in tools/mutants.txt, one at a time, to a scratch copy of
# the source tree (build-mutants/src-copy; the developer's tree is never touched), rebuilds
# incrementally (one build dir, build-mutants/build, reused from run to run), runs the tests and
# prints KILLED (a test failed, or the build broke) or SURVIVED (every test passed), then a
# summary. Exits 1 when a break survived or is invalid (its original text does not occur
# exactly once in its file), 2 when the unbroken tree does not build or pass.
#
#   tools/mutants.sh [-t SECONDS] [-k PATTERN] [-f FILE]
#     -t  per-mutant test timeout in seconds (default 600; a timeout counts as KILLED)
#     -k  only the mutants whose line matches PATTERN (a bash extended regular expression)
#     -f  the list (default tools/mutants.txt)
#
# Tests run: ctest -E 'Html5lib|python' (the html5lib conformance suite takes long and no break
# here touches the parser's conformance; the Python tests need the module, not built here).
# The golden tests, pathological tests and cli_end_to_end run. Every build and test step holds
# flock /tmp/newsdesk-build.lock (others build on this machine). Not in CI: it takes minutes.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
timeout_s=600
only=""
list=$root/tools/mutants.txt
while getopts "t:k:f:" opt; do
  case $opt in
    t) timeout_s=$OPTARG ;;
    k) only=$OPTARG ;;
    f) list=$OPTARG ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
work=$root/build-mutants
copy=$work/src-copy
build=$work/build
lock=/tmp/newsdesk-build.lock
jobs=$(nproc)
tests_exclude='Html5lib|python'
mkdir -p "$copy" "$build"

# The copy follows the developer's tree (tracked and untracked files, .gitignore honoured).
# A file is rewritten only when its bytes differ, so its mtime moves and ninja rebuilds it;
# files that did not change keep theirs and are not rebuilt.
sync_copy() {
  (cd "$root" && git ls-files -z -co --exclude-standard) | python3 -c '
import os, sys, shutil
root, copy = sys.argv[1], sys.argv[2]
names = set(n for n in sys.stdin.buffer.read().decode().split("\0") if n)
for n in names:
    src, dst = os.path.join(root, n), os.path.join(copy, n)
    if not os.path.isfile(src):
        continue
    with open(src, "rb") as f:
        data = f.read()
    try:
        with open(dst, "rb") as f:
            same = f.read() == data
    except OSError:
        same = False
    if not same:
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "wb") as f:
            f.write(data)
        shutil.copymode(src, dst)
for dirpath, _, files in os.walk(copy):
    for f in files:
        rel = os.path.relpath(os.path.join(dirpath, f), copy)
        if rel not in names:
            os.remove(os.path.join(dirpath, f))
' "$root" "$copy"
}

# apply_mutant FILE ORIGINAL REPLACEMENT: rewrites FILE in the copy; fails unless ORIGINAL occurs
# exactly once (then prints how many times it occurs).
apply_mutant() {
  python3 - "$copy/$1" "$2" "$3" <<'EOF'
import sys
path, old, new = sys.argv[1:4]
try:
    text = open(path, encoding="utf-8").read()
except OSError as e:
    print(f"cannot read: {e}"); sys.exit(1)
n = text.count(old)
if n != 1:
    print(f"original text occurs {n} times"); sys.exit(1)
open(path, "w", encoding="utf-8").write(text.replace(old, new))
EOF
}

# restore FILE: the original bytes back, with a new mtime (ninja rebuilds it next time).
restore() {
  cat "$root/$1" >"$copy/$1"
}

# Builds what the tests run (the test binary and the CLI, not the tools), then the tests.
build_and_test() {  # prints nothing; 0 = built and every test passed, 3 = build failed
  flock "$lock" bash -c '
    cmake --build "$1" -j "$2" --target newsdesk_tests newsdesk_cli >"$1/mutant-build.log" 2>&1 ||
      exit 3
    cd "$1" && timeout "$3" ctest -E "$4" -j "$2" --stop-on-failure >"$1/mutant-test.log" 2>&1
  ' _ "$build" "$jobs" "$timeout_s" "$tests_exclude"
}

sync_copy
if [ ! -f "$build/build.ninja" ]; then
  flock "$lock" cmake -S "$copy" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DNEWSDESK_PYTHON=OFF -DNEWSDESK_BUILD_BENCH=OFF >"$build/configure.log" 2>&1 ||
    { echo "mutants: configure failed (see $build/configure.log)"; exit 2; }
fi
echo "== unbroken tree: build and ctest -E '$tests_exclude'"
start=$SECONDS
build_and_test
rc=$?
if [ $rc -ne 0 ]; then
  echo "mutants: the unbroken tree does not $([ $rc -eq 3 ] && echo build || echo pass its tests)" \
    "(see $build/mutant-build.log, $build/mutant-test.log)"
  exit 2
fi
echo "   ok ($((SECONDS - start)) s)"

killed=0
survived=0
invalid=0
survivors=()
n=0
while IFS= read -r -u 3 line || [ -n "$line" ]; do
  case $line in '' | '#'*) continue ;; esac
  if [ -n "$only" ] && ! [[ $line =~ $only ]]; then continue; fi
  n=$((n + 1))
  # Fields are separated by " | " (so a text cannot contain " | "; "||" is fine).
  mapfile -t f < <(python3 -c 'import sys; [print(x) for x in sys.argv[1].split(" | ")]' "$line")
  if [ ${#f[@]} -ne 5 ]; then
    printf '%3d INVALID   %s\n      (want 5 fields separated by " | ", got %d)\n' "$n" "$line" ${#f[@]}
    invalid=$((invalid + 1))
    continue
  fi
  family=${f[0]} file=${f[1]} orig=${f[2]} repl=${f[3]} what=${f[4]}
  label="[$family] $file: $what"
  if ! why=$(apply_mutant "$file" "$orig" "$repl"); then
    printf '%3d INVALID   %s\n      (%s: %s)\n' "$n" "$label" "$why" "$orig"
    invalid=$((invalid + 1))
    continue
  fi
  start=$SECONDS
  build_and_test
  rc=$?
  restore "$file"
  secs=$((SECONDS - start))
  if [ $rc -eq 0 ]; then
    printf '%3d SURVIVED  %s (%d s)\n' "$n" "$label" $secs
    survived=$((survived + 1))
    survivors+=("$label")
  else
    if [ $rc -eq 3 ]; then
      how="build failed"
    elif [ $rc -eq 124 ]; then
      how="timeout"
    else
      how=$(grep -m1 -E '^ *[0-9]+ - |\*\*\*Failed|\(Failed\)' "$build/mutant-test.log" |
        sed -E 's/^ *[0-9]+\/[0-9]+ Test +#[0-9]+: //; s/ +\.+.*//; s/^ *[0-9]+ - //; s/ \(Failed\)//')
      how="failed: ${how:-see mutant-test.log}"
    fi
    printf '%3d KILLED    %s (%d s; %s)\n' "$n" "$label" $secs "$how"
    killed=$((killed + 1))
  fi
done 3<"$list"

# Leave the build matching the unbroken tree for the next run.
sync_copy
echo
echo "== mutants: $n, killed $killed, survived $survived, invalid $invalid"
for s in "${survivors[@]}"; do echo "   SURVIVED $s"; done
[ $survived -eq 0 ] && [ $invalid -eq 0 ]
