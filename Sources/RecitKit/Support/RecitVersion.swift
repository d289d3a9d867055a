/// The version of `recit`, printed by `recit --version` and written in exports.
public enum RecitVersion {
  public static let current = "0.1.0"
}
