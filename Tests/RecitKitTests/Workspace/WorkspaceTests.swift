import Foundation
import RecitKit
import Testing

/// The workspace re-reads, re-checks and re-renders only what an edit touched, and a build's
/// output folder loses only the files that recit itself wrote and no longer makes.
@Suite struct WorkspaceTests {
  /// A copy of the Malaunay sample (3 actions, 8 narratives) in a fresh folder.
  private func malaunay() throws -> TemporaryProject {
    let project = try TemporaryProject([:])
    try FileManager.default.copyItem(
      atPath: Fixtures.packageRoot.appendingPathComponent("Samples/malaunay").path,
      toPath: project.root)
    return project
  }

  private func edit(_ project: TemporaryProject, _ path: String, _ change: (String) -> String)
    throws
  {
    let file = project.root + "/" + path
    try project.write(change(try String(contentsOfFile: file, encoding: .utf8)), to: path)
  }

  private let request = BuildRequest(formats: [.html, .docbook, .markdown, .json])

  @Test func oneEditedFileIsReadAgainAndOneActionRenderedAgain() async throws {
    let project = try malaunay()
    let workspace = try await Workspace(path: project.root)
    let opened = await workspace.counters
    #expect(opened.filesRead == 10)
    #expect(opened.filesDecoded == 10)
    guard case .built = await workspace.build(request).outcome else {
      Issue.record("the sample does not build")
      return
    }
    let built = await workspace.counters
    #expect(built.actionsChecked == 3)
    #expect(built.actionsRendered == 3)

    let file = "actions/creation-amap/mairie.md"
    try edit(project, file) { $0 + "\nUne phrase de plus.\n" }
    let changed = await workspace.update([project.root + "/" + file])
    #expect(changed == [file])
    guard case .built(let output) = await workspace.build(request).outcome else {
      Issue.record("the edited sample does not build")
      return
    }
    let after = await workspace.counters
    #expect(after.filesRead - built.filesRead == 1)
    #expect(after.filesDecoded - built.filesDecoded == 1)
    #expect(after.actionsChecked - built.actionsChecked == 1)
    #expect(after.actionsRendered - built.actionsRendered == 1)
    let page = output.files.first { $0.path == "html/creation-amap.html" }
    #expect(page?.text.contains("Une phrase de plus.") == true)
  }

  /// The territory's pages depend on the whole project: a sentence added to a body makes none
  /// of them again, a role changed makes them again, with the new role.
  @Test func territoryPagesAreRenderedAgainOnlyWhenTheyChange() async throws {
    let project = try malaunay()
    let workspace = try await Workspace(path: project.root)
    let html = BuildRequest(formats: [.html])
    guard case .built(let first) = await workspace.build(html).outcome else {
      Issue.record("the sample does not build")
      return
    }
    let pages = first.projectFiles.filter { $0.path.hasPrefix("html/territoire/") }
    let built = await workspace.counters
    #expect(built.territoriesRendered == 1)
    #expect(pages.count > 5)

    let file = "actions/creation-amap/mairie.md"
    try edit(project, file) { $0 + "\nUne phrase de plus.\n" }
    await workspace.update([project.root + "/" + file])
    guard case .built(let second) = await workspace.build(html).outcome else {
      Issue.record("the edited sample does not build")
      return
    }
    let prose = await workspace.counters
    #expect(prose.territoriesRendered == 1)
    #expect(second.projectFiles.filter { $0.path.hasPrefix("html/territoire/") } == pages)

    try edit(project, file) {
      $0.replacingOccurrences(
        of: "adjuvants: [bibliotheque]", with: "adjuvants: [bibliotheque, habitants]")
    }
    await workspace.update([project.root + "/" + file])
    guard case .built(let third) = await workspace.build(html).outcome else {
      Issue.record("the sample with a new helper does not build")
      return
    }
    let role = await workspace.counters
    #expect(role.territoriesRendered == 2)
    let habitants = third.projectFiles.first { $0.path == "html/territoire/acteur-habitants.html" }
    let before = first.projectFiles.first { $0.path == "html/territoire/acteur-habitants.html" }
    #expect(habitants != nil && habitants != before)
  }

