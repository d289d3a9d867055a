import Foundation
import RecitModel

extension Comparison {
  /// The declared disagreements (`desaccords`) about one thing: a role, the quest, or a free
  /// subject.
  public struct DisagreementGroup: Hashable, Sendable {
    /// What the disagreements are about; `.other` keeps the words first written.
    public let subject: Disagreement.Subject
    public let items: [DisagreementItem]

    /// How the group is headed for readers (« sur les opposants », “about the opponents”).
    public var heading: LocalizedText {
      switch subject {
      case .role(let role):
        LocalizedText(fr: "sur : \(role.label.fr)", en: "about: \(role.label.en)")
      case .quest: LocalizedText(fr: "sur : quête", en: "about: quest")
      case .other(let text) where text.isEmpty:
        LocalizedText(fr: "sujet non précisé", en: "subject not given")
      case .other(let text): LocalizedText(fr: "sur : \(text)", en: "about: \(text)")
      }
    }
  }

  /// One declared disagreement, with the narrative that declares it.
  public struct DisagreementItem: Hashable, Sendable {
    public let file: String
    public let narrator: ActorRef?
    public let text: String?
    public let location: SourceLocation
  }

  /// Groups in a fixed order: roles in schema order, then the quest, then free subjects in
  /// order of first appearance (compared without case, accents or extra spaces).
  static func groups(action: Action, columns: [Column]) -> [DisagreementGroup] {
    var keys: [String] = []
    var subjects: [String: Disagreement.Subject] = [:]
    var items: [String: [DisagreementItem]] = [:]
    for (index, narrative) in action.narratives.enumerated() {
      for disagreement in narrative.disagreements {
        let subject = disagreement.about?.value ?? .other("")
        let key = Self.key(of: subject)
        if subjects[key] == nil {
          keys.append(key)
          subjects[key] = subject
        }
        items[key, default: []].append(
          DisagreementItem(
            file: narrative.file, narrator: columns[index].narrator,
            text: disagreement.text?.value, location: disagreement.location))
      }
    }
    let ordered = keys.enumerated().sorted {
      (rank(subjects[$0.element]!), $0.offset) < (rank(subjects[$1.element]!), $1.offset)
    }
    return ordered.map {
      DisagreementGroup(subject: subjects[$0.element]!, items: items[$0.element]!)
    }
  }

  private static func key(of subject: Disagreement.Subject) -> String {
    switch subject {
    case .role(let role): "role:" + role.rawValue
    case .quest: "quest"
    case .other(let text):
      "other:"
        + text.split(whereSeparator: \.isWhitespace).joined(separator: " ").folding(
          options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
  }

  /// Roles first (schema order), then the quest, then free subjects.
  private static func rank(_ subject: Disagreement.Subject) -> Int {
    switch subject {
    case .role(let role): Role.allCases.firstIndex(of: role)!
    case .quest: Role.allCases.count
    case .other: Role.allCases.count + 1
    }
  }
}
