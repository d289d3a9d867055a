import ArgumentParser
import Foundation
import RecitKit

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Créer un nouveau projet de récits. / Create a new narrative project.")

  @Argument(help: "Dossier du projet (défaut : le dossier courant). / Project folder.")
  var directory: String = "."

  @Option(
    name: [.customLong("territory"), .customLong("territoire")],
    help: "Nom du territoire. / Name of the territory.")
  var territory: String?

  @OptionGroup var language: LanguageOption

  func run() throws {
    let lang = language.resolve()
    let folder = directory
    let name = territory ?? (URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent)
    let skeleton = ProjectSkeleton(territory: name)
    if FileManager.default.fileExists(atPath: folder + "/recit.yml") {
      Console.error(
        LocalizedText(
          fr: "recit: \(folder)/recit.yml existe déjà : rien n'a été modifié\n",
          en: "recit: \(folder)/recit.yml already exists: nothing was changed\n"
        ).text(in: lang))
      throw ExitCode(1)
    }
    let writer = OutputWriter()
    var created: [String] = []
    for file in skeleton.files {
      let path = folder + "/" + file.path
      if FileManager.default.fileExists(atPath: path) { continue }
      try writer.create(file.content, at: path)
      created.append(file.path)
    }
    let list = created.map { "  \($0)\n" }.joined()
    Console.out(
      LocalizedText(
        fr:
          "Projet créé dans \(folder) :\n\(list)Suite : complétez les [[…]], puis lancez « recit check \(folder) ».\n",
        en:
          "Project created in \(folder):\n\(list)Next: fill in the [[…]], then run “recit check \(folder)”.\n"
      ).text(in: lang)
    )
  }
}
