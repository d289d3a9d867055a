import Foundation
import RecitKit

/// Where the command line writes: standard output and error, and whether they are terminals.
///
/// Writes go straight to the file descriptors. A standard output that is closed (`| head`
/// stopped reading) or full (`> /dev/full`) ends the command with a clear message on standard
/// error and exit status 74, never with a crash.
enum Console {
  static func out(_ text: String) {
    guard write(text, to: STDOUT_FILENO) else {
      let code = errno
      let reason = String(cString: strerror(code))
      let language = LanguageOption.environmentLanguage
      _ = write(
        LocalizedText(
          fr: "recit: impossible d'écrire sur la sortie standard (\(reason))\n",
          en: "recit: cannot write to standard output (\(reason))\n"
        ).text(in: language), to: STDERR_FILENO)
      exit(74)
    }
  }

  static func error(_ text: String) {
    _ = write(text, to: STDERR_FILENO)
  }

  /// Writes every byte, retrying after interruptions; false on any other failure.
  private static func write(_ text: String, to descriptor: Int32) -> Bool {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      bytes = bytes.dropFirst(written)
    }
    return true
  }

  /// A closed pipe must give EPIPE to `write`, not kill the process silently.
  static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Colours only on a terminal, and never when `NO_COLOR` is set.
  static var errorIsColorTerminal: Bool {
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  static var outputIsColorTerminal: Bool {
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }
}
