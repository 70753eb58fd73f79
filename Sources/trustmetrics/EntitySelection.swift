import ArgumentParser
import TrustMetricsCore

/// Resolves `--entity` names, turning unknown or ambiguous names into usage errors.
enum EntitySelection {
  /// The entity a typed name means.
  ///
  /// - Throws: A usage error listing the closest names when none or several match.
  static func resolve(_ name: String, in dataset: Dataset) throws -> Entity {
    switch EntityDirectory(entities: dataset.entities).match(name) {
    case .found(let entity):
      return entity
    case .ambiguous(let entities):
      throw CommandErrors.usage(
        "--entity \"\(name)\" is ambiguous: it could be "
          + entities.map { "\"\($0.name)\"" }.joined(separator: ", ") + "; give the full name")
    case .unknown(let closest):
      throw CommandErrors.usage(
        "--entity \"\(name)\" is not a known trust, council or region; closest: "
          + closest.map { "\"\($0)\"" }.joined(separator: ", "))
    }
  }

  /// The DfE authority code a typed name means: a council's own, or the authority a trust serves,
  /// resolved to the row the statistics write (`940` gives `940 / 941`).
  ///
  /// - Throws: A usage error when the name is unknown or ambiguous, or is not an authority.
  static func authorityCode(_ name: String, in dataset: Dataset) throws -> String {
    let target = try resolve(name, in: dataset)
    guard let code = target.laCode, let resolved = dataset.workforce.resolvedCode(code) else {
      throw CommandErrors.usage(
        "--entity \"\(target.name)\" is not an authority in DfE's statistics; give a council or trust"
      )
    }
    return resolved
  }

  /// The names that cover one entity in the figures: itself and, for a council, its trusts.
  static func names(covering entity: Entity, in dataset: Dataset) -> Set<String> {
    var names: Set<String> = [entity.name]
    guard let code = entity.laCode else { return names }
    for other in dataset.entities where other.laCode == code { names.insert(other.name) }
    for spell in dataset.trusts where spell.laCode == code { names.insert(spell.trust) }
    return names
  }
}
