// swift-tools-version: 6.1
// The TrustMetrics benchmarks: a package of its own so that `make test` never builds it.
// Run from the repository root with `make bench` (scripts/bench.sh).
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its directory, whatever the checkout is called.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent

let package = Package(
  name: "TrustMetricsBenchmarks",
  dependencies: [
    .package(path: "..")
  ],
  targets: [
    // MARK: - Harness

    .executableTarget(
      name: "trustmetrics-bench",
      dependencies: [
        .product(name: "TrustMetricsCore", package: mainPackage),
        .product(name: "TrustMetricsData", package: mainPackage),
        .product(name: "TrustMetricsReports", package: mainPackage),
        .product(name: "SourceCheck", package: mainPackage),
      ]
    ),

    // MARK: - The floor: the Figures sheet written with libxlsxwriter directly

    .executableTarget(
      name: "figures-floor",
      cSettings: [.unsafeFlags(["-O2"])],
      linkerSettings: [.linkedLibrary("xlsxwriter")]
    ),
  ]
)
