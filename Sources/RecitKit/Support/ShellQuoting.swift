/// A word made safe to copy into a shell command that a hint suggests: an id comes from a
/// file name, and `x$(touch pwned)` must stay a word, not run.
enum ShellQuoting {
  static func word(_ text: String) -> String {
    let plain =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy { scalar in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "-_./".unicodeScalars
            .contains(scalar)
      }
    if plain { return text }
    return "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
