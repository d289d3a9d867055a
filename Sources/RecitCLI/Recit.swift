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
      ActorsCommand.self, CoverageCommand.self,
      ServeCommand.self, ContributionsCommand.self,
    ]
  )

  /// Parses the arguments and runs the command; usage errors are told in French and English
  /// with exit status 2 (see ``UsageErrors``) instead of swift-argument-parser's English and 64.
  static func main() async {
    Console.ignoreBrokenPipes()
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try parseAsRoot(arguments)
      if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch {
      if let report = UsageErrors.report(error, arguments: arguments) {
        Console.error(report)
        exit(withError: ExitCode(UsageErrors.status))
      }
      exit(withError: error)
    }
  }
}
