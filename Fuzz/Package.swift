// swift-tools-version: 6.1
// libFuzzer targets for TrustMetrics, kept out of the main package so `make test` never builds
// them. Build one target with both sanitizers (neither alone works on Linux, see FUZZING.md):
//
//   swift build --scratch-path .build-fuzz --product FuzzFiguresCSV \
//     --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
//
// or run `scripts/fuzz.sh` from the package root.
import PackageDescription

let package = Package(
  name: "TrustMetricsFuzz",
  dependencies: [
    // The main package, by path; named so the manifest does not depend on the clone's folder name.
    .package(name: "TrustMetrics", path: "..")
  ],
  targets: [
    // MARK: - Fuzz targets (one executable each; libFuzzer supplies `main`)

    .executableTarget(
      name: "FuzzFiguresCSV",
      dependencies: [
        .product(name: "TrustMetricsData", package: "TrustMetrics"),
        .product(name: "TrustMetricsCore", package: "TrustMetrics"),
      ]
    ),
    .executableTarget(
      name: "FuzzOfficialCSV",
      dependencies: [
        .product(name: "TrustMetricsData", package: "TrustMetrics"),
        .product(name: "TrustMetricsCore", package: "TrustMetrics"),
      ]
    ),
    .executableTarget(
      name: "FuzzNumberReader",
      dependencies: [.product(name: "SourceCheck", package: "TrustMetrics")]
    ),
  ]
)
