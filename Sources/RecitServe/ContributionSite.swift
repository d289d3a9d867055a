import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import RecitContributions
import RecitKit
import RecitModel

/// The contributions' part of `recit serve --contributions`: the workshop's welcome, the form
/// of each action, the contributor's private page, and the facilitators' review. Everything
/// else is the site's (SiteResponder).
struct ContributionSite: Sendable {
  let store: ContributionStore
  let moderation: Moderation
  let settings: ContributionSettings
  let state: SiteState
  let workspace: Workspace
  /// The store's secret: signs the forms' tokens (shared by every server of the database).
  let secret: String
  let perAddress: RateLimiter
  let perCode: RateLimiter
  let logins: RateLimiter

  static let workshopCookie = "recit_atelier"
  static let sessionCookie = "recit_session"

  init(
    store: ContributionStore, settings: ContributionSettings, state: SiteState,
    workspace: Workspace
  ) async throws {
    self.store = store
    self.moderation = Moderation(store: store, root: workspace.root)
    self.settings = settings
    self.state = state
    self.workspace = workspace
    self.secret = try await store.secret()
    self.perAddress = RateLimiter(limit: settings.perAddress)
    self.perCode = RateLimiter(limit: settings.perCode)
    self.logins = RateLimiter(limit: 10)
  }

  /// Whether `path` is one of this part's.
  static func owns(_ path: String) -> Bool {
    ["/atelier/", "/contribuer/", "/retrait/", "/moderation"].contains { path.hasPrefix($0) }
  }

  /// The link every action page gains, before its last `</main>`.
  static func invitation(actionID: String, language: Language) -> String {
    let words = language == .fr ? "Racontez-la autrement" : "Tell it your way"
    let hint =
      language == .fr
      ? "Vous avez vécu cette action autrement ? Proposez votre récit."
      : "Did you live this action otherwise? Offer your narrative."
    return
      "<p class=\"recit-contribuer-invitation\">\(HTMLText.escape(hint)) <a class=\"recit-contribuer\" href=\"/contribuer/\(URLPath.segment(actionID))\">\(words)</a></p>\n"
  }

  /// An action page with the invitation to tell it otherwise before its last `</main>`; nil
  /// for any other file.
  func invite(_ data: Data, path: String) async -> Data? {
    guard path.hasPrefix("html/"), path.hasSuffix(".html"), !path.dropFirst(5).contains("/")
    else { return nil }
    let id = String(path.dropFirst(5).dropLast(5))
    guard await workspace.project.actions.contains(where: { $0.id == id }),
      let split = SiteResponder.lastTag("</main", in: data)
    else { return nil }
    var page = Data(data[data.startIndex..<(data.startIndex + split)])
    page.append(Data(Self.invitation(actionID: id, language: state.snapshot.language).utf8))
    page.append(data[(data.startIndex + split)...])
    return page
  }

  func respond(to request: Request, context: ServeContext) async throws -> Response {
    let path = request.uri.path
    let language = self.language(request, form: nil)
    let pages = await self.pages(language)
    let segments = path.split(separator: "/", omittingEmptySubsequences: true).map {
      String($0).removingPercentEncoding ?? String($0)
    }
    let method = request.method
    switch (segments.first ?? "", segments.count) {
    case ("atelier", 2) where method == .get || method == .head:
      return try await workshop(code: segments[1], pages: pages)
    case ("contribuer", 2) where method == .get || method == .head:
      return try await formPage(request, actionID: segments[1], pages: pages)
    case ("contribuer", 2) where method == .post:
      return try await submit(request, context: context, actionID: segments[1])
    case ("retrait", 2) where method == .get || method == .head:
      let contribution = try await store.contribution(withdrawToken: segments[1])
      let address = "http://\(request.head.authority ?? "127.0.0.1")/retrait/\(segments[1])"
      return Self.html(
        .ok,
        pages.privatePage(
          contribution, token: segments[1], address: address,
          thanks: FormBody.query(request, "merci") == "1"))
    case ("retrait", 2) where method == .post:
      return try await withdraw(request, token: segments[1])
    case ("moderation", _):
      return try await moderationRoute(
        request, context: context, segments: Array(segments.dropFirst()))
    default:
      return Self.html(
        .notFound,
        pages.message(
          title: pages.tr("Page introuvable", "Page not found"), path: path,
          text: pages.tr("Aucune page à cette adresse.", "No page at this address.")))
    }
  }

