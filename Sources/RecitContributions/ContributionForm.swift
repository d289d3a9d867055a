import Foundation
import RecitKit
import RecitModel

/// The web form's fields, checked: either a draft, or one message per refused field. The form
/// is sent back filled with what was typed, so nothing typed is lost.
public struct ContributionForm: Sendable {
  /// A refused field and why, in words for the contributor.
  public struct FieldError: Sendable, Equatable {
    public var field: String
    public var message: LocalizedText

    public init(field: String, message: LocalizedText) {
      self.field = field
      self.message = message
    }
  }

  /// The refused fields of a submission.
  public struct Refusal: Error, Sendable {
    public var errors: [FieldError]
  }

  /// Length caps, in characters (a contribution is a few paragraphs, not a book).
  public enum Limits {
    public static let name = 120
    public static let title = 200
    public static let object = 300
    public static let disagreementLines = 20
    public static let disagreementLine = 500
    public static let text = 20_000
    public static let actorsPerRole = 40
    /// Bytes of a whole form body; a larger one is refused before it is parsed. Room for the
    /// longest text percent-encoded (an accented letter takes six bytes), not much more.
    public static let body = 384 * 1024
  }

  /// The actors the contributor may pick: the action's, id → name.
  public let actors: [(id: String, name: String)]

  public init(actors: [(id: String, name: String)]) {
    self.actors = actors
  }

