import Testing

@testable import RecitKit
@testable import RecitModel

/// One lookup behind the JSON export and the render context: an action's own actors override
/// the shared ones, step labels are compared in their canonical form.
@Suite struct ReferenceResolverTests {
  private let files = [
    "recit.yml": "territoire: Testville\n",
    "acteurs.yml": "mairie: { nom: Mairie de Testville, categorie: elu }\namap: { nom: AMAP }\n",
    "actions/essai.md": """
    ---
    titre: Essai
    acteurs:
      amap: { nom: AMAP du marché, categorie: habitant }
    quete:
      - etape: 2 bis
        acteur: amap
        action: Premières ventes
    ---
    Texte.
    """,
  ]

  private func resolver() throws -> ReferenceResolver {
    let project = try TemporaryProject(files).load()
    return ReferenceResolver(project: project, action: try #require(project.actions.first))
  }

  private func reference(_ id: String, _ kind: Reference.Kind = .actor) -> Reference {
    Reference(id, kind: kind, at: SourceLocation(file: "actions/essai.md", line: 1, column: 1))
  }

  @Test func theActionsOwnActorOverridesTheSharedOne() throws {
    let resolver = try resolver()
    #expect(resolver.displayName(reference("amap")) == "AMAP du marché")
    #expect(resolver.displayName(reference("mairie")) == "Mairie de Testville")
  }

  @Test func anUnknownActorShowsItsIdAndIsUnresolved() throws {
    let resolver = try resolver()
    #expect(resolver.displayName(reference("inconnu")) == "inconnu")
    #expect(!resolver.isResolved(reference("inconnu")))
  }

  @Test func stepLabelsMatchInTheirCanonicalForm() throws {
    let resolver = try resolver()
    #expect(resolver.isResolved(reference("2 BIS", .step)))
    #expect(!resolver.isResolved(reference("3", .step)))
  }
}
