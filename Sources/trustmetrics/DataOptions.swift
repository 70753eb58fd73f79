import ArgumentParser
import Synchronization
import TrustMetricsCore
import TrustMetricsData

/// Where the datasets and seeds are.
struct DataOptions: ParsableArguments {
  @Option(help: "Directory of the figure datasets and official statistics.")
  var datasets: String = "datasets"

  @Option(help: "Directory of the source documents the figures quote.")
  var seeds: String = "seeds"

  /// Loads everything, or exits with the data error's code.
  ///
  /// The dataset is also kept until the process exits: a command ends soon after it is done
  /// with it, and freeing hundreds of thousands of figures one by one would only delay the exit
  /// (some 40 ms at 200,000 figures).
  func load() throws -> Dataset {
    let dataset = try CommandErrors.run { () throws(DatasetError) in
      try DatasetLoader(datasetsDirectory: datasets, seedsDirectory: seeds).load()
    }
    keptUntilExit.withLock { $0.append(dataset) }
    return dataset
  }
}

/// Datasets loaded by this process, never freed (see ``DataOptions/load()``).
private let keptUntilExit = Mutex<[Dataset]>([])
