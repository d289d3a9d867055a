import Foundation
import Hummingbird
import Logging
import NIOCore
import RecitContributions
import RecitKit

#if canImport(Glibc)
  import Glibc
#endif

/// `recit serve`: builds the project in memory through its workspace, serves the build on
/// HTTP (Hummingbird), follows the project's files and rebuilds on each change, and tells the
/// open pages to reload when the build they show has changed. Never writes a file.
public struct RecitServer: Sendable {
  /// Why the server could not start.
  public enum Failure: Error, Sendable {
    case addressInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    case store(String)
    case partialProject

    public var message: LocalizedText {
      switch self {
      case .addressInUse(let host, let port):
        LocalizedText(
          fr:
            "le port \(port) est déjà pris sur \(host) (un autre « recit serve » ?) : choisissez-en un autre avec --port, ou --port 0 pour un port libre",
          en:
            "port \(port) is already taken on \(host) (another “recit serve”?): pick another one with --port, or --port 0 for a free one"
        )
      case .cannotListen(let host, let port, let reason):
        LocalizedText(
          fr: "impossible d'écouter sur \(host):\(port) (\(reason))",
          en: "cannot listen on \(host):\(port) (\(reason))")
      case .store(let reason):
        LocalizedText(
          fr: "impossible d'ouvrir le stockage des contributions : \(reason)",
          en: "cannot open the contributions' store: \(reason)")
      case .partialProject:
        LocalizedText(
          fr:
            "--contributions sert un projet entier : donnez le dossier du projet, pas une action",
          en: "--contributions serves a whole project: give the project's folder, not an action")
      }
    }
  }

  let workspace: Workspace
  let configuration: ServeConfiguration
  let defaultLanguage: Language
  let log: @Sendable (String) -> Void

  /// - Parameters:
  ///   - defaultLanguage: the messages' language when neither the configuration nor the
  ///     project names one.
  ///   - log: prints a message for the user (the terminal's standard error).
  public init(
    workspace: Workspace, configuration: ServeConfiguration, defaultLanguage: Language,
    log: @escaping @Sendable (String) -> Void
  ) {
    self.workspace = workspace
    self.configuration = configuration
    self.defaultLanguage = defaultLanguage
    self.log = log
  }

  /// Builds, starts watching, listens; `onListening` is told the port actually bound. Returns
  /// only when the server fails; Ctrl-C ends the process.
  public func run(onListening: @escaping @Sendable (_ port: Int) -> Void) async throws(Failure) {
    let language = configuration.language ?? defaultLanguage
    let state = SiteState(
      SiteState.Snapshot(
        files: ServedFiles(), version: "", assets: "", panel: "", hasBuild: false,
        language: language))
    // The DocBook is built by a workspace of its own, after the pages (see SiteBuilder).
    let bookWorkspace =
      SiteBuilder.splitsTheBook(configuration.request.formats) && workspace.isWholeProject
      ? try? await Workspace(path: workspace.root) : nil
    let builder = SiteBuilder(
      workspace: workspace, bookWorkspace: bookWorkspace, state: state,
      configuration: configuration, defaultLanguage: defaultLanguage, log: log)
    await builder.rebuild([])
    await builder.buildLater()
    let spoken = await builder.language()
    let queue = ChangeQueue()
    startWatching(queue, language: spoken)
    let debounce = configuration.debounce
    Task {
      var later: Task<Void, Never>?
      for await _ in queue.signal {
        try? await Task.sleep(for: debounce)
        guard let batch = queue.take() else { continue }
        later?.cancel()
        await builder.rebuild(batch)
        // What no page shows (JSON, Markdown) waits until the open pages have had the time to
        // fetch the new version, and gives way to the next batch when one comes meanwhile
        // (the wait is beside this loop: a save during it is rebuilt at once).
        later = Task {
          try? await Task.sleep(for: SiteBuilder.laterDelay)
          guard !Task.isCancelled, queue.isEmpty else { return }
          await builder.buildLater()
        }
      }
    }
    Task {
      while true {
        try? await Task.sleep(for: .seconds(10))
        state.keepAlive()
      }
    }
    var contributions: ContributionSite? = nil
    if let settings = configuration.contributions {
      guard workspace.isWholeProject else { throw .partialProject }
      do {
        let store = try await ContributionStore.open(settings.store)
        contributions = try await ContributionSite(
          store: store, settings: settings, state: state, workspace: workspace)
        Self.purgeEveryHour(store, keeping: settings.keepRejected)
      } catch {
        throw .store("\(error)")
      }
    }
    var logger = Logger(label: "recit-serve")
    logger.logLevel = .critical
    let host = configuration.host
    let port = configuration.port
    let application = Application(
      responder: SiteResponder(state: state, contributions: contributions),
      configuration: .init(
        address: .hostname(host, port: port), serverName: nil, reuseAddress: true),
      onServerRunning: { channel in
        onListening(channel.localAddress?.port ?? port)
      },
      logger: logger)
    do {
      try await application.runService(gracefulShutdownSignals: [])
    } catch let error as IOError where error.errnoCode == EADDRINUSE {
      throw .addressInUse(host: host, port: port)
    } catch let error as IOError {
      throw .cannotListen(
        host: host, port: port, reason: String(cString: strerror(error.errnoCode)))
    } catch {
      throw .cannotListen(host: host, port: port, reason: "\(error)")
    }
  }