  /// Checks the submitted fields (name → values, as sent).
  public func check(_ fields: [String: [String]], language: Language) -> Result<
    ContributionDraft, Refusal
  > {
    var errors: [FieldError] = []
    func one(_ name: String) -> String {
      Self.clean(fields[name]?.first ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
    func refuse(_ field: String, fr: String, en: String) {
      errors.append(FieldError(field: field, message: .verbatim(fr: fr, en: en)))
    }
    func capped(_ field: String, _ value: String, _ limit: Int, label: LocalizedText) {
      if value.count > limit {
        refuse(
          field,
          fr:
            "\(label.text(in: .fr)) : \(value.count) caractères, c'est trop (au plus \(limit)). Raccourcissez-le.",
          en:
            "\(label.text(in: .en)): \(value.count) characters is too long (\(limit) at most). Shorten it."
        )
      }
    }
    let known = Set(actors.map(\.id))

    let narrator: ContributionDraft.Narrator?
    switch one("narrateur") {
    case "":
      refuse(
        "narrateur",
        fr: "Dites au nom de qui vous racontez : un acteur de la liste, ou un nouveau.",
        en: "Say on whose behalf you tell it: an actor of the list, or a new one.")
      narrator = nil
    case "nouveau", "new":
      let name = one("nouveau_nom")
      let categoryWord = one("nouveau_categorie")
      let category = ActorCategory.allCases.first {
        $0.rawValue == categoryWord || $0.englishAlias == categoryWord
      }
      if name.isEmpty {
        refuse(
          "nouveau_nom", fr: "Donnez le nom du nouvel acteur (vous, votre collectif…).",
          en: "Give the new actor's name (yourself, your group…).")
      }
      capped("nouveau_nom", name, Limits.name, label: LocalizedText(fr: "Le nom", en: "The name"))
      if category == nil {
        refuse(
          "nouveau_categorie", fr: "Choisissez la catégorie du nouvel acteur.",
          en: "Choose the new actor's category.")
      }
      narrator = category.map { .new(name: name, category: $0) }
    case let id where known.contains(id):
      narrator = .existing(id: id)
    default:
      refuse(
        "narrateur", fr: "Cet acteur n'est pas de l'action : choisissez-en un dans la liste.",
        en: "This actor is not one of the action's: pick one from the list.")
      narrator = nil
    }

    let stance: Stance?
    switch one("posture") {
    case "alternatif", "alternative": stance = .alternative
    case "contradictoire", "contradictory": stance = .contradictory
    default:
      refuse(
        "posture",
        fr: "Dites si votre récit est alternatif (même but, autre chemin) ou contradictoire.",
        en: "Say whether your narrative is alternative (same aim, another way) or contradictory.")
      stance = nil
    }

    let title = one("titre")
    capped("titre", title, Limits.title, label: LocalizedText(fr: "Le titre", en: "The title"))
    let object = one("objet")
    capped("objet", object, Limits.object, label: LocalizedText(fr: "L'objet", en: "The object"))

    var roles: [String: [String]] = [:]
    for role in ContributionRoles.actorRoles {
      var ids: [String] = []
      for value in fields[role] ?? [] {
        let id = Self.clean(value).trimmingCharacters(in: .whitespaces)
        if id.isEmpty || ids.contains(id) { continue }
        guard known.contains(id) else {
          let label = ContributionRoles.label(role)
          refuse(
            role, fr: "\(label.text(in: .fr)) : « \(id) » n'est pas un acteur de l'action.",
            en: "\(label.text(in: .en)): “\(id)” is not an actor of the action.")
          break
        }
        ids.append(id)
      }
      if ids.count > Limits.actorsPerRole {
        refuse(role, fr: "Trop d'acteurs cochés.", en: "Too many actors ticked.")
      }
      if !ids.isEmpty { roles[role] = ids }
    }

    let lines = Self.clean(fields["desaccords"]?.first ?? "").split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    if lines.count > Limits.disagreementLines {
      refuse(
        "desaccords",
        fr:
          "\(lines.count) désaccords, c'est trop (au plus \(Limits.disagreementLines)) : regroupez-les.",
        en:
          "\(lines.count) disagreements is too many (\(Limits.disagreementLines) at most): group them."
      )
    }
    if let long = lines.firstIndex(where: { $0.count > Limits.disagreementLine }) {
      refuse(
        "desaccords",
        fr:
          "Le désaccord n° \(long + 1) dépasse \(Limits.disagreementLine) caractères : raccourcissez-le.",
        en:
          "Disagreement no. \(long + 1) is over \(Limits.disagreementLine) characters: shorten it.")
    }
    let disagreements = lines.map(Self.disagreement)

    let text = Self.clean(fields["texte"]?.first ?? "").trimmingCharacters(
      in: .whitespacesAndNewlines)
    if text.isEmpty {
      refuse(
        "texte", fr: "Écrivez votre récit : c'est le cœur de la contribution.",
        en: "Write your narrative: it is the heart of the contribution.")
    }
    capped("texte", text, Limits.text, label: LocalizedText(fr: "Le récit", en: "The narrative"))

    let showsName = one("consentement") == "oui" || one("consentement") == "yes"
    guard errors.isEmpty, let narrator, let stance else { return .failure(Refusal(errors: errors)) }
    return .success(
      ContributionDraft(
        narrator: narrator, stance: stance, title: title.isEmpty ? nil : title, roles: roles,
        object: object.isEmpty ? nil : object, disagreements: disagreements, text: text,
        showsName: showsName, language: language))
  }

  /// A line `rôle : texte` about a role or the quest, else a free-text disagreement.
  static func disagreement(_ line: String) -> ContributionDraft.Disagreement {
    if let colon = line.firstIndex(where: { $0 == ":" }) {
      let word = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if let role = ContributionRoles.disagreementSubjects[word], !rest.isEmpty {
        return .init(role: role, text: rest)
      }
    }
    return .init(role: nil, text: line)
  }

  /// The text with line endings made `\n` and control characters (but tabs and line feeds)
  /// and lone surrogates dropped.
  public static func clean(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
      if scalar == "\r" {
        scalars.append("\n")
        continue
      }
      if scalar == "\n" || scalar == "\t" {
        scalars.append(scalar)
        continue
      }
      if scalar.properties.generalCategory == .control || scalar.value == 0xFEFF { continue }
      if (0x2028...0x2029).contains(scalar.value) {
        scalars.append("\n")
        continue
      }
      scalars.append(scalar)
    }
    return String(scalars)
  }
}
