import RecitModel

/// Every rule unit, in the order of ``Rule/allCases``: the one list to extend when a rule is
/// added (a test checks that it covers exactly `Rule.allCases`).
enum RuleRegistry {
  static let all: [any RuleUnit.Type] = [
    // Reading files
    YamlInvalide.self, FichierIllisible.self, TypeInvalide.self, ChampInconnu.self,
    AliasMixte.self, ValeurInvalide.self, ActionIntrouvable.self, ActionDupliquee.self,
    // Completeness of the actantial schema
    TitreManquant.self, SujetManquant.self, ObjetManquant.self, DestinateurManquant.self,
    DestinataireManquant.self, AdjuvantManquant.self, OpposantManquant.self,
    // References
    ActeurInconnu.self, ActeurInutilise.self, ActeurDuplique.self, RoleAmbivalent.self,
    // Quest
    EtapeInvalide.self, EtapeDupliquee.self, EtapeOrpheline.self, EtapeLacune.self,
    InfluenceCirculaire.self,
    // Référentiel
    BaliseInconnue.self, DateInvalide.self,
    // Narratives
    NarrateurManquant.self, RecitUnique.self, ContradictionVide.self, ConflitSansArbitrage.self,
    DestinataireSansBenefice.self, PointsDeVueLimites.self, RecitVide.self, ACompleter.self,
  ]

  /// The rules checked over each action, in registry order.
  static let actionRules: [any ActionRule.Type] = all.compactMap { $0 as? any ActionRule.Type }
  /// The rules checked over the whole project, in registry order.
  static let projectRules: [any ProjectRule.Type] = all.compactMap { $0 as? any ProjectRule.Type }
  /// The rules reported while reading.
  static let readingRules: [any ReadingRule.Type] = all.compactMap { $0 as? any ReadingRule.Type }

  /// The unit of `rule`.
  static func unit(of rule: Rule) -> any RuleUnit.Type {
    all.first { $0.rule == rule }!
  }
}
