import Foundation
import HTTPTypes
import Hummingbird
import RecitKit

/// Answers every request from the current snapshot: the build's outputs, the two serve-mode
/// assets, the events stream; nothing else (no source file, no listing, no path outside).
struct SiteResponder: HTTPResponder {
  typealias Context = ServeContext
  let state: SiteState
  /// The contribution form and its review, with `--contributions`.
  var contributions: ContributionSite? = nil

  func respond(to request: Request, context: Context) async throws -> Response {
    if let contributions, ContributionSite.owns(request.uri.path) {
      return try await contributions.respond(to: request, context: context)
    }
    guard request.method == .get || request.method == .head else {
      var headers = Self.commonHeaders
      headers[.allow] = "GET, HEAD"
      return text(.methodNotAllowed, headers: headers, "méthode refusée / method not allowed\n")
    }
    let path = request.uri.path
    switch path {
    case "/", "/html", "/html/":
      var headers = Self.commonHeaders
      headers[.location] = "/html/index.html"
      return Response(status: .found, headers: headers)
    case ServeAssets.eventsPath:
      return events()
    case ServeAssets.scriptPath:
      return asset(ServeAssets.script, type: "text/javascript; charset=utf-8")
    case ServeAssets.stylePath:
      return asset(ServeAssets.style, type: "text/css; charset=utf-8")
    default:
      break
    }
    let snapshot = state.snapshot
    switch RequestPath.target(path) {
    case .refused:
      return text(.badRequest, "chemin refusé / path refused\n")
    case .notFound:
      return notFound(snapshot)
    case .output(let output):
      if let data = snapshot.files[output] {
        if let contributions, let invited = await contributions.invite(data, path: output) {
          return html(invited, status: .ok, snapshot: snapshot)
        }
        return file(data, path: output, snapshot: snapshot)
      }
      if output == "html/index.html", !snapshot.hasBuild {
        let page = Overlay.page(
          title: LocalizedText(
            fr: "Le projet ne se construit pas encore", en: "The project does not build yet"),
          body: LocalizedText(
            fr:
              "Corrigez les erreurs ci-dessous et enregistrez : cette page se recharge d'elle-même.",
            en: "Fix the errors below and save: this page reloads by itself."),
          language: snapshot.language)
        return html(page, status: .ok, snapshot: snapshot)
      }
      return notFound(snapshot)
    }
  }

  static let commonHeaders: HTTPFields = {
    var headers = HTTPFields()
    headers[.cacheControl] = "no-store"
    headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    headers[HTTPField.Name("Content-Security-Policy")!] =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    return headers
  }()

  static func contentType(of path: String) -> String {
    switch (path as NSString).pathExtension {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "svg": "image/svg+xml"
    case "xml": "application/xml"
    case "json": "application/json"
    default: "application/octet-stream"
    }
  }

  private func file(_ data: Data, path: String, snapshot: SiteState.Snapshot) -> Response {
    if path.hasSuffix(".html") { return html(data, status: .ok, snapshot: snapshot) }
    var headers = Self.commonHeaders
    headers[.contentType] = Self.contentType(of: path)
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }

  /// The page with the panel and the reload script added before its last `</body>`.
  private func html(_ data: Data, status: HTTPResponse.Status, snapshot: SiteState.Snapshot)
    -> Response
  {
    let script = Overlay.script(version: snapshot.version, assets: snapshot.assets)
    let tags = Array((snapshot.panel + script).utf8)
    let split = Self.lastBodyEnd(in: data) ?? data.count
    var buffer = ByteBufferAllocator().buffer(capacity: data.count + tags.count)
    buffer.writeBytes(data[data.startIndex..<(data.startIndex + split)])
    buffer.writeBytes(tags)
    buffer.writeBytes(data[(data.startIndex + split)...])
    var headers = Self.commonHeaders
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(status: status, headers: headers, body: .init(byteBuffer: buffer))
  }

  /// The offset of the last `</body>` (any case) in `data`.
  static func lastBodyEnd(in data: Data) -> Int? {
    lastTag("</body", in: data)
  }

  /// The offset of the last `tag` (any case) in `data`.
  static func lastTag(_ tag: String, in data: Data) -> Int? {
    let tag = Array(tag.utf8)
    return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
      guard bytes.count >= tag.count else { return nil }
      var index = bytes.count - tag.count
      while index >= 0 {
        if bytes[index] == UInt8(ascii: "<") {
          var matches = true
          for offset in 1..<tag.count where bytes[index + offset] | 0x20 != tag[offset] | 0x20 {
            matches = false
            break
          }
          if matches { return index }
        }
        index -= 1
      }
      return nil
    }
  }

  private func notFound(_ snapshot: SiteState.Snapshot) -> Response {
    let page = Overlay.page(
      title: LocalizedText(fr: "Page introuvable", en: "Page not found"),
      body: LocalizedText(
        fr: "Aucune page du projet à cette adresse. Seules les pages construites sont servies.",
        en: "No page of the project at this address. Only the built pages are served."),
      language: snapshot.language)
    return html(page, status: .notFound, snapshot: snapshot)
  }

  private func asset(_ text: String, type: String) -> Response {
    var headers = Self.commonHeaders
    headers[.contentType] = type
    return Response(
      status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  private func text(_ status: HTTPResponse.Status, headers: HTTPFields? = nil, _ text: String)
    -> Response
  {
    var headers = headers ?? Self.commonHeaders
    headers[.contentType] = "text/plain; charset=utf-8"
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// The server-sent events of one page: its first event is the current version, then one per
  /// new build, and a comment every few seconds so that a closed connection is noticed.
  private func events() -> Response {
    guard let (id, events) = state.listen() else {
      return text(.serviceUnavailable, "trop de pages ouvertes / too many open pages\n")
    }
    var headers = Self.commonHeaders
    headers[.contentType] = "text/event-stream; charset=utf-8"
    let state = self.state
    return Response(
      status: .ok, headers: headers,
      body: ResponseBody { writer in
        defer { state.stopListening(id) }
        for await event in events {
          try await writer.write(ByteBuffer(string: event))
        }
        try await writer.finish(nil)
      })
  }
}
