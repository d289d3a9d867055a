import Foundation

/// The package's root folder, for samples and schemas.
enum PackageRoot {
  static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
}
