import RecitModel

/// `influence-circulaire`: a cycle among actors and steps, named in order, reported once, at
/// its edge written last (the one that closes it in reading order).
struct CircularInfluence: ActionRule {
  static let id = "influence-circulaire"
  static let severity = Severity.warning
  static let title = LocalizedText(
    fr: "les influences forment un cycle", en: "influences form a cycle")
  static let hint = LocalizedText(
    fr: "une influence va d'une cause vers un effet ; vérifiez le sens de « de » et « sur »",
    en: "an influence goes from a cause to an effect; check the direction of “from” and “to”")

  /// `chain` names steps `étape N`, turned into `step N` in English.
  static func message(_ chain: String) -> LocalizedText {
    LocalizedText(
      fr: "les influences forment un cercle : \(chain)",
      en: "the influences form a cycle: \(chain.replacingOccurrences(of: "étape ", with: "step "))"
    )
  }

  static func check(_ context: ActionCheckContext, into found: inout [Diagnostic]) {
    var reported: Set<[String]> = []
    for (cycle, location) in cycles(in: context.action) {
      let key = Array(cycle.dropLast()).sorted()
      guard reported.insert(key).inserted else { continue }
      found.append(
        diagnostic(at: location, message(cycle.joined(separator: " → ")), hint: hint))
    }
  }

  /// Every cycle met by a depth-first walk, as its vertices (the first repeated at the end)
  /// and the location of its edge written last.
  static func cycles(in action: Action) -> [([String], SourceLocation)] {
    var edges: [String: [(to: String, location: SourceLocation)]] = [:]
    func node(_ reference: Reference) -> String {
      reference.kind == .step ? "étape " + StepLabel(reference.id).canonical : reference.id
    }
    for step in action.quest {
      for target in step.influences {
        edges["étape " + step.label.value.canonical, default: []].append(
          (node(target), target.location))
      }
    }
    for influence in action.influences {
      edges[node(influence.from), default: []].append((node(influence.to), influence.location))
    }
    var state: [String: Int] = [:]  // 1 on the path, 2 done
    var path: [(vertex: String, via: SourceLocation?)] = []
    var cycles: [([String], SourceLocation)] = []
    func visit(_ vertex: String, via: SourceLocation?) {
      state[vertex] = 1
      path.append((vertex, via))
      for edge in edges[vertex] ?? [] {
        if state[edge.to] == 1, let start = path.firstIndex(where: { $0.vertex == edge.to }) {
          let locations = path[(start + 1)...].compactMap(\.via) + [edge.location]
          cycles.append((path[start...].map(\.vertex) + [edge.to], locations.max()!))
        } else if state[edge.to] == nil {
          visit(edge.to, via: edge.location)
        }
      }
      path.removeLast()
      state[vertex] = 2
    }
    for vertex in edges.keys.sorted() where state[vertex] == nil {
      visit(vertex, via: nil)
    }
    return cycles
  }
}
