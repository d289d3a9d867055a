import RecitModel

/// French and English words for libyaml's syntax errors, which it reports in English only.
enum YAMLSyntaxMessages {
  private static let known: [String: (fr: String, en: String)] = [
    "mapping values are not allowed in this context": (
      "deux-points inattendu : une valeur qui contient « : » doit être mise entre guillemets",
      "unexpected colon: a value containing “: ” must be quoted"
    ),
    "did not find expected key": (
      "clé attendue introuvable : vérifiez l'indentation et les guillemets",
      "expected a key: check the indentation and the quotes"
    ),
    "found character that cannot start any token": (
      "caractère qui ne peut pas commencer une valeur (« @ », « ` », « % » ?) : mettez la valeur entre guillemets",
      "a character that cannot start a value (“@”, “`”, “%”?): quote the value"
    ),
    "did not find expected '-' indicator": (
      "tiret « - » attendu : les éléments d'une liste doivent être alignés",
      "expected a “-”: the items of a list must be aligned"
    ),
    "found unexpected end of stream": (
      "fin de l'en-tête inattendue : un guillemet ou un crochet n'est pas fermé",
      "unexpected end of the front matter: a quote or a bracket is not closed"
    ),
    "found unknown escape character": (
      "séquence d'échappement inconnue entre guillemets doubles : doublez la barre oblique inverse ou utilisez des guillemets simples",
      "unknown escape sequence in double quotes: double the backslash or use single quotes"
    ),
    "could not find expected ':'": (
      "« : » attendu après la clé", "expected “:” after the key"
    ),
    "did not find expected node content": (
      "valeur attendue", "expected a value"
    ),
    "block sequence entries are not allowed in this context": (
      "un élément de liste « - » n'est pas permis ici : vérifiez l'indentation",
      "a list item “-” is not allowed here: check the indentation"
    ),
    "found a tab character that violates indentation": (
      "une tabulation sert d'indentation : utilisez des espaces",
      "a tab is used for indentation: use spaces"
    ),
    "found a tab character where an indentation space is expected": (
      "une tabulation sert d'indentation : utilisez des espaces",
      "a tab is used for indentation: use spaces"
    ),
    "did not find expected ',' or ']'": (
      "« , » ou « ] » attendu : un crochet n'est pas fermé",
      "expected “,” or “]”: a bracket is not closed"
    ),
    "did not find expected ',' or '}'": (
      "« , » ou « } » attendu : une accolade n'est pas fermée",
      "expected “,” or “}”: a brace is not closed"
    ),
    "found unexpected ':'": (
      "deux-points inattendu : mettez la valeur entre guillemets",
      "unexpected colon: quote the value"
    ),
    "found undefined tag handle": (
      "étiquette YAML (!) inconnue", "unknown YAML tag handle (!)"
    ),
  ]

  static func message(problem: String, context: String?) -> LocalizedText {
    if let words = known[problem] { return LocalizedText.verbatim(fr: words.fr, en: words.en) }
    let detail = [context, problem].compactMap { $0 }.joined(separator: " ")
    return LocalizedText(
      fr: "syntaxe YAML invalide (\(detail))", en: "invalid YAML syntax (\(detail))")
  }
}
