import Foundation
import RecitTestSupport
import Testing

/// What a project says reaches the terminal shown, never obeyed: escape sequences (ESC, BEL,
/// CR and the other C0 and C1 controls) become their visible symbols (`␛`, `␇`, `␍`), bidi
/// controls (U+202A–U+202E, U+2066–U+2069) become U+FFFD, in every command that prints a
/// project's words, as in diagnostics (`TerminalText`).
@Suite(.serialized) struct TerminalInertnessTests {
  static let esc = "\u{1B}"

  /// No control character but line feeds (and the tabs a diff or caret line copies), no bidi
  /// control.
  static func isInert(_ text: String, allowingColours: Bool = false) -> Bool {
    var rest = text
    if allowingColours {
      rest = rest.replacingOccurrences(
        of: "\u{1B}\\[(0|1|31|32|33)m", with: "", options: .regularExpression)
    }
    return !rest.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x0A, 0x09: false
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }

  /// Malaunay whose actors, title and object carry escape sequences and bidi controls
  /// (written as YAML escapes: a raw control character is a YAML error).
  static func hostileMalaunay() throws -> ProjectCopy {
    let project = try ProjectCopy()
    try project.replace(
      "nom: AMAP de Malaunay", with: #"nom: "AMAP\e[31m de Malaunay\u202E""#, in: "acteurs.yml")
    try project.replace(
      "nom: Mairie de Malaunay", with: #"nom: "Mairie\u2066 de Malaunay""#, in: "acteurs.yml")
    try project.replace(
      "titre: Un marché de petits producteurs au centre-ville",
      with: #"titre: "Un marché\e]0;pwned\a au centre-ville""#,
      in: "actions/marche-centre-ville/action.md")
    try project.replace(
      "objet: Offrir toute l'année une gamme diversifiée de produits locaux à ses adhérents",
      with: #"objet: "Offrir\e[2J toute l'année une gamme\u202D diversifiée\r de produits locaux""#,
      in: "actions/marche-centre-ville/amap.md")
    return project
  }

  @Test func compareShowsTitlesNamesAndObjectsInert() throws {
    let project = try Self.hostileMalaunay()
    let run = try HostileRun.recit(
      ["compare", "marche-centre-ville"], in: project.root, environment: ["COLUMNS": "120"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(Self.isInert(run.stdout), "\(run.stdout)")
    #expect(run.stdout.hasPrefix("Points de vue — Un marché␛]0;pwned␇ au centre-ville\n"))
    #expect(
      run.stdout.contains(
        "  AMAP␛[31m de Malaunay\u{FFFD}    opposant                   sujet                      —                          conflit\n"
      ))
    #expect(
      run.stdout.contains(
        "  - Zone de conflit — AMAP␛[31m de Malaunay\u{FFFD} : opposant selon Mairie\u{FFFD} de Malaunay ; sujet selon AMAP␛[31m de Malaunay\u{FFFD}.\n"
      ), "\(run.stdout)")
    #expect(run.stdout.contains("Offrir␛[2J toute l'année une gamme\u{FFFD}"))
    #expect(run.stdout.contains("diversifiée␍ de produits locaux"))
  }

  /// On a terminal the comparison has colours: they are the only escape sequences.
  @Test func compareOnATerminalHasNoEscapeButItsColours() throws {
    let project = try Self.hostileMalaunay()
    var environment = HostileRun.environment
    environment.removeValue(forKey: "NO_COLOR")
    environment["COLUMNS"] = "120"
    // script(1) gives the command a pseudo-terminal as its standard output.
    let run = try BoundedRun.run(
      try ExternalTool.path("script"),
      ["-qec", "'\(CommandRunner.binary)' compare marche-centre-ville", "/dev/null"],
      in: project.root, environment: environment)
    #expect(run.status == 0, "\(run.stdout)")
    let shown = run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    #expect(shown.contains("\(Self.esc)[1mPoints de vue — Un marché␛]0;pwned␇ au centre-ville"))
    #expect(shown.contains("\(Self.esc)[31m"), "the conflict zones are red")
    #expect(Self.isInert(shown, allowingColours: true), "\(shown)")
  }

  @Test func compareRepeatsAnUnknownActionInert() throws {
    let project = try ProjectCopy()
    let run = try HostileRun.recit(["compare", "\(Self.esc)[2Jmarche"], in: project.root)
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("recit: aucune action « ␛[2Jmarche » dans "), "\(run.stderr)")
    #expect(Self.isInert(run.stderr))
  }

  /// A project template whose name and description carry escape sequences.
  static func templateProject() throws -> (ProjectCopy, name: String) {
    let project = try ProjectCopy()
    let name = "partials/bandeau\(esc)[31m"
    try project.write(
      "{{! description: Bandeau\(esc)]0;pwned\u{7} du site }}\n<p>\(esc)[2J{{titre}}\u{202E}</p>\n",
      to: "templates/\(name).mustache")
    return (project, name)
  }

  @Test func templatesListShowsTheProjectsTemplatesInert() throws {
    let (project, _) = try Self.templateProject()
    let run = try HostileRun.recit(["templates", "list"], in: project.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(Self.isInert(run.stdout))
    let line = run.stdout.split(separator: "\n").first { $0.hasPrefix("partials/bandeau") }
    #expect(
      line?.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        == "partials/bandeau␛[31m templates/partials/bandeau␛[31m.mustache Bandeau␛]0;pwned␇ du site",
      "\(run.stdout)")
  }

  /// Piped, `templates show` keeps every byte (to copy a template); on a terminal it is inert.
  @Test func templatesShowIsInertOnATerminalAndExactWhenPiped() throws {
    let (project, name) = try Self.templateProject()
    let piped = try HostileRun.recit(["templates", "show", name], in: project.root)
    #expect(piped.status == 0)
    #expect(
      piped.stdout
        == "{{! description: Bandeau\(Self.esc)]0;pwned\u{7} du site }}\n<p>\(Self.esc)[2J{{titre}}\u{202E}</p>\n"
    )
    let terminal = try BoundedRun.run(
      try ExternalTool.path("script"),
      ["-qec", "'\(CommandRunner.binary)' templates show '\(name)'", "/dev/null"],
      in: project.root, environment: HostileRun.environment)
    #expect(terminal.status == 0)
    #expect(
      terminal.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        == "{{! description: Bandeau␛]0;pwned␇ du site }}\n<p>␛[2J{{titre}}\u{FFFD}</p>\n")
  }

  @Test func templatesShowRepeatsAnUnknownNameInert() throws {
    let (project, _) = try Self.templateProject()
    let run = try HostileRun.recit(["templates", "show", "partials/bandeau"], in: project.root)
    #expect(run.status == 2)
    #expect(
      run.stderr == "recit: aucun modèle « partials/bandeau » — « partials/bandeau␛[31m » ?\n")
  }

  /// Usage errors repeat what was typed, shown (explain's rule, balises' language).
  @Test(arguments: [
    (["explain", "\u{1B}[31msujet"], "recit: règle inconnue « ␛[31msujet »"),
    (
      ["balises", "--lang", "\u{1B}[31m"], "recit: valeur « ␛[31m » invalide pour « --lang <lang> »"
    ),
  ])
  func usageErrorsRepeatTheWordsTypedInert(arguments: [String], message: String) throws {
    let folder = try TemporaryFolder()
    let run = try HostileRun.recit(arguments, in: folder.path)
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    #expect(Self.isInert(run.stderr))
  }

  /// The interview echoes answers read from a pipe, and lists the project's actors by name.
  @Test func theInterviewEchoesAnswersAndNamesInert() throws {
    let project = try Self.hostileMalaunay()
    let run = try HostileRun.recit(
      ["new", "action", "--interactif"], in: project.root,
      input: "Jardin\(Self.esc)[31m partagé\n\(Self.esc)[2J2019\n2019\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(Self.isInert(run.stdout))
    #expect(run.stdout.hasPrefix("Titre de l'action ? Jardin␛[31m partagé\n"))
    #expect(run.stdout.contains(" ? [\(Self.today)] ␛[2J2019\n  « ␛[2J2019 » n'est pas une date"))
    #expect(run.stdout.contains("\n  amap : AMAP␛[31m de Malaunay\u{FFFD}\n"))
    #expect(
      run.stdout.hasSuffix(
        "Créé : actions/jardin-31m-partage/action.md\nComplétez les [[…]] puis lancez « recit check ».\n"
      ))
    // Nothing the user typed is lost: the title is in the file, escaped for YAML.
    let file = try String(
      contentsOfFile: project.root + "/actions/jardin-31m-partage/action.md", encoding: .utf8)
    #expect(file.contains(#"titre: "Jardin\e[31m partagé""#))
  }

  static var today: String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone.current
    return formatter.string(from: Date())
  }

  /// `check --corriger` names the files it changed, inert.
  @Test func theFixReportNamesFilesInert() throws {
    let folder = try TemporaryFolder()
    let root = folder.path + "/tab"
    try FileManager.default.copyItem(
      atPath: PackageRoot.path + "/Tests/Fixtures/mistakes/tab-in-front-matter", toPath: root)
    for file in try FileManager.default.contentsOfDirectory(atPath: root)
    where file.hasPrefix("expected") {
      try FileManager.default.removeItem(atPath: root + "/" + file)
    }
    try FileManager.default.moveItem(
      atPath: root + "/actions/marche", toPath: root + "/actions/marche\(Self.esc)[31m")
    let run = try HostileRun.recit(["check", "--corriger"], in: root)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(Self.isInert(run.stdout))
    #expect(
      run.stdout.hasPrefix(
        "actions/marche␛[31m/action.md:10: tabulations remplacées par des espaces\n    \tsujet: mairie\n  →   "
      ), "\(run.stdout)")
  }

  /// A minimal project whose one action file is named with an escape sequence.
  static func escapedFileProject() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try "territoire: Testville\n".write(
      toFile: folder.path + "/recit.yml", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: folder.path + "/actions", withIntermediateDirectories: true)
    let action = """
      ---
      titre: "Essai\\u0001 \\e[31mrouge"
      schema:
        sujet: mairie
        objet: "un \\u202Eessai"
      acteurs:
        mairie: { nom: Mairie, categorie: elu }
      ---
      Texte.

      """
    try action.write(
      toFile: folder.path + "/actions/rouge\(esc)[31m.md", atomically: true, encoding: .utf8)
    return folder
  }

  @Test func checkAndBuildNameEscapedFilesInert() throws {
    let folder = try Self.escapedFileProject()
    let check = try HostileRun.recit(["check"], in: folder.path)
    #expect(check.status == 0)
    #expect(Self.isInert(check.stdout))
    #expect(
      check.stdout.contains(
        "actions/rouge␛[31m.md:1:1: avertissement: l'action n'est racontée que d'un point de vue"))
    #expect(check.stdout.contains("« recit new recit 'rouge␛[31m' --narrateur ID »"))
    let build = try HostileRun.recit(
      ["build", "--format", "html,docbook,svg,json"], in: folder.path)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(Self.isInert(build.stdout) && Self.isInert(build.stderr))
    #expect(
      build.stdout
        == "15 fichier(s) écrit(s), 0 inchangé(s) :\n  docbook/projet.xml\n  docbook/rouge␛[31m.xml\n  html/index.html\n  html/rouge␛[31m.html\n  html/style.css\n  html/territoire/acteur-mairie.html\n  html/territoire/acteurs.html\n  html/territoire/chronologie.html\n  html/territoire/couverture.html\n  html/territoire/index.html\n  json/rouge␛[31m.json\n  json/territoire.json\n  svg/rouge␛[31m/rouge␛[31m.svg\n  svg/territoire/chronologie.svg\n  svg/territoire/ecosysteme.svg\n"
    )
  }
}

