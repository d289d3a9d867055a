import Foundation

/// The namespace of the export-rendering suites (`swift test --filter Render`).
enum RenderTests {}

/// Inputs and helpers the rendering tests share.
enum RenderSamples {
  /// Actor id → name for the sample bodies.
  static let names = [
    "mairie": "Mairie de Malaunay",
    "amap": "AMAP de Malaunay",
    "maraicher": "Maraîcher partenaire de l’AMAP",
  ]

  /// A body with every construct the writers handle, and hostile input.
  static let richBody = """
    Lors d’une réunion publique, @mairie a lancé une idée ; @amap l’a reprise avec \
    @maraicher, mais pas @inconnu (contact@amap.fr).

    <script>alert(1)</script>

    Un [lien piégé](javascript:alert(1)), un [autre](JaVaScRiPt:alert(2)), un \
    [vrai lien](https://www.malaunay.fr "Site") et www.fabrique-transitions.fr. Du **gras**, \
    de l’*italique*, du ~~barré~~, du `code @mairie` et une note[^1].\\
    Après un saut de ligne, <b>du HTML</b> brut.

    ## Le marché du mardi

    | Jour | Lieu | Paniers |
    |:-----|:----:|--------:|
    | Mardi | Bibliothèque | 80 |
    | Samedi | Place @mairie |  |

    - [x] trouver un maraîcher
    - [ ] ouvrir un second lieu

    1. Première étape
    2. Deuxième étape

    ### Ce que disent les familles

    > Les paniers revenaient à moitié entamés.
    >
    > — une adhérente

    ```swift
    let paniers = 80 // <pas du HTML>
    ```

    ![Le marché](https://example.org/marche.png) ![piège](data:text/html;base64,PHNjcmlwdD4=)

    [^1]: Voir le compte rendu du conseil, avec @amap.
    """

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("recit-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension RenderSamples {
  /// A minimal DocBook 5.0 article around `content`.
  static func article(_ content: String, title: String = "T") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" \
    version="5.0"><info><title>\(title)</title></info>
    \(content)
    </article>
    """
  }
}
