import RecitModel

/// Partial and parent names that could reach outside the template folders are refused.
enum PartialNames {
  static func check(_ file: TemplateFile) throws {
    var line = 1
    var column = 1
    let scalars = Array(file.content.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
        scalars[index + 2] == ">" || scalars[index + 2] == "<"
      {
        var end = index + 3
        var name = ""
        while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") {
          name.unicodeScalars.append(scalars[end])
          end += 1
        }
        name = name.trimmingSpaces
        if name.hasPrefix("/") || name.hasPrefix("~") || name.split(separator: "/").contains("..")
          || name.contains("\\")
        {
          throw TemplateError(
            location: SourceLocation(
              file: TemplateEngine.displayPath(of: file), line: line, column: column),
            message: LocalizedText(
              fr:
                "le modèle « \(name) » est refusé : un modèle ne peut inclure que des modèles des dossiers de modèles (pas de « .. » ni de chemin absolu)",
              en:
                "the template “\(name)” is refused: a template may only include templates of the template folders (no “..” nor absolute path)"
            ))
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
  }
}
