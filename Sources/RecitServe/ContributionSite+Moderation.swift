import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import RecitContributions
import RecitKit
import RecitModel

/// The facilitators' part: log in (bcrypt), the queue, one contribution shown inert, accept or
/// reject. Sessions are HttpOnly, SameSite=Strict cookies; every form carries the session's
/// CSRF token.
extension ContributionSite {
  static let loginPurpose = "connexion"

  func moderationRoute(_ request: Request, context: ServeContext, segments: [String])
    async throws -> Response
  {
    let method = request.method
    let isRead = method == .get || method == .head
    let pages = await self.pages(language(request, form: nil))
    if segments == ["connexion"] {
      if isRead { return loginPage(pages, name: "", failed: false, status: .ok) }
      if method == .post { return try await logIn(request, context: context) }
    }
    let sessionToken = request.cookies[Self.sessionCookie]?.value ?? ""
    let session = sessionToken.isEmpty ? nil : try await store.session(sessionToken)
    guard let session else {
      if isRead { return Self.redirect("/moderation/connexion" + pages.suffix) }
      return forbidden(pages)
    }
    switch segments.count {
    case 0 where isRead:
      let all = try await store.contributions()
      let titles = Dictionary(
        await workspace.project.actions.map { ($0.id, $0.title?.value ?? $0.id) },
        uniquingKeysWith: { first, _ in first })
      return Self.html(.ok, pages.queue(all, titles: titles, session: session))
    case 1 where segments[0] == "deconnexion" && method == .post:
      let fields = try await formFields(request)
      guard Secrets.sameText(fields["csrf"]?.first ?? "", session.csrf) else {
        return forbidden(pages)
      }
      try await store.closeSession(session.token)
      return Self.redirect(
        "/moderation/connexion",
        cookie: "\(Self.sessionCookie)=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict")
    case 2 where segments[0] == "contributions" && isRead:
      let notice: String? =
        switch FormBody.query(request, "decision") {
        case "acceptee":
          pages.tr(
            "Contribution acceptée : le récit est ajouté au projet.",
            "Contribution accepted: the narrative is added to the project.")
        case "refusee": pages.tr("Contribution refusée.", "Contribution rejected.")
        default: nil
        }
      return try await review(segments[1], session: session, pages: pages, notice: notice)
    case 3 where segments[0] == "contributions" && method == .post:
      let fields = try await formFields(request)
      let pages = await self.pages(language(request, form: fields))
      guard Secrets.sameText(fields["csrf"]?.first ?? "", session.csrf) else {
        return forbidden(pages)
      }
      let id = segments[1]
      let note = (fields["note"]?.first).map(ContributionForm.clean)?
        .trimmingCharacters(in: .whitespacesAndNewlines).prefix(500)
      let shownNote = note.map(String.init).flatMap { $0.isEmpty ? nil : $0 }
      let back = "/moderation/contributions/\(URLPath.segment(id))"
      switch segments[2] {
      case "accepter":
        let despite = fields["malgre_changements"]?.first == "oui"
        switch try await moderation.accept(
          id, by: session.facilitator, note: shownNote, despiteChanges: despite)
        {
        case .success:
          return Self.redirect(
            back + "?decision=acceptee" + (pages.language == .en ? "&langue=en" : ""))
        case .failure(let refusal):
          let status: HTTPResponse.Status
          if case .writer(.changed) = refusal {
            status = .conflict
          } else {
            status = .unprocessableContent
          }
          return try await review(
            id, session: session, pages: pages, problem: refusal.message.text(in: pages.language),
            status: status)
        }
      case "refuser":
        switch try await moderation.reject(id, by: session.facilitator, note: shownNote) {
        case .success:
          return Self.redirect(
            back + "?decision=refusee" + (pages.language == .en ? "&langue=en" : ""))
        case .failure(let refusal):
          return try await review(
            id, session: session, pages: pages, problem: refusal.message.text(in: pages.language),
            status: .conflict)
        }
      default: break
      }
    default: break
    }
    return Self.html(
      .notFound,
      pages.message(
        title: pages.tr("Page introuvable", "Page not found"), path: request.uri.path,
        text: pages.tr(
          "Aucune page de relecture à cette adresse.", "No review page at this address."),
        link: ("/moderation/", pages.tr("Contributions reçues", "Contributions received"))))
  }

