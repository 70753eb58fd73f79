import Foundation

// trustmetrics-bench: the benchmark harness of issue 7.
//
//   trustmetrics-bench run [--sizes 10000,100000,200000,1000000] [--runs 5] [--work DIR]
//       [--binary .build/release/trustmetrics] [--floor PATH] [--peer PATH]
//       [--official datasets/official] [--peer-max 200000] [--output BENCHMARKS.md]
//       [--only finance] [--shapes mixed,workforce-rates] [--workforce-sizes 10000,200000]
//   trustmetrics-bench generate --figures N --output DIR [--official datasets/official]
//       [--shape mixed|workforce-rates]
//   trustmetrics-bench phase NAME --corpus DIR --output FILE [--constant-memory]
//
// Run from the repository root (scripts/bench.sh does). `--only finance` measures only the
// official-data and finance rows on the bundled datasets and replaces their section of the
// output, keeping the rest. `--workforce-sizes` are the sizes of the second corpus shape (news
// figures that are all workforce rates), measured after the mixed sizes; empty to skip it.

let usage = """
  usage: trustmetrics-bench run [--sizes N,N,...] [--runs R] [--work DIR] [--binary PATH]
                                [--floor PATH] [--peer PATH] [--official DIR] [--peer-max N]
                                [--output FILE] [--only finance] [--workforce-sizes N,N,...]
         trustmetrics-bench generate --figures N --output DIR [--official DIR]
                                     [--shape mixed|workforce-rates]
         trustmetrics-bench phase NAME --corpus DIR --output FILE [--constant-memory]
  """

var arguments = Array(CommandLine.arguments.dropFirst())
guard let verb = arguments.first else {
  log(usage)
  exit(64)
}
arguments.removeFirst()

var options: [String: String] = [:]
var flags: Set<String> = []
var positional: [String] = []
var index = 0
while index < arguments.count {
  let argument = arguments[index]
  if argument == "--constant-memory" {
    flags.insert(argument)
  } else if argument.hasPrefix("--"), index + 1 < arguments.count {
    options[String(argument.dropFirst(2))] = arguments[index + 1]
    index += 1
  } else {
    positional.append(argument)
  }
  index += 1
}

do {
  switch verb {
  case "run":
    if let only = options["only"], only != "finance" { throw BenchError.usage(usage) }
    let binDirectory = URL(
      fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]
    ).deletingLastPathComponent().path
    let runner = BenchmarkRunner(
      sizes: (options["sizes"] ?? "10000,100000,200000,1000000").split(separator: ",")
        .compactMap { Int($0) },
      workforceSizes: (options["workforce-sizes"] ?? "10000,200000").split(separator: ",")
        .compactMap { Int($0) },
      runs: Int(options["runs"] ?? "5") ?? 5,
      workDirectory: options["work"] ?? "Benchmarks/.build-corpus",
      binary: options["binary"] ?? ".build/release/trustmetrics",
      floor: options["floor"] ?? binDirectory + "/figures-floor",
      peer: options["peer"] ?? "Benchmarks/peer/figures_peer.py",
      officialDirectory: options["official"] ?? "datasets/official",
      peerMaximum: Int(options["peer-max"] ?? "200000") ?? 200_000,
      outputPath: options["output"] ?? "BENCHMARKS.md",
      command: options["command"] ?? "trustmetrics-bench "
        + CommandLine.arguments.dropFirst()
        .joined(separator: " "),
      only: options["only"])
    try runner.run()
  case "generate":
    guard let count = options["figures"].flatMap(Int.init), let output = options["output"],
      let shape = CorpusShape(rawValue: options["shape"] ?? "mixed")
    else {
      throw BenchError.usage(usage)
    }
    try CorpusGenerator(
      figureCount: count, officialDirectory: options["official"] ?? "datasets/official",
      shape: shape
    ).write(to: output)
  case "phase":
    guard let phase = positional.first, let corpus = options["corpus"] else {
      throw BenchError.usage(usage)
    }
    try PhaseRunner.run(
      phase: phase, corpus: corpus, constantMemory: flags.contains("--constant-memory"),
      output: options["output"] ?? "/tmp/trustmetrics-bench.xlsx")
  default:
    throw BenchError.usage(usage)
  }
} catch {
  log("trustmetrics-bench: \(error)")
  exit(1)
}
