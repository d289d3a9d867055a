/// A run of body text cut at the `@id` mentions of known actors.
enum MentionSegment: Equatable {
  case text(String)
  /// A mention of a known actor: its id (without the `@`).
  case mention(id: String)

  /// Cuts `text` at each mention whose id is in `known`; unknown mentions stay in the text.
  ///
  /// Uses the mention syntax of `Mentions.find` (the checker's), so a writer links exactly what
  /// `recit check` resolved.
  static func split(_ text: String, known: (String) -> Bool) -> [MentionSegment] {
    let bytes = Array(text.utf8)
    var segments: [MentionSegment] = []
    var start = 0
    for (id, offset) in Mentions.find(in: text) where known(id) {
      if offset > start {
        segments.append(.text(String(decoding: bytes[start..<offset], as: UTF8.self)))
      }
      segments.append(.mention(id: id))
      start = offset + 1 + id.utf8.count
    }
    if start < bytes.count || segments.isEmpty {
      segments.append(.text(String(decoding: bytes[start...], as: UTF8.self)))
    }
    return segments
  }

  /// Whether `text` holds at least one mention of a known actor.
  static func containsMention(_ text: String, known: (String) -> Bool) -> Bool {
    text.contains("@") && Mentions.find(in: text).contains { known($0.id) }
  }
}