  /// After each kind of edit, what the workspace rebuilds from its caches is byte for byte what
  /// a workspace opened afresh on the edited project builds.
  @Test func incrementalBuildsEqualFreshBuilds() async throws {
    let project = try malaunay()
    let file = "actions/creation-amap/mairie.md"
    let request = BuildRequest(formats: [.html, .json, .svg, .markdown])
    let workspace = try await Workspace(path: project.root)
    _ = await workspace.build(request)
    let edits: [(String, (String) -> String)] = [
      ("prose", { $0 + "\nUne phrase de plus.\n" }),
      ("mention", { $0 + "\nAvec [la bibliothèque](@bibliotheque).\n" }),
      (
        "line above the mentions",
        { $0.replacingOccurrences(of: "# Semer", with: "Note.\n\n# Semer") }
      ),
      (
        "role",
        {
          $0.replacingOccurrences(
            of: "adjuvants: [bibliotheque]", with: "adjuvants: [bibliotheque, habitants]")
        }
      ),
      ("title", { $0.replacingOccurrences(of: "premier jalon", with: "tout premier jalon") }),
      ("date", { $0.replacingOccurrences(of: "date: 2017", with: "date: 2018-03") }),
      ("narrator", { $0.replacingOccurrences(of: "narrateur: mairie", with: "narrateur: maire") }),
    ]
    for (name, change) in edits {
      try edit(project, file, change)
      await workspace.update([project.root + "/" + file])
      guard case .built(let incremental) = await workspace.build(request).outcome,
        case .built(let fresh) = await (try Workspace(path: project.root)).build(request).outcome
      else {
        Issue.record("the project does not build after the \(name) edit")
        return
      }
      let paths = fresh.files.map(\.path)
      #expect(incremental.files.map(\.path) == paths, "\(name)")
      for (made, expected) in zip(incremental.files, fresh.files) where made != expected {
        Issue.record("\(made.path) differs from a fresh build after the \(name) edit")
      }
    }
  }

  /// The same formats asked with other options (drafts published, validation off, then back)
  /// render every action again, and each build equals a fresh workspace's.
  @Test func otherOptionsRenderEveryActionAgain() async throws {
    let project = try malaunay()
    try edit(project, "actions/creation-amap/mairie.md") {
      "---\nbrouillon: true\n" + $0.dropFirst(4)
    }
    let workspace = try await Workspace(path: project.root)
    let requests = [
      BuildRequest(formats: [.html, .docbook]),
      BuildRequest(formats: [.html, .docbook], includeDrafts: true),
      BuildRequest(formats: [.html, .docbook], validate: false, includeDrafts: true),
      BuildRequest(formats: [.html, .docbook]),
    ]
    for (index, request) in requests.enumerated() {
      let before = await workspace.counters.actionsRendered
      guard case .built(let incremental) = await workspace.build(request).outcome,
        case .built(let fresh) = await (try Workspace(path: project.root)).build(request).outcome
      else {
        Issue.record("the project does not build with request \(index)")
        return
      }
      let rendered = await workspace.counters.actionsRendered - before
      #expect(rendered == fresh.actions.count, "request \(index)")
      #expect(incremental.files == fresh.files, "request \(index)")
    }
  }

