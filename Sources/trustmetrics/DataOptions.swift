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

  /// Loads the datasets with the optional parts a command uses, or exits with the data error's
  /// code.
  ///
  /// A command that shows no finance leaves the finance files out (they are most of what is
  /// read): the dataset's finance is then `FinanceStatistics.notLoaded`, which refuses every
  /// finance question, so a command that does show finance must ask for it.
  ///
  /// The dataset is also kept until the process exits: a command ends soon after it is done
  /// with it, and freeing hundreds of thousands of figures one by one would only delay the exit
  /// (some 40 ms at 200,000 figures).
  ///
  /// - Parameter parts: The optional parts the command uses (``parts(showing:hashed:)``).
  /// - Returns: The dataset.
  /// - Throws: The command error for the data error (exit 65 or 66).
  func load(_ parts: DatasetParts) throws -> Dataset {
    let dataset = try CommandErrors.run { () throws(DatasetError) in
      try DatasetLoader(datasetsDirectory: datasets, seedsDirectory: seeds, parts: parts).load()
    }
    keptUntilExit.withLock { $0.append(dataset) }
    return dataset
  }
}

extension DataOptions {
  /// The optional parts a command needs: finance when it shows a finance measure, or when it
  /// prints the datasets' content hash (an HTML page's stamp), which covers the finance files.
  ///
  /// - Parameters:
  ///   - measures: The measures the command shows.
  ///   - hashed: Whether the output carries the content hash.
  /// - Returns: `.all` when finance is needed, else `.alwaysRead`.
  static func parts(showing measures: [OfficialMeasure], hashed: Bool = false) -> DatasetParts {
    hashed || measures.contains(where: \.isFinance) ? .all : .alwaysRead
  }
}

/// Datasets loaded by this process, never freed (see ``DataOptions/load(_:)``).
private let keptUntilExit = Mutex<[Dataset]>([])
