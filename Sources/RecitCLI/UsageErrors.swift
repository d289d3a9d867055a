import ArgumentParser
import RecitKit

/// Usage errors (unknown command or option, missing or bad value) told in French and English,
/// with a suggestion, and exit status 2 like every command that could not run.
///
/// swift-argument-parser words its errors in English and exits with 64; its error types are
/// internal, so the main entry catches them and this reads the message it gives
/// (`Recit.message(for:)`), whose few shapes are stable, to say it again in both languages.
/// A message of another shape (the commands' own `ValidationError`s, already bilingual) is
/// kept as it is.
enum UsageErrors {
  static let status: Int32 = 2

  /// The text to print for `error`, or nil when it is not a usage error (help, version, an
  /// exit status thrown by a command).
  static func report(_ error: Error, arguments: [String]) -> String? {
    guard Recit.exitCode(for: error) == .validationFailure else { return nil }
    let command = subcommand(in: arguments)
    var (problem, suggestion) = translate(Recit.message(for: error), command: command)
    // `recit buid --out x`: the parser trips on the option, but the word is what is wrong.
    if command == nil, let word = arguments.first(where: { !$0.hasPrefix("-") }), word != "help" {
      problem = LocalizedText(fr: "commande inconnue « \(word) »", en: "unknown command “\(word)”")
      suggestion = EditDistance.closest(to: word, among: commandNames)
    }
    var output = "recit: " + both(problem) + "\n"
    if let suggestion {
      output +=
        "  "
        + both(
          LocalizedText(
            fr: "vouliez-vous dire « \(suggestion) » ?", en: "did you mean “\(suggestion)”?"))
        + "\n"
    }
    let name = command.map { "recit " + $0.configuration.commandName! } ?? "recit"
    let usage = (command.map { Recit.usageString(for: $0) } ?? Recit.usageString())
      .replacingOccurrences(of: "\n", with: " ")
    if !usage.isEmpty {
      output += "  utilisation / usage: \(usage)\n"
    }
    output += "  aide / help: \(name) --help\n"
    return output
  }

  /// The error a command's `validate()` throws for an unknown rule id, with the closest one.
  static func unknownRule(_ rule: String) -> ValidationError {
    unknown(
      LocalizedText(fr: "règle inconnue « \(rule) »", en: "unknown rule “\(rule)”"), rule,
      among: Rule.allCases.map(\.rawValue),
      otherwise: LocalizedText(fr: "la liste : recit explain", en: "the list: recit explain"))
  }

  /// An unknown word, then the closest candidate (or `otherwise`), in both languages.
  static func unknown(
    _ problem: LocalizedText, _ word: String, among candidates: [String],
    otherwise: LocalizedText? = nil
  ) -> ValidationError {
    var text = both(problem)
    if let suggestion = EditDistance.closest(to: word, among: candidates) {
      text +=
        "\n  "
        + both(
          LocalizedText(
            fr: "vouliez-vous dire « \(suggestion) » ?", en: "did you mean “\(suggestion)”?"))
    } else if let otherwise {
      text += "\n  " + both(otherwise)
    }
    return ValidationError(text)
  }

  static func both(_ text: LocalizedText) -> String {
    let french = text.text(in: .fr)
    let english = text.text(in: .en)
    return french == english ? french : french + " / " + english
  }

  /// The subcommand the arguments name, when their first word is one.
  static func subcommand(in arguments: [String]) -> ParsableCommand.Type? {
    guard let first = arguments.first(where: { !$0.hasPrefix("-") }) else { return nil }
    return Recit.configuration.subcommands.first { $0.configuration.commandName == first }
  }

  static var commandNames: [String] {
    Recit.configuration.subcommands.compactMap { $0.configuration.commandName }
  }