  /// An edit of existing files assembles again only the actions they belong to: after each
  /// kind of edit the project is the one a fresh reading gives (actions in order, actors,
  /// files, diagnostics), including when a file breaks (its diagnostics change) and is mended.
  @Test func reassembledProjectEqualsAFreshReading() async throws {
    let project = try malaunay()
    let workspace = try await Workspace(path: project.root)
    let carried = "actions/creation-amap/action.md"
    let narrative = "actions/creation-amap/mairie.md"
    let elsewhere = "actions/paniers-bibliotheque/adherents.md"
    let original = try String(contentsOfFile: project.root + "/" + carried, encoding: .utf8)
    let edits: [(String, [(String, (String) -> String)])] = [
      ("prose", [(narrative, { $0 + "\nUne phrase de plus.\n" })]),
      (
        "an actor referred to",
        [
          (
            narrative,
            {
              $0.replacingOccurrences(
                of: "adjuvants: [bibliotheque]", with: "adjuvants: [bibliotheque, habitants]")
            }
          )
        ]
      ),
      (
        "and no longer",
        [
          (
            narrative,
            {
              $0.replacingOccurrences(
                of: "adjuvants: [bibliotheque, habitants]", with: "adjuvants: [bibliotheque]")
            }
          )
        ]
      ),
      (
        "title that changes the order",
        [(carried, { $0.replacingOccurrences(of: "titre: Des habitants", with: "titre: Zéro") })]
      ),
      (
        "two actions at once",
        [(narrative, { $0 + "\nEncore.\n" }), (elsewhere, { $0 + "\nAussi.\n" })]
      ),
      (
        "a broken front matter",
        [(carried, { $0.replacingOccurrences(of: "date: 2017", with: "date: [") })]
      ),
      ("mended", [(carried, { _ in original })]),
    ]
    for (name, changes) in edits {
      for (file, change) in changes { try edit(project, file, change) }
      await workspace.update(changes.map { project.root + "/" + $0.0 })
      let incremental = await workspace.project
      let fresh = await (try Workspace(path: project.root)).project
      #expect(incremental.actions == fresh.actions, "\(name)")
      #expect(incremental.actions.map(\.id) == fresh.actions.map(\.id), "\(name)")
      #expect(incremental.actors == fresh.actors, "\(name)")
      #expect(incremental.files == fresh.files, "\(name)")
      #expect(incremental.diagnostics == fresh.diagnostics, "\(name)")
      #expect(
        await workspace.check() == (await (try Workspace(path: project.root)).check()), "\(name)")
    }
    #expect(await workspace.project.diagnostics.isEmpty)
  }

  @Test func savingTheSameTextDecodesNothing() async throws {
    let project = try malaunay()
    let workspace = try await Workspace(path: project.root)
    _ = await workspace.build(request)
    let before = await workspace.counters
    try edit(project, "actions/marche-centre-ville/amap.md") { $0 }
    #expect(await workspace.update(["actions/marche-centre-ville/amap.md"]).isEmpty)
    _ = await workspace.build(request)
    let after = await workspace.counters
    #expect(after.filesRead - before.filesRead == 1)
    #expect(after.filesDecoded == before.filesDecoded)
    #expect(after.actionsRendered == before.actionsRendered)
  }

  @Test func sharedActorsChangeEveryAction() async throws {
    let project = try malaunay()
    let workspace = try await Workspace(path: project.root)
    _ = await workspace.build(request)
    let before = await workspace.counters
    try edit(project, "acteurs.yml") { $0 + "\n" }
    await workspace.update(["acteurs.yml"])
    _ = await workspace.build(request)
    #expect(await workspace.counters.actionsRendered - before.actionsRendered == 3)
  }

  @Test func deletedActionLosesItsOutputsAndNothingElse() async throws {
    let project = try malaunay()
    let out = project.root + "/build"
    let workspace = try await Workspace(path: project.root)
    guard case .built(let first) = await workspace.build(request).outcome else {
      Issue.record("the sample does not build")
      return
    }
    _ = try OutputFolder(path: out).write(first.files, folders: first.folders)
    // Files of the user's beside the outputs, and a JSON-only folder untouched by HTML builds.
    try project.write("mes notes", to: "build/html/notes.txt")
    try project.write("à garder", to: "build/svg/creation-amap/croquis.svg")
    #expect(FileManager.default.fileExists(atPath: out + "/svg/creation-amap/mairie.svg"))

    try FileManager.default.removeItem(atPath: project.root + "/actions/creation-amap")
    await workspace.update()
    guard case .built(let second) = await workspace.build(request).outcome else {
      Issue.record("the sample without creation-amap does not build")
      return
    }
    let result = try OutputFolder(path: out).write(second.files, folders: second.folders)
    let gone = [
      "docbook/creation-amap.xml", "html/creation-amap.html", "json/creation-amap.json",
      "markdown/creation-amap.md", "svg/creation-amap/action.svg",
      "svg/creation-amap/conflits.svg", "svg/creation-amap/mairie.svg",
    ]
    #expect(result.deleted == gone)
    for file in gone { #expect(!FileManager.default.fileExists(atPath: out + "/" + file)) }
    #expect(FileManager.default.fileExists(atPath: out + "/html/notes.txt"))
    #expect(FileManager.default.fileExists(atPath: out + "/svg/creation-amap/croquis.svg"))
    #expect(FileManager.default.fileExists(atPath: out + "/html/marche-centre-ville.html"))

    // A build of other formats leaves the HTML of earlier builds alone.
    let jsonOnly = await workspace.build(BuildRequest(formats: [.json]))
    guard case .built(let third) = jsonOnly.outcome else {
      Issue.record("the JSON build failed")
      return
    }
    let last = try OutputFolder(path: out).write(third.files, folders: third.folders)
    #expect(last.deleted.isEmpty)
    #expect(FileManager.default.fileExists(atPath: out + "/html/marche-centre-ville.html"))
  }

  @Test func diagnosticsShowTheTextAsItWasRead() async throws {
    let project = try TemporaryProject([
      "recit.yml": "territoire: Testville\n",
      "actions/essai.md": "---\ntitre: Essai\nschema:\n  sujet: personne\n---\nTexte.\n",
    ])
    let workspace = try await Workspace(path: project.root)
    let diagnostics = await workspace.check()
    let sources = await workspace.sourceTexts
    // An editor rewrites the file after the check: the report still shows what was checked.
    try project.write("tout autre chose\n", to: "actions/essai.md")
    let unknown = try #require(diagnostics.first { $0.rule == .unknownActor })
    let text = DiagnosticFormatter(language: .fr, sources: sources).format([unknown])
    #expect(text.contains("  4 |   sujet: personne"))
  }

  @Test func strictPolicyRefusesWarnings() async throws {
    let project = try malaunay()
    try edit(project, "actions/creation-amap/mairie.md") { $0 + "\n[[À compléter : la suite]]\n" }
    let workspace = try await Workspace(path: project.root)
    guard case .refusedByCheck = await workspace.build(BuildRequest(strict: true)).outcome else {
      Issue.record("a strict build with warnings went ahead")
      return
    }
    let lenient = await workspace.build(BuildRequest(formats: [.json]))
    if case .refusedByCheck = lenient.outcome { Issue.record("warnings alone refused the build") }
  }
}
