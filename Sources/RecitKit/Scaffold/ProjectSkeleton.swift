import Foundation

/// The files of a new project (`recit init`): settings, shared actors, and a first action told
/// from two points of view, so that the skeleton checks with no error.
public struct ProjectSkeleton: Sendable {
  public var territory: String

  public init(territory: String) {
    self.territory = territory
  }

  /// Relative path → content.
  public var files: [(path: String, content: String)] {
    let quoted = YAMLQuoting.quote(territory)
    return [
      (
        "recit.yml",
        """
        # Réglages du projet recit / recit project settings
        territoire: \(quoted)
        titre: \(YAMLQuoting.quote("Les récits de " + territory))
        langue: fr
        auteurs: []

        """
      ),
      (
        "acteurs.yml",
        """
        # Les acteurs communs à toutes les actions : identifiant -> acteur.
        # categorie : elu, agent, etat, acteur-socio-economique, habitant ou autre.
        mairie:
          nom: \(YAMLQuoting.quote("Mairie de " + territory))
          categorie: elu
          nature: institution
        habitants:
          nom: Les habitants
          categorie: habitant

        """
      ),
      (
        "actions/premiere-action/action.md",
        """
        ---
        titre: "[[À compléter : le titre de l'action]]"
        date: \(Self.today)
        balises: [engagement/2]
        schema:
          destinateur: mairie
          sujet: mairie
          objet: "[[À compléter : ce que l'action cherche à obtenir]]"
          destinataires: [habitants]
          adjuvants: []
          opposants: []
        quete:
          - etape: "0"
            acteurs: [mairie]
            action: "[[À compléter : ce qui a tout déclenché]]"
        benefices:
          - pour: habitants
            dimension: effets-utiles
            texte: "[[À compléter : ce que les habitants y gagnent]]"
        ---

        ## Le contexte

        [[À compléter : racontez d'où vient l'action, avec @mairie et @habitants.]]

        """
      ),
      (
        "actions/premiere-action/habitants.md",
        """
        ---
        narrateur: habitants
        posture: alternatif
        ---

        [[À compléter : comment les habitants racontent-ils cette action ?]]

        """
      ),
    ]
  }

  public static var today: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }
}