  /// The problem in both languages, and a word the user may have meant.
  static func translate(_ message: String, command: ParsableCommand.Type?) -> (
    LocalizedText, String?
  ) {
    let quoted = quotedParts(of: message)
    if message.hasPrefix("Unknown option '"), let option = quoted.first {
      return (
        LocalizedText(fr: "option inconnue « \(option) »", en: "unknown option “\(option)”"),
        quoted.count > 1 ? quoted[1] : nil
      )
    }
    if message.hasPrefix("Unexpected argument '"), let word = quoted.first {
      if command == nil {
        return (
          LocalizedText(fr: "commande inconnue « \(word) »", en: "unknown command “\(word)”"),
          EditDistance.closest(to: word, among: commandNames)
        )
      }
      return (
        LocalizedText(fr: "argument en trop « \(word) »", en: "unexpected argument “\(word)”"), nil
      )
    }
    if message.contains(" unexpected arguments: ") {
      let french = quoted.map { "« \($0) »" }.joined(separator: ", ")
      let english = quoted.map { "“\($0)”" }.joined(separator: ", ")
      if command == nil, let word = quoted.first {
        return (
          LocalizedText(fr: "commande inconnue « \(word) »", en: "unknown command “\(word)”"),
          EditDistance.closest(to: word, among: commandNames)
        )
      }
      return (
        LocalizedText(fr: "arguments en trop : \(french)", en: "unexpected arguments: \(english)"),
        nil
      )
    }
    if message.hasPrefix("Missing expected argument '"), let argument = quoted.first {
      return (
        LocalizedText(
          fr: "argument manquant : \(argument)", en: "missing argument: \(argument)"), nil
      )
    }
    if message.hasPrefix("Missing one of: ") {
      let list = quoted.joined(separator: ", ")
      return (LocalizedText(fr: "il manque l'un de : \(list)", en: "missing one of: \(list)"), nil)
    }
    if message.hasPrefix("Missing value for '"), let option = quoted.first {
      return (
        LocalizedText(
          fr: "il manque la valeur de « \(option) »", en: "missing value for “\(option)”"), nil
      )
    }
    if message.hasPrefix("The value '"), quoted.count >= 2 {
      let (value, option) = (quoted[0], quoted[1])
      if let colon = message.range(
        of: "': ", range: message.range(of: option)!.upperBound..<message.endIndex)
      {
        // A value refused by the command's own check, which says why in both languages.
        let reason = String(message[colon.upperBound...])
        return (LocalizedText.verbatim(fr: reason, en: reason), nil)
      }
      let allowed = Array(quoted.dropFirst(2))
      let list = allowed.joined(separator: ", ")
      let problem =
        allowed.isEmpty
        ? LocalizedText(
          fr: "valeur « \(value) » invalide pour « \(option) »",
          en: "invalid value “\(value)” for “\(option)”")
        : LocalizedText(
          fr: "valeur « \(value) » invalide pour « \(option) » (valeurs possibles : \(list))",
          en: "invalid value “\(value)” for “\(option)” (possible values: \(list))")
      return (problem, EditDistance.closest(to: value, among: allowed))
    }
    if message.hasPrefix("The option '"), quoted.count >= 2 {
      return (
        LocalizedText(
          fr: "l'option « \(quoted[0]) » ne prend pas de valeur (« \(quoted[1]) » donné)",
          en: "the option “\(quoted[0])” takes no value (“\(quoted[1])” given)"),
        nil
      )
    }
    if message.hasPrefix("Missing required subcommand") {
      return (
        LocalizedText(
          fr: "il manque la commande (\(commandNames.joined(separator: ", ")))",
          en: "missing command (\(commandNames.joined(separator: ", ")))"),
        nil
      )
    }
    return (LocalizedText.verbatim(fr: message, en: message), nil)
  }

  /// The parts of `message` between single quotes, in order.
  static func quotedParts(of message: String) -> [String] {
    let pieces = message.split(separator: "'", omittingEmptySubsequences: false)
    return stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }
  }
}
