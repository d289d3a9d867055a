import Foundation
import HummingbirdBcrypt

/// Facilitators' passwords: bcrypt, never stored or logged in clear.
public enum Accounts {
  /// bcrypt's cost: about a quarter of a second on this kind of machine, per login.
  public static let cost: UInt8 = 12
  /// Shorter passwords are refused when an account is made.
  public static let minimumLength = 10

  public static func hash(_ password: String) -> String {
    Bcrypt.hash(password, cost: cost)
  }

  /// Whether `password` matches; computed off the caller's thread of work (bcrypt is slow on
  /// purpose). An unknown name costs the same time, so that names cannot be guessed by timing.
  public static func verify(_ password: String, name: String, in store: ContributionStore)
    async throws -> Bool
  {
    let stored = try await store.passwordHash(name)
    return await Task.detached {
      Bcrypt.verify(password, hash: stored ?? decoy)
        && stored != nil
    }.value
  }

  private static let decoy = Bcrypt.hash("recit-pas-de-compte", cost: cost)

  /// Whether a facilitator's name is one the command line and the cookies can carry.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 64
      && name.unicodeScalars.allSatisfy {
        CharacterSet.alphanumerics.contains($0) || "-_.@".unicodeScalars.contains($0)
      }
  }
}
