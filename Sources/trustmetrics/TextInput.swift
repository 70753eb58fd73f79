import ArgumentParser
import Foundation

/// Reads the text file `extract` and `fact-check` take, with the README's exit codes.
enum TextInput {
  /// The file's text.
  ///
  /// - Parameter file: The path given on the command line.
  /// - Returns: The text.
  /// - Throws: `ExitCode` 66 when the file is missing or unreadable, 65 when it is not UTF-8
  ///   (the message is printed first).
  static func read(_ file: String) throws -> String {
    guard let bytes = FileManager.default.contents(atPath: file) else {
      CommandErrors.printError("\(file): not found or unreadable (expected a text file)")
      throw ExitCode(CommandErrors.Code.missingInput)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      CommandErrors.printError("\(file): not valid UTF-8 text")
      throw ExitCode(CommandErrors.Code.badData)
    }
    return text
  }
}
