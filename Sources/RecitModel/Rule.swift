// Generated from the rule units by `scripts/generate.sh`: do not edit by hand.

/// Every rule `recit` checks, by its stable id.
///
/// Parse problems and schema checks share this one list so that `recit.yml` can turn any of
/// them off or change its severity, and `recit explain` can describe each. Each rule's
/// title, messages, severity and logic live in its unit under
/// `Sources/RecitKit/Check/Rules/`, its explanation in `Explanations/`.
public enum Rule: String, Sendable, Codable, CaseIterable {
  // Reading files
  case yamlInvalide = "yaml-invalide"
  case fichierIllisible = "fichier-illisible"
  case typeInvalide = "type-invalide"
  case champInconnu = "champ-inconnu"
  case aliasMixte = "alias-mixte"
  case valeurInvalide = "valeur-invalide"
  case actionIntrouvable = "action-introuvable"
  case actionDupliquee = "action-dupliquee"
  // Completeness of the actantial schema
  case titreManquant = "titre-manquant"
  case sujetManquant = "sujet-manquant"
  case objetManquant = "objet-manquant"
  case destinateurManquant = "destinateur-manquant"
  case destinataireManquant = "destinataire-manquant"
  case adjuvantManquant = "adjuvant-manquant"
  case opposantManquant = "opposant-manquant"
  // References
  case acteurInconnu = "acteur-inconnu"
  case acteurInutilise = "acteur-inutilise"
  case acteurDuplique = "acteur-duplique"
  case roleAmbivalent = "role-ambivalent"
  // Quest
  case etapeInvalide = "etape-invalide"
  case etapeDupliquee = "etape-dupliquee"
  case etapeOrpheline = "etape-orpheline"
  case etapeLacune = "etape-lacune"
  case influenceCirculaire = "influence-circulaire"
  // Référentiel
  case baliseInconnue = "balise-inconnue"
  case dateInvalide = "date-invalide"
  // Narratives
  case narrateurManquant = "narrateur-manquant"
  case recitUnique = "recit-unique"
  case contradictionVide = "contradiction-vide"
  case conflitSansArbitrage = "conflit-sans-arbitrage"
  case destinataireSansBenefice = "destinataire-sans-benefice"
  case pointsDeVueLimites = "points-de-vue-limites"
  case recitVide = "recit-vide"
  case aCompleter = "a-completer"

  /// The severity each unit declares.
  public var defaultSeverity: Severity {
    switch self {
    case .yamlInvalide,
      .fichierIllisible,
      .typeInvalide,
      .aliasMixte,
      .valeurInvalide,
      .actionIntrouvable,
      .actionDupliquee,
      .titreManquant,
      .sujetManquant,
      .objetManquant,
      .acteurInconnu,
      .etapeInvalide,
      .etapeDupliquee,
      .etapeOrpheline,
      .baliseInconnue,
      .dateInvalide,
      .narrateurManquant:
      .error
    case .champInconnu,
      .destinateurManquant,
      .destinataireManquant,
      .adjuvantManquant,
      .opposantManquant,
      .acteurDuplique,
      .roleAmbivalent,
      .etapeLacune,
      .influenceCirculaire,
      .recitUnique,
      .contradictionVide,
      .recitVide,
      .aCompleter:
      .warning
    case .acteurInutilise,
      .conflitSansArbitrage,
      .destinataireSansBenefice,
      .pointsDeVueLimites:
      .note
    }
  }
}
