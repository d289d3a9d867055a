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
    // What the user typed is repeated: shown, never obeyed by the terminal.
    return TerminalSafe.text(output)
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
    // What the user typed may hold quotes: it is cut from the message by the parser's fixed
    // words around it, not by counting quotes.
    let quoted = quotedParts(of: message)
    if let body = after("Unknown option '", in: message) {
      if let marker = body.range(of: "'. Did you mean '", options: .backwards) {
        let option = String(body[..<marker.lowerBound])
        let suggestion = String(body[marker.upperBound...]).replacingOccurrences(of: "'?", with: "")
        return (
          LocalizedText(fr: "option inconnue « \(option) »", en: "unknown option “\(option)”"),
          suggestion
        )
      }
      let option = String(body.dropLast())
      return (
        LocalizedText(fr: "option inconnue « \(option) »", en: "unknown option “\(option)”"), nil
      )
    }
    if let body = after("Unexpected argument '", in: message) {
      let word = String(body.dropLast())
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
    if let body = after("The value '", in: message),
      let middle = body.range(of: "' is invalid for '"),
      let end = body[middle.upperBound...].firstIndex(of: "'")
    {
      let value = String(body[..<middle.lowerBound])
      let option = String(body[middle.upperBound..<end])
      let rest = body[body.index(after: end)...]
      if rest.hasPrefix(": ") {
        // A value refused by the command's own check, which says why in both languages.
        let reason = String(rest.dropFirst(2))
        return (LocalizedText.verbatim(fr: reason, en: reason), nil)
      }
      let allowed = quotedParts(of: String(rest))
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
    if let body = after("The option '", in: message),
      let middle = body.range(of: "' does not take any value, but '")
    {
      let option = String(body[..<middle.lowerBound])
      let value = String(body[middle.upperBound...]).replacingOccurrences(
        of: "' was specified.", with: "")
      return (
        LocalizedText(
          fr: "l'option « \(option) » ne prend pas de valeur (« \(value) » donné)",
          en: "the option “\(option)” takes no value (“\(value)” given)"),
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

  /// What follows `prefix` in `message`, when it starts with it.
  static func after(_ prefix: String, in message: String) -> Substring? {
    message.hasPrefix(prefix) ? message.dropFirst(prefix.count) : nil
  }

  /// The parts of `message` between single quotes, in order.
  static func quotedParts(of message: String) -> [String] {
    let pieces = message.split(separator: "'", omittingEmptySubsequences: false)
    return stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }
  }
}
