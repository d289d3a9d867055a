import RecitModel

extension ActionRules {
  /// Labels well formed, unique, `bis` after its number, no gap in the numbering.
  mutating func checkQuest(_ quest: [QuestStep]) {
    var seen: [String: SourceLocation] = [:]
    var valid: [QuestStep] = []
    for step in quest {
      let label = step.label.value
      guard label.isValid else {
        let message =
          label.text.isEmpty
          ? LocalizedText(
            fr: "cette étape de la quête n'a pas de numéro (« etape: »)",
            en: "this quest step has no number (“step:”)")
          : LocalizedText(
            fr: "« \(label.text) » n'est pas un numéro d'étape",
            en: "“\(label.text)” is not a step number")
        report(
          .etapeInvalide, at: step.label.location, message,
          hint: LocalizedText(
            fr: "écrivez 0, 1, 2, \"2 bis\", \"2 ter\", 3…",
            en: "write 0, 1, 2, \"2 bis\", \"2 ter\", 3…"))
        continue
      }
      if let first = seen[label.canonical] {
        report(
          .etapeDupliquee, at: step.label.location,
          LocalizedText(
            fr: "l'étape « \(label.canonical) » existe déjà (ligne \(first.line))",
            en: "step “\(label.canonical)” already exists (line \(first.line))"),
          hint: LocalizedText(
            fr: "numérotez-la « \(label.number!) bis » si elle se déroule en parallèle",
            en: "number it “\(label.number!) bis” if it happens alongside"))
        continue
      }
      seen[label.canonical] = step.label.location
      valid.append(step)
    }
    for step in valid where step.label.value.suffixRank > 0 {
      let label = step.label.value
      let previous =
        label.suffixRank == 1
        ? "\(label.number!)" : "\(label.number!) \(StepLabel.suffixes[label.suffixRank - 2])"
      if seen[previous] == nil {
        report(
          .etapeOrpheline, at: step.label.location,
          LocalizedText(
            fr:
              "l'étape « \(label.canonical) » suppose une étape « \(previous) », absente de la quête",
            en: "step “\(label.canonical)” assumes a step “\(previous)”, missing from the quest"))
      }
    }
    let numbers = Set(valid.compactMap(\.label.value.number)).sorted()
    guard let low = numbers.first, let high = numbers.last else { return }
    let missing = (low...high).filter { !numbers.contains($0) }
    guard !missing.isEmpty else { return }
    let after = valid.filter { ($0.label.value.number ?? 0) > missing[0] }
      .min { $0.label.location < $1.label.location }
    report(
      .etapeLacune, at: after?.label.location ?? valid[0].label.location,
      LocalizedText(
        fr: "la numérotation de la quête saute \(missing.map(String.init).joined(separator: ", "))",
        en: "the quest's numbering skips \(missing.map(String.init).joined(separator: ", "))"),
      hint: LocalizedText(
        fr: "renumérotez les étapes ou ajoutez celles qui manquent",
        en: "renumber the steps or add the missing ones"))
  }

  /// `influence-circulaire`: a cycle among actors and steps, named in order, reported once.
  mutating func checkInfluenceCycles() {
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
    var reported: Set<[String]> = []
    var state: [String: Int] = [:]  // 1 on the path, 2 done
    var path: [(vertex: String, via: SourceLocation?)] = []
    // A cycle is reported at its edge written last: the one that closes it in reading order.
    func visit(
      _ vertex: String, via: SourceLocation?, into cycles: inout [([String], SourceLocation)]
    ) {
      state[vertex] = 1
      path.append((vertex, via))
      for edge in edges[vertex] ?? [] {
        if state[edge.to] == 1, let start = path.firstIndex(where: { $0.vertex == edge.to }) {
          let locations = path[(start + 1)...].compactMap(\.via) + [edge.location]
          cycles.append((path[start...].map(\.vertex) + [edge.to], locations.max()!))
        } else if state[edge.to] == nil {
          visit(edge.to, via: edge.location, into: &cycles)
        }
      }
      path.removeLast()
      state[vertex] = 2
    }
    var cycles: [([String], SourceLocation)] = []
    for vertex in edges.keys.sorted() where state[vertex] == nil {
      visit(vertex, via: nil, into: &cycles)
    }
    for (cycle, location) in cycles {
      let key = Array(cycle.dropLast()).sorted()
      guard reported.insert(key).inserted else { continue }
      let chain = cycle.joined(separator: " → ")
      report(
        .influenceCirculaire, at: location,
        LocalizedText(
          fr: "les influences forment un cercle : \(chain)",
          en:
            "the influences form a cycle: \(chain.replacingOccurrences(of: "étape ", with: "step "))"
        ),
        hint: LocalizedText(
          fr: "une influence va d'une cause vers un effet ; vérifiez le sens de « de » et « sur »",
          en: "an influence goes from a cause to an effect; check the direction of “from” and “to”")
      )
    }
  }
}
