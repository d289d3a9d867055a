import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Follows the project by scanning it at an interval (`--poll`, or when inotify's watches run
/// out): the files the workspace reads, compared by inode, size and modification time.
final class PollWatcher: @unchecked Sendable {
  // `@unchecked Sendable` is sound: `known` is only touched by the polling thread.
  struct Stamp: Equatable {
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
  }

  let root: String
  let queue: ChangeQueue
  let interval: Duration
  private var known: [String: Stamp] = [:]

  init(root: String, queue: ChangeQueue, interval: Duration) {
    self.root = root
    self.queue = queue
    self.interval = interval
  }

  func start() {
    known = scan()
    let thread = Thread { [self] in
      let nanoseconds =
        interval.components.seconds * 1_000_000_000
        + interval.components.attoseconds / 1_000_000_000
      while true {
        var pause = timespec(
          tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        var left = timespec()
        while nanosleep(&pause, &left) != 0 && errno == EINTR { pause = left }
        let now = scan()
        for (path, stamp) in now where known[path] != stamp { queue.add(path) }
        for path in known.keys where now[path] == nil { queue.add(path) }
        known = now
      }
    }
    thread.name = "recit-serve-poll"
    thread.start()
  }

  /// Every file that matters, with its stamp, by path relative to the root.
  func scan() -> [String: Stamp] {
    var found: [String: Stamp] = [:]
    for name in WatchedNames.rootFiles {
      if let stamp = Self.stamp(root + "/" + name) { found[name] = stamp }
    }
    var pending = WatchedNames.rootFolders.sorted()
    while let folder = pending.popLast() {
      let path = root + "/" + folder
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        continue
      }
      for name in names where WatchedNames.matters(name) {
        let relative = folder + "/" + name
        var info = stat()
        guard lstat(root + "/" + relative, &info) == 0 else { continue }
        if info.st_mode & S_IFMT == S_IFDIR {
          pending.append(relative)
        } else if let stamp = Self.stamp(root + "/" + relative) {
          found[relative] = stamp
        }
      }
    }
    return found
  }

  private static func stamp(_ path: String) -> Stamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Stamp(
      inode: UInt64(info.st_ino), size: Int64(info.st_size), seconds: info.st_mtim.tv_sec,
      nanoseconds: info.st_mtim.tv_nsec)
  }
}
