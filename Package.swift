// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "TrustMetrics",
  products: [
    .executable(name: "trustmetrics", targets: ["trustmetrics"]),
    .library(name: "TrustMetricsCore", targets: ["TrustMetricsCore"]),
    .library(name: "TrustMetricsData", targets: ["TrustMetricsData"]),
    .library(name: "TrustMetricsReports", targets: ["TrustMetricsReports"]),
    .library(name: "SourceCheck", targets: ["SourceCheck"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
  ],
  targets: [
    // MARK: - Model and statistics

    .target(name: "TrustMetricsCore"),
    .testTarget(
      name: "TrustMetricsCoreTests",
      dependencies: [
        "TrustMetricsCore", .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),

    // MARK: - Loading

    .target(name: "TrustMetricsData", dependencies: ["TrustMetricsCore"]),
    .testTarget(
      name: "TrustMetricsDataTests",
      dependencies: ["TrustMetricsData", "TrustMetricsCore", "SeededRandom"],
      resources: [.copy("Fixtures")]
    ),

    // MARK: - Source checking

    .target(name: "SourceCheck", dependencies: ["TrustMetricsCore"]),
    .testTarget(
      name: "SourceCheckTests", dependencies: ["SourceCheck", "TrustMetricsCore", "SeededRandom"],
      // Texts the tests read by path (#filePath), not bundled.
      exclude: ["HeldOut", "Corpus"]),

    // MARK: - Renderers

    .target(name: "TextCharts"),
    .testTarget(name: "TextChartsTests", dependencies: ["TextCharts"]),
    .target(name: "SVGCharts", dependencies: ["TextCharts"]),
    .testTarget(name: "SVGChartsTests", dependencies: ["SVGCharts", "TextCharts"]),
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    .target(name: "XlsxWriter", dependencies: ["CXlsxWriter", "AtomicFile"], exclude: ["README.md"]),
    .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "XlsxPackageReader"]),
    // Test support: reads a produced .xlsx (zip of XML) independently of the library that wrote it.
    .target(
      name: "XlsxPackageReader",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
      path: "Tests/XlsxPackageReader"
    ),
    // Test support: a seeded random number generator for tests that generate their cases.
    .target(name: "SeededRandom", path: "Tests/SeededRandom"),
    .target(
      name: "TrustMetricsReports",
      dependencies: [
        "TrustMetricsCore", "SourceCheck", "TextCharts", "SVGCharts", "XlsxWriter",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .testTarget(
      name: "TrustMetricsReportsTests",
      dependencies: [
        "TrustMetricsReports", "TrustMetricsCore", "TrustMetricsData", "XlsxPackageReader",
        "SeededRandom",
      ],
      resources: [.copy("Golden")]
    ),

    // MARK: - Output files

    // A file written under a temporary name and renamed into place (the workbook, HTML pages).
    .target(name: "AtomicFile"),
    .testTarget(name: "AtomicFileTests", dependencies: ["AtomicFile"]),

    // MARK: - Command-line tool

    .executableTarget(
      name: "trustmetrics",
      dependencies: [
        "TrustMetricsCore", "TrustMetricsData", "TrustMetricsReports", "SourceCheck", "AtomicFile",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]
    ),
    .testTarget(name: "trustmetricsTests", dependencies: ["trustmetrics"]),
  ]
)

for target in package.targets where target.type != .system {
  var settings = target.swiftSettings ?? []
  settings.append(contentsOf: [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
  ])
  target.swiftSettings = settings
}