  /// Deletes the rejected contributions older than their keeping delay, now and every hour.
  static func purgeEveryHour(_ store: ContributionStore, keeping: Int64) {
    Task {
      while true {
        _ = try? await store.purge(
          rejectedBefore: ContributionStore.now() - keeping, by: "recit serve")
        try? await Task.sleep(for: .seconds(3600))
      }
    }
  }

  private func startWatching(_ queue: ChangeQueue, language: Language) {
    let root = workspace.root
    if let interval = configuration.poll {
      PollWatcher(root: root, queue: queue, interval: interval).start()
      log(
        LocalizedText(
          fr: "recit serve : le projet est scruté toutes les \(Self.words(interval)) (--poll)\n",
          en: "recit serve: the project is scanned every \(Self.words(interval)) (--poll)\n"
        ).text(in: language))
      return
    }
    let fallback = configuration.fallbackPoll
    let log = self.log
    let fallBack: @Sendable (Bool) -> Void = { instances in
      log(Self.limitMessage(instances: instances, interval: fallback).text(in: language))
      PollWatcher(root: root, queue: queue, interval: fallback).start()
    }
    let maximum = ProcessInfo.processInfo.environment["RECIT_SERVE_MAX_WATCHES"].flatMap { Int($0) }
    let watcher = InotifyWatcher(root: root, queue: queue, maximumWatches: maximum) {
      fallBack(false)
    }
    do {
      try watcher.start()
    } catch {
      guard case .unavailable(let code) = error else {
        if case .limit(let instances) = error { fallBack(instances) }
        return
      }
      log(
        LocalizedText(
          fr:
            "recit serve : inotify indisponible (\(String(cString: strerror(code)))) ; le projet est scruté toutes les \(Self.words(fallback))\n",
          en:
            "recit serve: inotify is unavailable (\(String(cString: strerror(code)))); the project is scanned every \(Self.words(fallback))\n"
        ).text(in: language))
      PollWatcher(root: root, queue: queue, interval: fallback).start()
    }
  }

  static func limitMessage(instances: Bool, interval: Duration) -> LocalizedText {
    let setting = instances ? "fs.inotify.max_user_instances" : "fs.inotify.max_user_watches"
    let value = instances ? "1024" : "524288"
    return LocalizedText(
      fr: """
        recit serve : le système n'accorde plus de surveillance de fichiers (\(setting) atteint) ; \
        le projet est scruté toutes les \(words(interval)) à la place.
          Pour relever la limite : sudo sysctl \(setting)=\(value)
          et, pour la garder au redémarrage : echo \(setting)=\(value) | sudo tee /etc/sysctl.d/60-recit.conf

        """,
      en: """
        recit serve: the system grants no more file watches (\(setting) reached); the project \
        is scanned every \(words(interval)) instead.
          To raise the limit: sudo sysctl \(setting)=\(value)
          and, to keep it after a restart: echo \(setting)=\(value) | sudo tee /etc/sysctl.d/60-recit.conf

        """)
  }

  static func words(_ interval: Duration) -> String {
    let milliseconds = Int(interval / .milliseconds(1))
    return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
  }
}
