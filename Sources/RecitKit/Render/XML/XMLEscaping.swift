/// XML escaping for element content and attribute values (either quote), with the characters
/// XML cannot carry replaced (`TextSanitizing`).
enum XMLEscaping {
  static func text(_ text: String) -> String { EntityEscaping.escape(text, apostrophe: "&apos;") }
}
