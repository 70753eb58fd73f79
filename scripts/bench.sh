#!/usr/bin/env bash
# Benchmarks (issue 7): builds the trustmetrics binary and the Benchmarks package in release
# mode, then runs every phase at every size beside the C floor and the Python peer and writes
# BENCHMARKS.md. Generated corpora and outputs go to Benchmarks/.build-corpus (ignored).
#
#   scripts/bench.sh                 # 10k, 100k, 200k, 1M figures, 5 runs each, then the
#                                    #     workforce-rates corpus at 10k and 200k -> BENCHMARKS.md
#   scripts/bench.sh --smoke         # CI: 2,000 figures, 1 run, no BENCHMARKS.md (well under a minute
#                                    #     once built)
#   BENCH_SIZES=10000,200000 BENCH_RUNS=7 scripts/bench.sh
#   BENCH_WORKFORCE_SIZES= scripts/bench.sh   # without the workforce-rates corpus
#   scripts/bench.sh --finance       # only the official-data and finance rows on the bundled
#                                    #     datasets (a minute once built): replaces their section
#                                    #     of BENCHMARKS.md, keeping the rest
#
# The peer needs python3 with XlsxWriter (pip install XlsxWriter); without it, it is skipped
# with a note in the results.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
sizes=${BENCH_SIZES:-10000,100000,200000,1000000}
workforce_sizes=${BENCH_WORKFORCE_SIZES-10000,200000}
runs=${BENCH_RUNS:-5}
output=BENCHMARKS.md
work=Benchmarks/.build-corpus
if [ "${1:-}" = "--smoke" ]; then
  sizes=2000
  workforce_sizes=2000
  runs=1
  work=Benchmarks/.build-corpus-smoke
  output=$work/BENCHMARKS-smoke.md
  mkdir -p "$work"
fi
only=()
if [ "${1:-}" = "--finance" ]; then
  only=(--only finance)
fi
$SWIFT build -c release --product trustmetrics --scratch-path .build-bench-release
$SWIFT build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-bench
Benchmarks/.build-bench/release/trustmetrics-bench run --sizes "$sizes" --runs "$runs" \
  --workforce-sizes "$workforce_sizes" \
  --work "$work" --binary .build-bench-release/release/trustmetrics --output "$output" \
  --command "BENCH_SIZES=$sizes BENCH_WORKFORCE_SIZES=$workforce_sizes BENCH_RUNS=$runs scripts/bench.sh $*" ${only[@]+"${only[@]}"}
