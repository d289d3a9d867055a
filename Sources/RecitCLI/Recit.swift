import ArgumentParser
import RecitKit

@main
struct Recit: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recit",
    abstract:
      "Écrire, vérifier et publier le récit des actions d'un territoire en transition. / Draft, check and publish the narrative of a territory's actions.",
    discussion: """
      Chaque action est racontée avec le schéma actantiel (destinateur, sujet, objet, \
      destinataires, adjuvants, opposants, quête) et garde, à côté du récit porté, les récits \
      alternatifs et contradictoires des autres acteurs.
      Each action is told with the actantial schema and keeps, beside the carried narrative, \
      the alternative and contradictory narratives of the other actors.
      """,
    version: RecitVersion.current,
    subcommands: [
      InitCommand.self, NewCommand.self, CheckCommand.self, BuildCommand.self,
      CompareCommand.self, TemplatesCommand.self, ExplainCommand.self, BalisesCommand.self,
    ]
  )

  static func main() async {
    Console.ignoreBrokenPipes()
    do {
      var command = try parseAsRoot()
      if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: error)
    }
  }
}