  // MARK: Languages and pages

  func language(_ request: Request, form: [String: [String]]?) -> Language {
    let word = form?["langue"]?.first ?? FormBody.query(request, "langue")
    if let word, let language = Language(rawValue: word) { return language }
    return state.snapshot.language
  }

  func pages(_ language: Language) async -> ContributionPages {
    let project = await workspace.project
    let title = project.settings.title?.value ?? project.settings.territory?.value ?? "recit"
    return ContributionPages(language: language, projectTitle: title)
  }

  /// The actions offered: those whose page the current build has.
  func actions() async -> [(id: String, title: String)] {
    let files = state.snapshot.files
    return await workspace.project.actions.filter { files["html/\($0.id).html"] != nil }.map {
      ($0.id, $0.title?.value ?? $0.id)
    }
  }

  func action(_ id: String) async -> (action: Action, actors: [(id: String, name: String)])? {
    let project = await workspace.project
    guard state.snapshot.files["html/\(id).html"] != nil,
      let action = project.actions.first(where: { $0.id == id })
    else { return nil }
    let actors = project.actors(of: action).values.map { ($0.id, $0.name?.value ?? $0.id) }
      .sorted { $0.1.localizedStandardCompare($1.1) == .orderedAscending }
    return (action, actors)
  }

  // MARK: The workshop

  func validLink(_ code: String?) async throws -> ContributionStore.WorkshopLink? {
    guard let code, !code.isEmpty, code.count <= 64 else { return nil }
    guard let link = try await store.link(code), link.isValid(at: ContributionStore.now()) else {
      return nil
    }
    return link
  }

  func workshop(code: String, pages: ContributionPages) async throws -> Response {
    let path = "/atelier/" + code
    guard let link = try await store.link(code) else {
      return Self.html(
        .notFound,
        pages.message(
          title: pages.tr("Lien d'atelier inconnu", "Unknown workshop link"), path: path,
          text: pages.tr(
            "Ce lien d'atelier n'existe pas. Vérifiez l'adresse auprès de l'équipe d'animation.",
            "This workshop link does not exist. Check the address with the facilitators.")))
    }
    guard link.isValid(at: ContributionStore.now()) else {
      return Self.html(
        .gone,
        pages.message(
          title: pages.tr("Lien d'atelier expiré", "Workshop link expired"), path: path,
          text: pages.tr(
            "Ce lien d'atelier n'est plus valable. Demandez-en un nouveau à l'équipe d'animation.",
            "This workshop link is no longer valid. Ask the facilitators for a new one.")))
    }
    var response = Self.html(.ok, pages.welcome(link: link, actions: await actions()))
    let age = Int(link.expires - ContributionStore.now())
    response.headers.append(
      HTTPField(
        name: .setCookie,
        value: "\(Self.workshopCookie)=\(link.code); Max-Age=\(age); Path=/; HttpOnly; SameSite=Lax"
      ))
    return response
  }

  func noWorkshop(_ pages: ContributionPages, path: String) -> Response {
    Self.html(
      .forbidden,
      pages.message(
        title: pages.tr("Lien d'atelier nécessaire", "Workshop link needed"), path: path,
        text: pages.tr(
          "Pour raconter une action, ouvrez d'abord le lien d'atelier que l'équipe d'animation vous a donné. S'il a expiré, demandez-en un nouveau.",
          "To tell an action, first open the workshop link the facilitators gave you. If it has expired, ask for a new one."
        )))
  }

  // MARK: The form

  func formPage(_ request: Request, actionID: String, pages: ContributionPages) async throws
    -> Response
  {
    let path = "/contribuer/" + URLPath.segment(actionID)
    guard let link = try await validLink(request.cookies[Self.workshopCookie]?.value) else {
      return noWorkshop(pages, path: path)
    }
    guard let found = await action(actionID) else { return unknownAction(pages, path: path) }
    let token = FormToken(issued: ContributionStore.now(), actionID: actionID, code: link.code)
    return Self.html(
      .ok,
      pages.form(
        .init(
          actionID: actionID, actionTitle: found.action.title?.value ?? actionID,
          actors: found.actors, token: token.signed(with: secret), values: [:], errors: [])))
  }

  func unknownAction(_ pages: ContributionPages, path: String) -> Response {
    Self.html(
      .notFound,
      pages.message(
        title: pages.tr("Action introuvable", "Action not found"), path: path,
        text: pages.tr(
          "Aucune action publiée ne porte ce nom.", "No published action has this name."),
        link: ("/html/index.html", pages.tr("Toutes les actions", "All the actions"))))
  }

