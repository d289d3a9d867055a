import Foundation
import RecitKit

/// One problem shown in the browser: a diagnostic of the check, or a template or output error.
struct OverlayEntry: Sendable, Hashable {
  var severity: Severity
  var location: SourceLocation?
  var rule: String?
  var message: String
  /// The source line the location points into, as it was read.
  var sourceLine: String?
  /// Where the place is shown in the HTML output (`/html/page.html#fragment`).
  var link: String?
}

/// The tags the server adds before `</body>` of every HTML page it serves: the diagnostics'
/// panel when there are some, and the reload script with the version of the build served.
/// Everything from the project's files is escaped.
enum Overlay {
  /// At most this many problems in the panel (every page carries it); the terminal has them
  /// all.
  static let maximumShown = 100

  static func panel(_ entries: [OverlayEntry], stale: Bool, language: Language) -> String {
    guard !entries.isEmpty else { return "" }
    let errors = entries.count { $0.severity == .error }
    let warnings = entries.count - errors
    let french = [
      counted(errors, "erreur", "erreurs"), counted(warnings, "avertissement", "avertissements"),
    ].compactMap { $0 }.joined(separator: " et ")
    let english = [counted(errors, "error", "errors"), counted(warnings, "warning", "warnings")]
      .compactMap { $0 }.joined(separator: " and ")
    let heading = LocalizedText(
      fr: .init(verbatim: french + " dans le projet"),
      en: .init(verbatim: english + " in the project"))
    let explanation =
      stale
      ? LocalizedText(
        fr:
          "Les pages montrent la dernière version construite sans erreur. Corrigez et enregistrez : la page se recharge d'elle-même.",
        en:
          "The pages show the last version built without errors. Fix and save: the page reloads by itself."
      )
      : LocalizedText(
        fr: "Le site est à jour ; ces avertissements ne bloquent pas la publication.",
        en: "The site is up to date; these warnings do not block publishing.")
    let hide = LocalizedText(fr: "Replier", en: "Fold")
    let see = LocalizedText(
      fr: "Voir l'endroit dans le récit", en: "See the place in the narrative")
    let line = LocalizedText(fr: "ligne", en: "line")
    var html = """
      <link rel="stylesheet" href="\(ServeAssets.stylePath)">
      <aside id="recit-serve-diagnostics" aria-labelledby="recit-serve-titre" lang="\(language.rawValue)">
      <div class="recit-serve-entete">
      <h2 id="recit-serve-titre">\(HTMLText.escape(heading.text(in: language)))</h2>
      <button type="button" id="recit-serve-masquer" aria-expanded="true" aria-controls="recit-serve-liste">\(hide.text(in: language))</button>
      </div>
      <p>\(HTMLText.escape(explanation.text(in: language)))</p>
      <ol id="recit-serve-liste">

      """
    for entry in entries.prefix(maximumShown) {
      let word = DiagnosticFormatter.word(for: entry.severity, in: language)
      let kind = entry.severity == .error ? "recit-serve-erreur" : "recit-serve-avertissement"
      html += "<li><p>"
      if let location = entry.location {
        html +=
          "<span class=\"recit-serve-lieu\">\(HTMLText.escape(location.description))</span> "
      }
      html += "<span class=\"\(kind)\">\(word)</span> : \(HTMLText.escape(entry.message))"
      if let rule = entry.rule { html += " <code>[\(HTMLText.escape(rule))]</code>" }
      html += "</p>\n"
      if let source = entry.sourceLine, let location = entry.location {
        let label = "\(line.text(in: language)) \(location.line)"
        html +=
          "<pre aria-label=\"\(label)\"><code>\(location.line) | \(HTMLText.escape(String(source.prefix(400))))</code></pre>\n"
      }
      if let link = entry.link {
        html += "<p><a href=\"\(HTMLText.escape(link))\">\(see.text(in: language))</a></p>\n"
      }
      html += "</li>\n"
    }
    html += "</ol>\n"
    if entries.count > maximumShown {
      let more = LocalizedText(
        fr: "… et \(entries.count - maximumShown) de plus : « recit check » les donne toutes.",
        en: "… and \(entries.count - maximumShown) more: “recit check” gives them all.")
      html += "<p>\(HTMLText.escape(more.text(in: language)))</p>\n"
    }
    html += "</aside>\n"
    return html
  }

  static func script(version: String, assets: String) -> String {
    "<script src=\"\(ServeAssets.scriptPath)\" data-version=\"\(HTMLText.escape(version))\" "
      + "data-assets=\"\(HTMLText.escape(assets))\" defer></script>\n"
  }

  private static func counted(_ number: Int, _ one: String, _ many: String) -> String? {
    number == 0 ? nil : "\(number) \(number == 1 ? one : many)"
  }

  /// A page of the server's own (no build yet, or nothing at that address), in the project's
  /// language, that carries the panel and the script like the built pages.
  static func page(title: LocalizedText, body: LocalizedText, language: Language) -> Data {
    let index = LocalizedText(fr: "Sommaire du projet", en: "Project index")
    let text = """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLText.escape(title.text(in: language))) — recit serve</title>
      </head>
      <body>
      <main>
      <h1>\(HTMLText.escape(title.text(in: language)))</h1>
      <p>\(HTMLText.escape(body.text(in: language)))</p>
      <p><a href="/html/index.html">\(index.text(in: language))</a></p>
      </main>
      </body>
      </html>

      """
    return Data(text.utf8)
  }
}
