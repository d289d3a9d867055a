import Foundation
import RecitKit

/// A facilitator's decisions, the same from the browser and from the command line: accepting
/// writes the narrative into the project and records the decision; rejecting records it. One
/// decision at a time per process (two accepts must not pick the same file name), and the
/// store's conditional update settles a race between processes.
public actor Moderation {
  public nonisolated let store: ContributionStore
  public nonisolated let writer: ContributionWriter

  public init(store: ContributionStore, root: String) {
    self.store = store
    self.writer = ContributionWriter(root: root)
  }

  public enum Refusal: Error, Sendable {
    case unknown(String)
    case notPending(Contribution.Status)
    case writer(ContributionWriter.Failure)

    public var message: LocalizedText {
      switch self {
      case .unknown(let id):
        LocalizedText(fr: "aucune contribution « \(id) »", en: "no contribution “\(id)”")
      case .notPending(let status):
        LocalizedText(
          fr: "cette contribution n'est plus en attente (\(status.label.text(in: .fr)))",
          en: "this contribution is no longer pending (\(status.label.text(in: .en)))")
      case .writer(let failure): failure.message
      }
    }
  }

  /// Accepts a pending contribution: its file is written (and checked), then the decision is
  /// recorded; when another process decided first, the file is taken back.
  public func accept(_ id: String, by author: String, note: String?, despiteChanges: Bool)
    async throws -> Result<ContributionWriter.Outcome, Refusal>
  {
    guard let contribution = try await store.contribution(id) else { return .failure(.unknown(id)) }
    guard contribution.status == .pending else {
      return .failure(.notPending(contribution.status))
    }
    let outcome: ContributionWriter.Outcome
    do {
      outcome = try writer.accept(contribution, despiteChanges: despiteChanges)
    } catch {
      return .failure(.writer(error))
    }
    let decided: Bool
    do {
      decided = try await store.decide(id, .accepted, by: author, note: note, file: outcome.file)
    } catch {
      writer.takeBack(outcome)
      throw error
    }
    guard decided else {
      writer.takeBack(outcome)
      let now = try await store.contribution(id)?.status ?? .withdrawn
      return .failure(.notPending(now))
    }
    return .success(outcome)
  }

  public func reject(_ id: String, by author: String, note: String?) async throws -> Result<
    Void, Refusal
  > {
    guard let contribution = try await store.contribution(id) else { return .failure(.unknown(id)) }
    guard contribution.status == .pending else {
      return .failure(.notPending(contribution.status))
    }
    guard try await store.decide(id, .rejected, by: author, note: note) else {
      let now = try await store.contribution(id)?.status ?? .withdrawn
      return .failure(.notPending(now))
    }
    return .success(())
  }
}