/// A narrative's own line, echoed under its diagnostic, with a control character in it.
@Suite(.serialized) struct SourceLineInertnessTests {
  @Test(arguments: [
    ("\u{1B}[31m", "␛[31m"), ("\u{1B}]0;titre\u{7}", "␛]0;titre␇"), ("\u{8}\u{8}", "␈␈"),
    ("\u{7F}", "␡"), ("\u{9B}2J", "\u{FFFD}2J"), ("\u{202E}", "\u{FFFD}"),
    ("\u{2066}", "\u{FFFD}"),
  ])
  func theSourceLineOfADiagnosticIsInert(control: String, shown: String) throws {
    let project = try ProjectCopy()
    let file = project.root + "/actions/creation-amap/action.md"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try (text + "\nReste : [[x\(control)]]\n").write(
      toFile: file, atomically: true, encoding: .utf8)
    let run = try HostileRun.recit(["check"], in: project.root)
    #expect(TerminalInertnessTests.isInert(run.stdout), "\(run.stdout)")
    // The message quotes the prompt from the document tree, where every character XML forbids
    // is already U+FFFD (`TextSanitizing`); the source line is the file's text, made visible.
    let inMessage = String(
      String.UnicodeScalarView(
        shown.unicodeScalars.map { (0x2400...0x2421).contains($0.value) ? "\u{FFFD}" : $0 }))
    #expect(
      run.stdout.contains(
        "actions/creation-amap/action.md:96:9: avertissement: texte à compléter : x\(inMessage) [a-completer]\n  96 | Reste : [[x\(shown)]]\n"
      ), "\(run.stdout)")
  }
}
