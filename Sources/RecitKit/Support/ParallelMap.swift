import Dispatch
import Foundation

/// Maps independent work over all cores, keeping the input order.
///
/// `RECIT_JOBS=N` in the environment caps the workers (`1`: everything on the calling
/// thread); outputs never depend on it (`ParallelOutputTests` builds with 1 and 2 workers and
/// compares every byte).
enum ParallelMap {
  /// The number of workers: `RECIT_JOBS` when it is a positive whole number, else the cores.
  static let workers: Int = {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    guard let text = ProcessInfo.processInfo.environment["RECIT_JOBS"], let jobs = Int(text),
      jobs > 0
    else { return max(1, cores) }
    return jobs
  }()

  /// The synchronous form, for the command-line paths that run outside Swift concurrency.
  ///
  /// `concurrentPerform` blocks its calling thread until every iteration is done. That is
  /// sound here because no caller runs on the cooperative pool: the command-line entry points
  /// that use it are synchronous, and the ``Workspace`` (the API a server calls) uses the
  /// `async` form below instead.
  static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    if inputs.count < 2 || workers == 1 { return inputs.map(transform) }
    let results = Slots<Output>(count: inputs.count)
    // As many iterations as workers, each taking every `lanes`-th input, so that a cap holds
    // and long and short inputs still spread over the workers.
    let lanes = min(workers, inputs.count)
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      for index in stride(from: lane, to: inputs.count, by: lanes) {
        results.set(index, transform(inputs[index]))
      }
    }
    return results.values()
  }

  /// The `async` form: the work runs on Dispatch's global queue, in as many chunks as there
  /// are cores, and the caller's task awaits it without holding a thread of the cooperative
  /// pool (a server's requests keep being served while a build runs).
  static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @escaping @Sendable (Input) throws -> Output
  ) async throws -> [Output] {
    if inputs.isEmpty { return [] }
    let workers = max(1, min(inputs.count, Self.workers))
    let chunk = (inputs.count + workers - 1) / workers
    let ranges = stride(from: 0, to: inputs.count, by: chunk).map {
      $0..<min($0 + chunk, inputs.count)
    }
    return try await withThrowingTaskGroup(of: (Int, [Output]).self) { group in
      for (index, range) in ranges.enumerated() {
        let slice = Array(inputs[range])
        group.addTask {
          let outputs = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<[Output], Error>) in
            DispatchQueue.global().async {
              continuation.resume(with: Result { try slice.map(transform) })
            }
          }
          return (index, outputs)
        }
      }
      var parts = [[Output]](repeating: [], count: ranges.count)
      for try await (index, outputs) in group { parts[index] = outputs }
      return parts.flatMap { $0 }
    }
  }
}

/// Result slots written once each from several threads.
///
/// `@unchecked Sendable` is sound: `storage` is only touched while `lock` is held, and each
/// slot is written by exactly one iteration of `concurrentPerform`.
private final class Slots<Value: Sendable>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  func values() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    return storage.map { $0! }
  }
}