  func submit(_ request: Request, context: ServeContext, actionID: String) async throws -> Response
  {
    let path = "/contribuer/" + URLPath.segment(actionID)
    var pages = await self.pages(language(request, form: nil))
    guard let link = try await validLink(request.cookies[Self.workshopCookie]?.value) else {
      return noWorkshop(pages, path: path)
    }
    let addressKey = Secrets.mac("adresse|" + context.clientAddress, key: secret)
    let body: ByteBuffer
    do {
      body = try await request.body.collect(upTo: ContributionForm.Limits.body)
    } catch is NIOTooManyBytesError {
      return Self.html(
        .contentTooLarge,
        pages.message(
          title: pages.tr("Contribution trop longue", "Contribution too long"), path: path,
          text: pages.tr(
            "Le formulaire dépasse \(ContributionForm.Limits.body / 1024) Kio. Raccourcissez le texte, ou envoyez-le en deux contributions.",
            "The form is over \(ContributionForm.Limits.body / 1024) KiB. Shorten the text, or send it as two contributions."
          )))
    }
    let fields = FormBody.fields(String(buffer: body))
    pages = await self.pages(language(request, form: fields))
    let language = pages.language
    guard let found = await action(actionID) else { return unknownAction(pages, path: path) }
    let form = ContributionForm(actors: found.actors)
    let title = found.action.title?.value ?? actionID
    func refused(
      _ errors: [ContributionForm.FieldError], token: String? = nil,
      status: HTTPResponse.Status = .unprocessableContent
    ) -> Response {
      let fresh =
        token
        ?? FormToken(issued: ContributionStore.now(), actionID: actionID, code: link.code)
        .signed(with: secret)
      return Self.html(
        status,
        pages.form(
          .init(
            actionID: actionID, actionTitle: title, actors: found.actors, token: fresh,
            values: fields, errors: errors)))
    }
    let sentToken = fields["jeton"]?.first ?? ""
    // Counted once the form is read, so that a slowed-down sender gets the form back filled.
    if let wait = perAddress.take(addressKey) ?? perCode.take(link.code) {
      let words = Self.waitWords(wait)
      var response = refused(
        [
          .init(
            field: "texte",
            message: .verbatim(
              fr:
                "Trop d'envois : beaucoup de contributions arrivent en ce moment de cette connexion ou de cet atelier. Patientez \(words.fr), puis renvoyez le formulaire : ce que vous avez écrit est conservé ci-dessous.",
              en:
                "Too many submissions: many contributions are arriving right now from this connection or this workshop. Wait \(words.en), then send the form again: what you wrote is kept below."
            ))
        ], token: sentToken, status: .tooManyRequests)
      response.headers[.retryAfter] = "\(wait)"
      return response
    }
    guard
      let token = FormToken.verify(sentToken, actionID: actionID, code: link.code, key: secret),
      ContributionStore.now() - token.issued <= FormToken.lifetime
    else {
      return refused([
        .init(
          field: "texte",
          message: .verbatim(
            fr:
              "Le formulaire a expiré ou ne vient pas de cette page. Vérifiez votre texte ci-dessous puis renvoyez-le.",
            en:
              "The form has expired or does not come from this page. Check your text below and send it again."
          ))
      ])
    }
    let elapsed = Duration.seconds(ContributionStore.now() - token.issued)
    if elapsed + .seconds(1) <= settings.minimumFill {
      // The token's time has a second's grain: only what is surely too fast is refused.
      return refused(
        [
          .init(
            field: "texte",
            message: .verbatim(
              fr:
                "Le formulaire a été envoyé très vite après son ouverture. Relisez-le puis renvoyez-le : il est gardé tel quel.",
              en:
                "The form was sent very soon after it was opened. Read it over and send it again: it is kept as it is."
            ))
        ], token: sentToken)
    }
    if !(fields["site_web"]?.first ?? "").isEmpty {
      return refused([
        .init(
          field: "texte",
          message: .verbatim(
            fr: "Le formulaire n'a pas pu être enregistré. Renvoyez-le tel quel.",
            en: "The form could not be stored. Send it again as it is."))
      ])
    }
    let draft: ContributionDraft
    switch form.check(fields, language: language) {
    case .success(let checked): draft = checked
    case .failure(let refusal): return refused(refusal.errors, token: sentToken)
    }
    let source: (digest: String, text: String)
    do {
      source = try moderation.writer.source(ofAction: actionID)
    } catch {
      return unknownAction(pages, path: path)
    }
    let withdrawToken = Secrets.token()
    let outcome = try await store.submit(
      actionID: actionID, draft: draft, nonce: token.nonce, linkCode: link.code,
      addressDigest: addressKey, withdrawToken: withdrawToken, actionDigest: source.digest,
      actionSource: source.text)
    switch outcome {
    case .stored(let id):
      var headers = Self.pageHeaders
      headers[.location] =
        "/retrait/\(withdrawToken)?merci=1" + (language == .en ? "&langue=en" : "")
      headers[HTTPField.Name("X-Recit-Contribution")!] = id
      return Response(status: .seeOther, headers: headers)
    case .duplicate(let id):
      var response = Self.html(
        .ok,
        pages.message(
          title: pages.tr("Contribution déjà enregistrée", "Contribution already stored"),
          path: path,
          text: pages.tr(
            "Ce formulaire avait déjà été reçu : votre contribution est enregistrée une seule fois. Le lien privé pour la retirer est sur la page qui a suivi le premier envoi.",
            "This form had been received already: your contribution is stored once. The private link to withdraw it is on the page that followed the first sending."
          )))
      response.headers[HTTPField.Name("X-Recit-Contribution")!] = id
      return response
    }
  }

