// Generated from the rule units by `scripts/generate.sh`: do not edit by hand.

/// Every rule `recit` checks, by its stable id.
///
/// Parse problems and schema checks share this one list so that `recit.yml` can turn any of
/// them off or change its severity, and `recit explain` can describe each. Each rule's
/// title, messages, severity and logic live in its unit under
/// `Sources/RecitKit/Check/Rules/`, its explanation in `Explanations/`.
public enum Rule: String, Sendable, Codable, CaseIterable {
  // Reading files
  case invalidYAML = "yaml-invalide"
  case unreadableFile = "fichier-illisible"
  case wrongType = "type-invalide"
  case unknownField = "champ-inconnu"
  case mixedAliases = "alias-mixte"
  case invalidValue = "valeur-invalide"
  case missingActionFile = "action-introuvable"
  case duplicateAction = "action-dupliquee"
  // Completeness of the actantial schema
  case missingTitle = "titre-manquant"
  case missingSubject = "sujet-manquant"
  case missingObject = "objet-manquant"
  case missingSender = "destinateur-manquant"
  case missingReceiver = "destinataire-manquant"
  case missingHelper = "adjuvant-manquant"
  case missingOpponent = "opposant-manquant"
  // References
  case unknownActor = "acteur-inconnu"
  case unusedActor = "acteur-inutilise"
  case duplicateActor = "acteur-duplique"
  case ambivalentRole = "role-ambivalent"
  // Quest
  case invalidStep = "etape-invalide"
  case duplicateStep = "etape-dupliquee"
  case orphanStep = "etape-orpheline"
  case stepGap = "etape-lacune"
  case circularInfluence = "influence-circulaire"
  // Référentiel
  case unknownMarker = "balise-inconnue"
  case invalidDate = "date-invalide"
  // Narratives
  case missingNarrator = "narrateur-manquant"
  case singleNarrative = "recit-unique"
  case emptyContradiction = "contradiction-vide"
  case conflictWithoutArbitration = "conflit-sans-arbitrage"
  case receiverWithoutBenefit = "destinataire-sans-benefice"
  case narrowViewpoints = "points-de-vue-limites"
  case emptyNarrative = "recit-vide"
  case toComplete = "a-completer"
  case untoldRoles = "roles-non-dits"
  case pathologicalMarkdown = "markdown-pathologique"
  case missingFamily = "famille-absente"

  /// The severity each unit declares.
  public var defaultSeverity: Severity {
    switch self {
    case .invalidYAML,
      .unreadableFile,
      .wrongType,
      .mixedAliases,
      .invalidValue,
      .missingActionFile,
      .duplicateAction,
      .missingTitle,
      .missingSubject,
      .missingObject,
      .unknownActor,
      .invalidStep,
      .duplicateStep,
      .orphanStep,
      .unknownMarker,
      .invalidDate,
      .missingNarrator,
      .pathologicalMarkdown:
      .error
    case .unknownField,
      .missingSender,
      .missingReceiver,
      .missingHelper,
      .missingOpponent,
      .duplicateActor,
      .ambivalentRole,
      .stepGap,
      .circularInfluence,
      .singleNarrative,
      .emptyContradiction,
      .emptyNarrative,
      .toComplete:
      .warning
    case .unusedActor,
      .conflictWithoutArbitration,
      .receiverWithoutBenefit,
      .narrowViewpoints,
      .untoldRoles,
      .missingFamily:
      .note
    }
  }
}