  func formFields(_ request: Request) async throws -> [String: [String]] {
    let body = try await request.body.collect(upTo: 16 * 1024)
    return FormBody.fields(String(buffer: body))
  }

  func forbidden(_ pages: ContributionPages) -> Response {
    Self.html(
      .forbidden,
      pages.message(
        title: pages.tr("Action refusée", "Action refused"), path: "/moderation/",
        text: pages.tr(
          "Ce formulaire n'est plus valable (session terminée, ou envoyé depuis une autre page). Reconnectez-vous puis recommencez.",
          "This form is no longer valid (session ended, or sent from another page). Log in again and start over."
        ),
        link: ("/moderation/connexion", pages.tr("Se connecter", "Log in"))))
  }

  func loginPage(
    _ pages: ContributionPages, name: String, failed: Bool, status: HTTPResponse.Status
  )
    -> Response
  {
    let csrf = FormToken(issued: ContributionStore.now(), actionID: Self.loginPurpose, code: "")
      .signed(with: secret)
    return Self.html(status, pages.login(csrf: csrf, name: name, failed: failed))
  }

  func logIn(_ request: Request, context: ServeContext) async throws -> Response {
    let fields = try await formFields(request)
    let pages = await self.pages(language(request, form: fields))
    guard
      let token = FormToken.verify(
        fields["csrf"]?.first ?? "", actionID: Self.loginPurpose, code: "", key: secret),
      ContributionStore.now() - token.issued <= 3600
    else { return forbidden(pages) }
    let name = (fields["nom"]?.first ?? "").trimmingCharacters(in: .whitespaces)
    if let wait = logins.take(Secrets.digest("connexion|" + context.clientAddress)) {
      return tooMany(pages, path: "/moderation/connexion", wait: wait)
    }
    let password = fields["mot_de_passe"]?.first ?? ""
    guard Accounts.isValidName(name), !password.isEmpty,
      try await Accounts.verify(password, name: name, in: store)
    else {
      return loginPage(pages, name: String(name.prefix(64)), failed: true, status: .unauthorized)
    }
    let session = try await store.openSession(for: name)
    return Self.redirect(
      "/moderation/" + pages.suffix,
      cookie:
        "\(Self.sessionCookie)=\(session.token); Max-Age=\(ContributionStore.sessionLifetime); Path=/; HttpOnly; SameSite=Strict"
    )
  }

  func review(
    _ id: String, session: ContributionStore.Session, pages: ContributionPages,
    notice: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    guard let contribution = try await store.contribution(id) else {
      return Self.html(
        .notFound,
        pages.message(
          title: pages.tr("Contribution introuvable", "Contribution not found"),
          path: "/moderation/",
          text: pages.tr(
            "Aucune contribution ne porte ce numéro (une contribution refusée est supprimée après le délai de conservation).",
            "No contribution has this number (a rejected contribution is deleted after the keeping delay)."
          ),
          link: ("/moderation/", pages.tr("Contributions reçues", "Contributions received"))))
    }
    let project = await workspace.project
    let action = project.actions.first { $0.id == contribution.actionID }
    let names = action.map { project.actors(of: $0).mapValues { $0.name?.value ?? $0.id } } ?? [:]
    let diff =
      contribution.status == .pending
      ? (try? moderation.writer.change(since: contribution)) ?? nil : nil
    return Self.html(
      status,
      pages.review(
        .init(
          contribution: contribution, actionTitle: action?.title?.value ?? contribution.actionID,
          actorNames: names, diff: diff, session: session, notice: notice, problem: problem)))
  }
}