  static func waitWords(_ seconds: Int) -> (fr: String, en: String) {
    if seconds >= 60 {
      let minutes = (seconds + 59) / 60
      return (
        minutes == 1 ? "une minute" : "\(minutes) minutes",
        minutes == 1 ? "a minute" : "\(minutes) minutes"
      )
    }
    return (
      seconds == 1 ? "une seconde" : "\(seconds) secondes",
      seconds == 1 ? "a second" : "\(seconds) seconds"
    )
  }

  func tooMany(_ pages: ContributionPages, path: String, wait: Int) -> Response {
    var response = Self.html(
      .tooManyRequests,
      pages.message(
        title: pages.tr("Trop d'envois", "Too many submissions"), path: path,
        text: pages.tr(
          "Beaucoup de tentatives arrivent en ce moment de cette connexion. Patientez \(Self.waitWords(wait).fr), puis réessayez.",
          "Many attempts are arriving right now from this connection. Wait \(Self.waitWords(wait).en), then try again."
        )))
    response.headers[.retryAfter] = "\(wait)"
    return response
  }

  func withdraw(_ request: Request, token: String) async throws -> Response {
    let body = try await request.body.collect(upTo: 4096)
    let fields = FormBody.fields(String(buffer: body))
    let pages = await self.pages(language(request, form: fields))
    let path = "/retrait/" + token
    guard let contribution = try await store.contribution(withdrawToken: token) else {
      return Self.html(
        .notFound, pages.privatePage(nil, token: token, address: path, thanks: false))
    }
    guard try await store.withdraw(contribution.id) else {
      return Self.html(
        .conflict,
        pages.message(
          title: pages.tr("Retrait impossible", "Cannot withdraw"), path: path,
          text: pages.tr(
            "Cette contribution n'est plus en attente : elle a déjà été relue, ou retirée.",
            "This contribution is no longer pending: it has been reviewed, or withdrawn, already."))
      )
    }
    return Self.html(
      .ok,
      pages.message(
        title: pages.tr("Contribution retirée", "Contribution withdrawn"), path: path,
        text: pages.tr(
          "Votre contribution est retirée et son texte effacé. Merci d'avoir pris part à l'atelier.",
          "Your contribution is withdrawn and its text erased. Thank you for taking part in the workshop."
        )))
  }

  // MARK: Responses

  static let pageHeaders: HTTPFields = {
    var headers = SiteResponder.commonHeaders
    headers[HTTPField.Name("Content-Security-Policy")!] =
      "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    return headers
  }()

  static func html(_ status: HTTPResponse.Status, _ page: String) -> Response {
    var headers = pageHeaders
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
  }

  static func redirect(_ location: String, cookie: String? = nil) -> Response {
    var headers = pageHeaders
    headers[.location] = location
    if let cookie { headers.append(HTTPField(name: .setCookie, value: cookie)) }
    return Response(status: .seeOther, headers: headers)
  }
}
