import Foundation
import RecitKit
import RecitModel

/// A narrative told through the web form by a resident or a partner, as stored: pending until a
/// facilitator accepts it (it then becomes a narrative file of the action) or rejects it.
public struct Contribution: Sendable, Equatable, Codable {
  public enum Status: String, Sendable, Codable, CaseIterable {
    case pending, accepted, rejected, withdrawn

    public var label: LocalizedText {
      switch self {
      case .pending: LocalizedText(fr: "en attente", en: "pending")
      case .accepted: LocalizedText(fr: "acceptée", en: "accepted")
      case .rejected: LocalizedText(fr: "refusée", en: "rejected")
      case .withdrawn: LocalizedText(fr: "retirée", en: "withdrawn")
      }
    }
  }

  public var id: String
  public var actionID: String
  public var status: Status
  public var draft: ContributionDraft
  /// When it was submitted, in seconds since 1970.
  public var created: Int64
  /// The workshop code it came with.
  public var linkCode: String
  /// The digest and the text of the action's main file when the form was served: accepting
  /// tells when the action changed since, and shows how.
  public var actionDigest: String
  public var actionSource: String
  public var decidedAt: Int64?
  public var decidedBy: String?
  public var decisionNote: String?
  /// The file written on acceptance, relative to the project's root.
  public var acceptedFile: String?
}

/// The contributor's answers, checked (`ContributionForm`).
public struct ContributionDraft: Sendable, Equatable, Codable {
  /// Who tells it: an actor of the action, or a new one.
  public enum Narrator: Sendable, Equatable, Codable {
    case existing(id: String)
    case new(name: String, category: ActorCategory)
  }

  public struct Disagreement: Sendable, Equatable, Codable {
    /// A role's key (`opposants`), `quete`, or nil when the line is free text.
    public var role: String?
    public var text: String
  }

  public var narrator: Narrator
  public var stance: Stance
  public var title: String?
  /// Role key (`destinateur`, `sujet`, `destinataires`, `adjuvants`, `opposants`) → actor ids.
  public var roles: [String: [String]]
  public var object: String?
  public var disagreements: [Disagreement]
  public var text: String
  /// Whether the contributor agreed to show the name given for a new actor.
  public var showsName: Bool
  /// The language the form was filled in.
  public var language: Language
}

/// The roles of the actantial schema a contributor may see otherwise, in the file's order.
public enum ContributionRoles {
  /// The roles held by actors (the object is a text).
  public static let actorRoles = [
    "destinateur", "sujet", "destinataires", "adjuvants", "opposants",
  ]
  /// The keys a disagreement line may start with (`opposants : …`), French and English.
  public static let disagreementSubjects: [String: String] = [
    "destinateur": "destinateur", "sender": "destinateur",
    "sujet": "sujet", "subject": "sujet",
    "objet": "objet", "object": "objet",
    "destinataires": "destinataires", "destinataire": "destinataires", "receivers": "destinataires",
    "adjuvants": "adjuvants", "adjuvant": "adjuvants", "helpers": "adjuvants",
    "opposants": "opposants", "opposant": "opposants", "opponents": "opposants",
    "quete": "quete", "quête": "quete", "quest": "quete",
  ]

  public static func label(_ role: String) -> LocalizedText {
    switch role {
    case "destinateur": LocalizedText(fr: "Destinateur", en: "Sender")
    case "sujet": LocalizedText(fr: "Sujet", en: "Subject")
    case "objet": LocalizedText(fr: "Objet", en: "Object")
    case "destinataires": LocalizedText(fr: "Destinataires", en: "Receivers")
    case "adjuvants": LocalizedText(fr: "Adjuvants", en: "Helpers")
    case "opposants": LocalizedText(fr: "Opposants", en: "Opponents")
    case "quete": LocalizedText(fr: "La quête", en: "The quest")
    default: .verbatim(fr: role, en: role)
    }
  }

  /// What each role means, for the form's hints.
  public static func hint(_ role: String) -> LocalizedText {
    switch role {
    case "destinateur":
      LocalizedText(fr: "Qui a voulu l'action, qui l'a commandée", en: "Who wanted the action")
    case "sujet": LocalizedText(fr: "Qui la mène", en: "Who carries it out")
    case "destinataires":
      LocalizedText(fr: "Pour qui elle est faite", en: "Who it is done for")
    case "adjuvants": LocalizedText(fr: "Qui l'aide", en: "Who helps it")
    case "opposants":
      LocalizedText(fr: "Qui ou quoi s'y oppose", en: "Who or what stands against it")
    default: LocalizedText(fr: "", en: "")
    }
  }
}
