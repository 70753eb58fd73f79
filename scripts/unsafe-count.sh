#!/usr/bin/env bash
# Counts unsafe code in Sources/ outside the places allowed to hold it (issue 16): the C boundary
# (Sources/XlsxWriter), the CSV byte scanner (Sources/TrustMetricsData/CSV) and the ioctl in
# Sources/TextCharts/TerminalWidth.swift. Unsafe code is any Unsafe* type, a withUnsafe* or other
# unsafe* call, `@unchecked Sendable`, `nonisolated(unsafe)`, `memcmp`, and the accessors that
# hand out raw pointers (baseAddress, pointee, utf8Start, withUTF8, withContiguousStorage...).
# Prints each use and the count; exits 1 when there is any.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='Unsafe[A-Za-z]*|[Ww]ithUnsafe|unsafe[A-Z][A-Za-z]*|@unchecked Sendable|nonisolated\(unsafe\)|memcmp|baseAddress|\.pointee|utf8Start|withUTF8|withContiguous[A-Za-z]*StorageIfAvailable|assumingMemoryBound|bindMemory|loadUnaligned'
uses=$(grep -rnE "$pattern" Sources --include='*.swift' \
  | grep -v '^Sources/XlsxWriter/' \
  | grep -v '^Sources/TrustMetricsData/CSV/' \
  | grep -v '^Sources/TextCharts/TerminalWidth.swift:' || true)
count=0
if [ -n "$uses" ]; then
  count=$(printf '%s\n' "$uses" | wc -l)
  printf '%s\n' "$uses"
fi
echo "unsafe uses outside Sources/XlsxWriter, Sources/TrustMetricsData/CSV and TerminalWidth.swift: $count"
[ "$count" -eq 0 ]
