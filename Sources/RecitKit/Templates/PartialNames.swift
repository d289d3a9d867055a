import RecitModel

/// What a template may include, checked before swift-mustache sees it: partial and parent names
/// that could reach outside the template folders, pragmas (`{{% CONTENT_TYPE }}` would turn
/// escaping off) and set-delimiter tags (which would hide the other tags from this check).
enum PartialNames {
  /// A partial or parent a template names, and where.
  struct Reference {
    var name: String
    var location: SourceLocation
  }

  /// The partials and parents `file` names; throws on a refused name or tag.
  static func check(_ file: TemplateFile) throws -> [Reference] {
    var references: [Reference] = []
    var line = 1
    var column = 1
    let scalars = Array(file.content.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "{", index + 2 < scalars.count, scalars[index + 1] == "{" {
        let location = SourceLocation(
          file: TemplateEngine.displayPath(of: file), line: line, column: column)
        let sigil = scalars[index + 2]
        if sigil == "%" || sigil == "=" {
          throw TemplateError(location: location, message: refusedTag(sigil == "%"))
        }
        if sigil == ">" || sigil == "<" {
          var end = index + 3
          var name = ""
          while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") {
            name.unicodeScalars.append(scalars[end])
            end += 1
          }
          name = name.trimmingSpaces
          if name.hasPrefix("/") || name.hasPrefix("~")
            || name.split(separator: "/").contains("..") || name.contains("\\")
          {
            throw TemplateError(location: location, message: refusedName(name))
          }
          references.append(Reference(name: name, location: location))
        }
      }
      if scalars[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
    return references
  }

  private static func refusedName(_ name: String) -> LocalizedText {
    LocalizedText(
      fr:
        "le modèle « \(name) » est refusé : un modèle ne peut inclure que des modèles des dossiers de modèles (pas de « .. » ni de chemin absolu)",
      en:
        "the template “\(name)” is refused: a template may only include templates of the template folders (no “..” nor absolute path)"
    )
  }

  private static func refusedTag(_ pragma: Bool) -> LocalizedText {
    pragma
      ? LocalizedText(
        fr:
          "les pragmas Mustache ({{% … }}) sont refusés : recit choisit lui-même l'échappement de chaque format",
        en:
          "Mustache pragmas ({{% … }}) are refused: recit itself chooses the escaping of each format"
      )
      : LocalizedText(
        fr: "le changement de délimiteurs ({{= … =}}) est refusé dans les modèles",
        en: "changing the delimiters ({{= … =}}) is refused in templates")
  }
}
