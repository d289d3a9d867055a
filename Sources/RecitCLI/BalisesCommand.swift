import ArgumentParser
import RecitKit

struct BalisesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "balises",
    abstract: "Lister les balises du référentiel. / List the référentiel's markers.",
    aliases: ["markers"])

  @OptionGroup var language: LanguageOption

  func run() throws {
    let lang = language.resolve()
    var output = ""
    for invariant in Invariant.allCases {
      output += "\(invariant.rawValue) — \(invariant.title.text(in: lang))\n"
      for balise in Referentiel.balises(of: invariant) {
        output +=
          "  \(balise.id.padding(toLength: 14, withPad: " ", startingAt: 0)) \(balise.title.fr)\n"
        if lang == .en { output += "  \(String(repeating: " ", count: 14)) \(balise.title.en)\n" }
      }
    }
    Console.out(output)
  }
}
