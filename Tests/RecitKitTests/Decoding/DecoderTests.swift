import Foundation
import Testing

@testable import RecitKit

/// The decoder's problems (keys, types, values, ids, dates) at the exact line and column.
@Suite struct DecoderTests: ParseProblemExpectations {
  @Test func unknownKeyGetsTheClosestKnownKey() throws {
    let marked = MarkedText("---\ntitre: Essai\n1️⃣shema:\n  sujet: x\n---\n")
    let found = try problems(marked)
    expect(found, .champInconnu, at: marked["1️⃣"])
    #expect(found.first?.hint?.fr.contains("schema") == true)
  }

  @Test func wrongTypeIsReportedAtTheValue() throws {
    let marked = MarkedText("---\ntitre:\n  1️⃣a: b\nquete: 2️⃣oui\n---\n")
    let found = try problems(marked)
    expect(found, .typeInvalide, at: marked["1️⃣"])
    #expect(found.filter { $0.rule == .typeInvalide }.map(\.location.line) == [3, 4])
    #expect(found.filter { $0.rule == .typeInvalide }.last?.location.column == marked["2️⃣"].column)
  }

  @Test func frenchAndEnglishKeyForOneFieldIsAnError() throws {
    let marked = MarkedText("---\ntitre: Un\n1️⃣title: One\n---\n")
    expect(try problems(marked), .aliasMixte, at: marked["1️⃣"])
  }

  @Test func invalidValueIsLocatedWithAHint() throws {
    let marked = MarkedText(
      "---\ntitre: Un\nacteurs:\n  amap: { nom: AMAP, categorie: 1️⃣habitants }\n---\n")
    let found = try problems(marked)
    expect(found, .valeurInvalide, at: marked["1️⃣"])
    #expect(found.first?.hint?.fr.contains("habitant") == true)
  }

  @Test func actorIdsMustBeKebabCase() throws {
    let marked = MarkedText("---\ntitre: Un\nacteurs:\n  1️⃣La Mairie: { nom: M }\n---\n")
    let found = try problems(marked)
    expect(found, .valeurInvalide, at: marked["1️⃣"])
    #expect(found.first?.hint?.fr.contains("la-mairie") == true)
  }

  @Test func malformedDateIsLocated() throws {
    let marked = MarkedText("---\ntitre: Un\ndate: 1️⃣2019-13\n---\n")
    expect(try problems(marked), .dateInvalide, at: marked["1️⃣"])
  }
}
