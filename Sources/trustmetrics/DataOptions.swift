import ArgumentParser
import TrustMetricsCore
import TrustMetricsData

/// Where the datasets and seeds are.
struct DataOptions: ParsableArguments {
  @Option(help: "Directory of the figure datasets and official statistics.")
  var datasets: String = "datasets"

  @Option(help: "Directory of the source documents the figures quote.")
  var seeds: String = "seeds"

  /// Loads everything, or exits with the data error's code.
  func load() throws -> Dataset {
    try CommandErrors.run { () throws(DatasetError) in
      try DatasetLoader(datasetsDirectory: datasets, seedsDirectory: seeds).load()
    }
  }
}
