import RecitModel

/// Diagnostics as machine-readable documents: recit's JSON (version 1) and SARIF 2.1.0.
public struct DiagnosticReport: Sendable {
  public var diagnostics: [Diagnostic]
  public var files: Int
  public var language: Language

  public init(diagnostics: [Diagnostic], files: Int, language: Language) {
    self.diagnostics = diagnostics
    self.files = files
    self.language = language
  }

  /// `{"version":1,"diagnostics":[…],"summary":{…}}` (schema: `schemas/check-v1.schema.json`).
  public func json() -> JSONValue {
    .object([
      ("version", .int(1)),
      (
        "diagnostics",
        .array(
          diagnostics.map { diagnostic in
            .object([
              ("rule", .string(diagnostic.rule.rawValue)),
              ("severity", .string(diagnostic.severity.rawValue)),
              ("file", .string(diagnostic.location.file)),
              ("line", .int(diagnostic.location.line)),
              ("column", .int(diagnostic.location.column)),
              ("message", .string(diagnostic.message.text(in: language))),
              ("hint", .optional(diagnostic.hint?.text(in: language))),
            ])
          })
      ),
      (
        "summary",
        .object([
          ("errors", .int(diagnostics.count { $0.severity == .error })),
          ("warnings", .int(diagnostics.count { $0.severity == .warning })),
          ("notes", .int(diagnostics.count { $0.severity == .note })),
          ("files", .int(files)),
        ])
      ),
    ])
  }

  /// SARIF 2.1.0: one run, every rule described in `tool.driver.rules`.
  public func sarif(root: String) -> JSONValue {
    let rules = Rule.allCases
    let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
    return .object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            (
              "tool",
              .object([
                (
                  "driver",
                  .object([
                    ("name", .string("recit")),
                    ("version", .string(RecitVersion.current)),
                    ("rules", .array(rules.map { sarifRule($0) })),
                  ])
                )
              ])
            ),
            (
              "originalUriBaseIds",
              .object([("PROJECTROOT", .object([("uri", .string("file://" + root + "/"))]))])
            ),
            (
              "results",
              .array(
                diagnostics.map { diagnostic in
                  var message = diagnostic.message.text(in: language)
                  if let hint = diagnostic.hint { message += " — " + hint.text(in: language) }
                  return .object([
                    ("ruleId", .string(diagnostic.rule.rawValue)),
                    ("ruleIndex", .int(index[diagnostic.rule] ?? 0)),
                    ("level", .string(Self.level(diagnostic.severity))),
                    ("message", .object([("text", .string(message))])),
                    (
                      "locations",
                      .array([
                        .object([
                          (
                            "physicalLocation",
                            .object([
                              (
                                "artifactLocation",
                                .object([
                                  ("uri", .string(Self.uriPath(diagnostic.location.file))),
                                  ("uriBaseId", .string("PROJECTROOT")),
                                ])
                              ),
                              (
                                "region",
                                .object([
                                  ("startLine", .int(diagnostic.location.line)),
                                  ("startColumn", .int(diagnostic.location.column)),
                                ])
                              ),
                            ])
                          )
                        ])
                      ])
                    ),
                  ])
                })
            ),
            ("columnKind", .string("unicodeCodePoints")),
          ])
        ])
      ),
    ])
  }

  private func sarifRule(_ rule: Rule) -> JSONValue {
    let explanation = RuleExplanation.of(rule)
    return .object([
      ("id", .string(rule.rawValue)),
      ("shortDescription", .object([("text", .string(explanation.summary.text(in: language)))])),
      ("fullDescription", .object([("text", .string(explanation.why.text(in: language)))])),
      ("help", .object([("text", .string(explanation.fix.text(in: language)))])),
      (
        "defaultConfiguration",
        .object([("level", .string(Self.level(rule.defaultSeverity)))])
      ),
    ])
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// A relative path as a URI reference (spaces and non-ASCII percent-encoded).
  static func uriPath(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      let scalar = Unicode.Scalar(byte)
      if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || "-._~/".unicodeScalars.contains(scalar)
      {
        result.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return result
  }
}
