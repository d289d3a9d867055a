import Yams

/// Values written into YAML by `recit` (skeletons, scaffolds), quoted so that they cannot
/// break the front matter whatever the user typed.
public enum YAMLQuoting {
  /// A double-quoted YAML scalar, as Yams' emitter writes it.
  public static func quote(_ text: String) -> String {
    let node = Node.scalar(Node.Scalar(text, .implicit, .doubleQuoted))
    let emitted = (try? Yams.serialize(node: node, width: -1, allowUnicode: true)) ?? ""
    var result = emitted
    while result.hasSuffix("\n") { result.removeLast() }
    if result.hasSuffix("...") {
      result.removeLast(3)
      while result.hasSuffix("\n") { result.removeLast() }
    }
    return result.isEmpty ? "\"\"" : result
  }
}
