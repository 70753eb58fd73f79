#!/usr/bin/env bash
# Runs the libFuzzer targets of Fuzz/ one after another, each for FUZZ_SECONDS (default 60).
#
#   scripts/fuzz.sh                     # every target
#   scripts/fuzz.sh FuzzFiguresCSV      # one target
#   FUZZ_SECONDS=600 scripts/fuzz.sh    # ten minutes each
#   TRUSTMETRICS_FUZZ_PLANTED_CRASH=1 scripts/fuzz.sh FuzzFiguresCSV   # must find the planted crash
#
# Each target is built with both sanitizers (the only combination that links and instruments on
# Linux). New inputs go to Fuzz/.build-fuzz/corpus/<target>/ (the committed seeds in
# Fuzz/Corpus/<target>/ are only read); a crashing input is saved in
# Fuzz/.build-fuzz/artifacts/<target>/ and the script exits non-zero.
set -euo pipefail

cd "$(dirname "$0")/../Fuzz"
seconds="${FUZZ_SECONDS:-60}"
scratch=".build-fuzz"
swift="${SWIFT:-swift}"

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for directory in Sources/Fuzz*/; do targets+=("$(basename "$directory")"); done
fi

status=0
for target in "${targets[@]}"; do
  echo "== $target: building with -sanitize=fuzzer,address"
  mkdir -p "$scratch"
  if ! "$swift" build --scratch-path "$scratch" --product "$target" \
    --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
    >"$scratch/build-$target.log" 2>&1; then
    grep -E "error:" "$scratch/build-$target.log" >&2 || tail -20 "$scratch/build-$target.log" >&2
    exit 1
  fi
  binary="$("$swift" build --scratch-path "$scratch" --show-bin-path)/$target"
  [ -x "$binary" ] || { echo "fuzz.sh: $binary was not built" >&2; exit 1; }
  mkdir -p "$scratch/corpus/$target" "$scratch/artifacts/$target"
  echo "== $target: fuzzing for $seconds s"
  # Swift's own backtracer fights ASan's signal handling; libFuzzer reports crashes itself.
  if SWIFT_BACKTRACE=enable=no timeout --kill-after=30 "$((seconds + 120))" "$binary" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/$target/" \
    "$scratch/corpus/$target" "Corpus/$target"; then
    echo "== $target: no crash in $seconds s"
  else
    echo "== $target: FAILED (crash, leak, timeout or out of memory); see $scratch/artifacts/$target/" >&2
    status=1
  fi
done
exit "$status"
