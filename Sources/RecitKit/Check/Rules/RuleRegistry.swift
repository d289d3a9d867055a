// Generated from the rule units by `scripts/generate.sh`: do not edit by hand.

import RecitModel

/// Every rule unit, in the order of ``Rule/allCases``.
enum RuleRegistry {
  static let all: [any RuleUnit.Type] = [
    // Reading files
    YamlInvalide.self,
    FichierIllisible.self,
    TypeInvalide.self,
    ChampInconnu.self,
    AliasMixte.self,
    ValeurInvalide.self,
    ActionIntrouvable.self,
    ActionDupliquee.self,
    // Completeness of the actantial schema
    TitreManquant.self,
    SujetManquant.self,
    ObjetManquant.self,
    DestinateurManquant.self,
    DestinataireManquant.self,
    AdjuvantManquant.self,
    OpposantManquant.self,
    // References
    ActeurInconnu.self,
    ActeurInutilise.self,
    ActeurDuplique.self,
    RoleAmbivalent.self,
    // Quest
    EtapeInvalide.self,
    EtapeDupliquee.self,
    EtapeOrpheline.self,
    EtapeLacune.self,
    InfluenceCirculaire.self,
    // Référentiel
    BaliseInconnue.self,
    DateInvalide.self,
    // Narratives
    NarrateurManquant.self,
    RecitUnique.self,
    ContradictionVide.self,
    ConflitSansArbitrage.self,
    DestinataireSansBenefice.self,
    PointsDeVueLimites.self,
    RecitVide.self,
    ACompleter.self,
  ]
}
