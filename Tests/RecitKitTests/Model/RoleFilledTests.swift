import RecitModel
import Testing

/// One answer to "is this role filled?": a blank object is no object.
@Suite struct RoleFilledTests {
  @Test func aBlankObjectIsNotFilledAndAnEmptyListIsNot() {
    let location = SourceLocation(file: "action.md", line: 1, column: 1)
    let schema = ActantialSchema(
      senders: [], subjects: [Reference("mairie", kind: .actor, at: location)],
      object: Text("  ", at: location))
    #expect(!schema.isFilled(.object))
    #expect(!schema.isFilled(.sender))
    #expect(schema.isFilled(.subject))
    #expect(!schema.isFilled(.opponents))
    let filled = ActantialSchema(
      senders: [], subjects: schema.subjects, object: Text(" un marché ", at: location))
    #expect(filled.isFilled(.object))
  }
}
