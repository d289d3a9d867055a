import RecitModel

/// `a-completer`: a `[[…]]` prompt of a scaffold left in a narrative.
struct ToComplete: ActionRule {
  static let id = "a-completer"
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "invite `[[...]]` laissée telle quelle", en: "`[[...]]` prompt left unfilled")
  static let hint = LocalizedText(
    fr: "remplacez [[…]] par votre texte", en: "replace [[…]] with your own text")

  static func message(_ prompt: String) -> LocalizedText {
    LocalizedText(fr: "texte à compléter : \(prompt)", en: "text to complete: \(prompt)")
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    for narrative in context.action.narratives {
      for placeholder in narrative.placeholders {
        found.append(
          diagnostic(at: placeholder.location, message(prompt(of: placeholder.value)), hint: hint))
      }
    }
  }

  /// A placeholder's question without its conventional prefix (`À compléter :`).
  static func prompt(of placeholder: String) -> String {
    for prefix in [
      "À compléter", "A compléter", "à compléter", "To complete", "to complete", "TODO",
    ]
    where placeholder.hasPrefix(prefix) {
      var rest = placeholder.dropFirst(prefix.count)
      while let first = rest.first, first == ":" || first == " " || first == "\u{00A0}" {
        rest.removeFirst()
      }
      return rest.isEmpty ? placeholder : String(rest)
    }
    return placeholder
  }
}
