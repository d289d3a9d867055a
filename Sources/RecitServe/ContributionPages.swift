import Foundation
import RecitContributions
import RecitKit
import RecitModel

/// The pages of the contribution form and of the moderation, written here: every text that
/// comes from a contributor or the project is escaped, and the form works without JavaScript.
struct ContributionPages {
  let language: Language
  /// The project's title, shown above every page.
  let projectTitle: String

  func tr(_ french: String, _ english: String) -> String { language == .fr ? french : english }

  static func e(_ text: String) -> String { HTMLText.escape(text) }

  /// A whole page: a banner with the project's title and the other language, the main part.
  func page(title: String, path: String, body: String) -> String {
    let other: Language = language == .fr ? .en : .fr
    let otherName = language == .fr ? "English" : "Français"
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="robots" content="noindex">
      <title>\(Self.e(title)) — \(Self.e(projectTitle))</title>
      <style>\(Self.style)</style>
      </head>
      <body>
      <header class="recit-bandeau">
      <p><a href="/html/index.html">\(Self.e(projectTitle))</a></p>
      <p><a href="\(Self.e(path))?langue=\(other.rawValue)" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(otherName)</a></p>
      </header>
      <main id="contenu">
      <h1>\(Self.e(title))</h1>
      \(body)
      </main>
      </body>
      </html>

      """
  }

  static let style = """
    body{font-family:system-ui,"DejaVu Sans",sans-serif;line-height:1.5;margin:0;color:#1b1b1b;background:#fff}
    .recit-bandeau{display:flex;justify-content:space-between;gap:1rem;padding:.5rem 1rem;background:#f0f0f0;border-bottom:1px solid #ccc}
    .recit-bandeau p{margin:0}
    main{max-width:46rem;margin:0 auto;padding:1rem}
    a{color:#0b4ea2}
    fieldset{border:1px solid #888;margin:1rem 0;padding:.5rem 1rem}
    legend{font-weight:bold;padding:0 .25rem}
    label{display:block;margin-top:.5rem}
    .recit-choix label{display:inline;margin:0 0 0 .25rem}
    .recit-choix div{margin:.25rem 0}
    input[type=text],input[type=password],select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.3rem;border:1px solid #555}
    textarea{min-height:6rem}
    .recit-aide{color:#444;font-size:.95em;margin:.2rem 0}
    .recit-piege{display:none}
    [aria-invalid=true]{border:2px solid #b00020}
    #erreurs{border:2px solid #b00020;padding:.5rem 1rem;margin:1rem 0;background:#fff4f4}
    .recit-succes{border:2px solid #1e6b35;padding:.5rem 1rem;background:#f1fbf3}
    button{font:inherit;padding:.4rem 1rem;margin-top:1rem;cursor:pointer}
    pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem;overflow-x:auto}
    table{border-collapse:collapse;width:100%}
    th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
    .recit-texte{border-left:4px solid #888;padding-left:1rem}
    """

  /// A short page: a title and one paragraph (errors, thanks, refusals).
  func message(title: String, path: String, text: String, link: (String, String)? = nil)
    -> String
  {
    var body = "<p>\(Self.e(text))</p>\n"
    if let (href, words) = link {
      body += "<p><a href=\"\(Self.e(href))\">\(Self.e(words))</a></p>\n"
    }
    return page(title: title, path: path, body: body)
  }

  // MARK: The workshop's welcome

  func welcome(link: ContributionStore.WorkshopLink, actions: [(id: String, title: String)])
    -> String
  {
    let until = Self.date(link.expires, language)
    var body = """
      <p>\(Self.e(tr(
        "Bienvenue dans l'atelier « \(link.label) ». Choisissez une action et racontez-la comme vous l'avez vécue : avec d'autres personnes, d'autres soutiens ou d'autres obstacles que le récit publié. L'équipe d'animation relit chaque contribution avant de l'ajouter au projet.",
        "Welcome to the workshop “\(link.label)”. Pick an action and tell it as you lived it: with other people, other support or other obstacles than the published narrative. The facilitators read every contribution before adding it to the project.")))</p>
      <p>\(Self.e(tr("Ce lien d'atelier est valable jusqu'au \(until).", "This workshop link is valid until \(until).")))</p>
      <h2>\(tr("Les actions", "The actions"))</h2>
      <ul>

      """
    for action in actions {
      body +=
        "<li><a href=\"/contribuer/\(URLPath.segment(action.id))\(suffix)\">\(Self.e(action.title))</a></li>\n"
    }
    body += "</ul>\n"
    return page(
      title: tr("Racontez vos actions", "Tell your actions"), path: "/atelier/" + link.code,
      body: body)
  }

  /// `?langue=en` when the page is in the project's other language.
  var suffix: String { language == .en ? "?langue=en" : "" }

  // MARK: The contribution form

  struct FormModel {
    var actionID: String
    var actionTitle: String
    var actors: [(id: String, name: String)]
    var token: String
    var values: [String: [String]]
    var errors: [ContributionForm.FieldError]
  }

  func form(_ model: FormModel) -> String {
    let values = model.values
    func value(_ name: String) -> String { Self.e(values[name]?.first ?? "") }
    func invalid(_ name: String) -> String {
      model.errors.contains { $0.field == name } ? " aria-invalid=\"true\"" : ""
    }
    func checked(_ name: String, _ option: String) -> String {
      (values[name] ?? []).contains(option) ? " checked" : ""
    }
    func selected(_ name: String, _ option: String) -> String {
      (values[name]?.first ?? "") == option ? " selected" : ""
    }
    let path = "/contribuer/" + URLPath.segment(model.actionID)
    var body = """
      <p>\(Self.e(tr(
        "Vous voyez l'action « \(model.actionTitle) » autrement ? Dites qui l'a portée, qui l'a aidée ou freinée, et pour qui elle compte, à votre avis. Votre contribution sera relue avant d'être ajoutée au projet ; rien n'est publié sans cette relecture.",
        "Do you see the action “\(model.actionTitle)” otherwise? Say who carried it, who helped or hindered it, and whom it matters to, in your view. Your contribution is read before it is added to the project; nothing is published without that reading.")))</p>
      <p><a href="/html/\(URLPath.segment(model.actionID)).html">\(tr("Relire le récit de l'action", "Read the action's narrative"))</a></p>

      """
    if !model.errors.isEmpty {
      body += """
        <div role="alert" id="erreurs">
        <h2>\(tr("Votre contribution n'est pas encore enregistrée", "Your contribution is not stored yet"))</h2>
        <p>\(tr("Corrigez ce qui suit puis renvoyez le formulaire : ce que vous avez écrit est conservé ci-dessous.", "Correct what follows and send the form again: what you wrote is kept below."))</p>
        <ul>

        """
      for error in model.errors {
        body +=
          "<li><a href=\"#champ-\(Self.e(error.field))\">\(Self.e(error.message.text(in: language)))</a></li>\n"
      }
      body += "</ul>\n</div>\n"
    }
    body += """
      <form method="post" action="\(path)" id="contribution">
      <input type="hidden" name="jeton" value="\(Self.e(model.token))">
      <input type="hidden" name="langue" value="\(language.rawValue)">
      <div class="recit-piege">
      <label for="champ-site_web">\(tr("Ne remplissez pas ce champ", "Leave this field empty"))</label>
      <input type="text" id="champ-site_web" name="site_web" value="" tabindex="-1" autocomplete="off">
      </div>
      <fieldset>
      <legend>\(tr("Qui êtes-vous ?", "Who are you?"))</legend>
      <label for="champ-narrateur">\(tr("Vous êtes (obligatoire)", "You are (required)"))</label>
      <select id="champ-narrateur" name="narrateur" aria-required="true"\(invalid("narrateur"))>
      <option value="">\(tr("— choisissez —", "— choose —"))</option>

      """
    for actor in model.actors {
      body +=
        "<option value=\"\(Self.e(actor.id))\"\(selected("narrateur", actor.id))>\(Self.e(actor.name))</option>\n"
    }
    body += """
      <option value="nouveau"\(selected("narrateur", "nouveau"))>\(tr("Je ne suis pas dans la liste", "I am not in the list"))</option>
      </select>
      <label for="champ-nouveau_nom">\(tr("Si vous n'êtes pas dans la liste : votre nom, ou celui de votre structure", "If you are not in the list: your name, or your organisation's"))</label>
      <input type="text" id="champ-nouveau_nom" name="nouveau_nom" maxlength="\(ContributionForm.Limits.name)" value="\(value("nouveau_nom"))"\(invalid("nouveau_nom"))>
      <label for="champ-nouveau_categorie">\(tr("Et vous êtes plutôt", "And you are rather"))</label>
      <select id="champ-nouveau_categorie" name="nouveau_categorie"\(invalid("nouveau_categorie"))>
      <option value="">\(tr("— choisissez —", "— choose —"))</option>

      """
    for category in ActorCategory.allCases {
      body +=
        "<option value=\"\(category.rawValue)\"\(selected("nouveau_categorie", category.rawValue))>\(Self.e(Self.categoryName(category, language)))</option>\n"
    }
    body += """
      </select>
      <div class="recit-choix">
      <input type="checkbox" id="champ-consentement" name="consentement" value="oui"\(checked("consentement", "oui"))>
      <label for="champ-consentement">\(tr("J'accepte que mon nom soit affiché avec ma contribution (sinon, elle sera publiée sans nom)", "I agree that my name is shown with my contribution (otherwise it is published without a name)"))</label>
      </div>
      </fieldset>
      <fieldset id="champ-posture"\(invalid("posture"))>
      <legend>\(tr("Votre regard sur l'action (obligatoire)", "Your view of the action (required)"))</legend>
      <div class="recit-choix">
      <div><input type="radio" id="champ-posture-alternatif" name="posture" value="alternatif"\(checked("posture", "alternatif"))>
      <label for="champ-posture-alternatif">\(tr("Alternatif : je la raconte autrement, sans contester le récit publié", "Alternative: I tell it otherwise, without disputing the published narrative"))</label></div>
      <div><input type="radio" id="champ-posture-contradictoire" name="posture" value="contradictoire"\(checked("posture", "contradictoire"))>
      <label for="champ-posture-contradictoire">\(tr("Contradictoire : je conteste le récit publié", "Contradictory: I dispute the published narrative"))</label></div>
      </div>
      </fieldset>
      <label for="champ-titre">\(tr("Un titre pour votre récit", "A title for your narrative"))</label>
      <input type="text" id="champ-titre" name="titre" maxlength="\(ContributionForm.Limits.title)" value="\(value("titre"))"\(invalid("titre"))>
      <h2>\(tr("Les rôles, tels que vous les voyez", "The roles, as you see them"))</h2>
      <p class="recit-aide">\(tr("Cochez seulement ce qui diffère du récit publié. Tout est facultatif.", "Tick only what differs from the published narrative. All of it is optional."))</p>

      """
    for role in ContributionRoles.actorRoles {
      let label = ContributionRoles.label(role).text(in: language)
      let hint = ContributionRoles.hint(role).text(in: language)
      body += """
        <fieldset id="champ-\(role)" class="recit-choix"\(invalid(role))>
        <legend>\(Self.e(label)) — \(Self.e(hint))</legend>

        """
      for actor in model.actors {
        let id = "champ-\(role)-\(Self.e(actor.id))"
        body +=
          "<div><input type=\"checkbox\" id=\"\(id)\" name=\"\(role)\" value=\"\(Self.e(actor.id))\"\(checked(role, actor.id))> <label for=\"\(id)\">\(Self.e(actor.name))</label></div>\n"
      }
      body += "</fieldset>\n"
    }
    body += """
      <label for="champ-objet">\(Self.e(ContributionRoles.label("objet").text(in: language))) — \(tr("ce que l'action cherche vraiment à obtenir, selon vous", "what the action really seeks, in your view"))</label>
      <input type="text" id="champ-objet" name="objet" maxlength="\(ContributionForm.Limits.object)" value="\(value("objet"))"\(invalid("objet"))>
      <label for="champ-desaccords">\(tr("Vos désaccords avec le récit publié", "Your disagreements with the published narrative"))</label>
      <p class="recit-aide" id="aide-desaccords">\(tr("Un désaccord par ligne. Pour viser un rôle ou la quête, commencez la ligne par son nom et deux-points, par exemple « opposants : … » ou « quête : … ».", "One disagreement per line. To aim at a role or the quest, start the line with its name and a colon, for instance “opposants: …” or “quete: …”."))</p>
      <textarea id="champ-desaccords" name="desaccords" rows="4" aria-describedby="aide-desaccords"\(invalid("desaccords"))>\(value("desaccords"))</textarea>
      <label for="champ-texte">\(tr("Votre récit (obligatoire)", "Your narrative (required)"))</label>
      <p class="recit-aide" id="aide-texte">\(tr("Racontez avec vos mots : ce qui s'est passé, qui était là, ce qui a aidé ou gêné. Les liens seront vérifiés à la relecture.", "Tell it in your words: what happened, who was there, what helped or hindered. Links are checked when it is read."))</p>
      <textarea id="champ-texte" name="texte" rows="10" aria-required="true" aria-describedby="aide-texte"\(invalid("texte"))>\(value("texte"))</textarea>
      <button type="submit">\(tr("Envoyer", "Send"))</button>
      </form>
      <p class="recit-aide">\(tr("Ce qui est conservé, et combien de temps : voir la page « Données personnelles » du guide de l'atelier. Après l'envoi, un lien privé vous permet de retirer votre contribution tant qu'elle n'est pas acceptée.", "What is kept, and for how long: see the “Personal data” page of the workshop's guide. After sending, a private link lets you withdraw your contribution as long as it is not accepted."))</p>

      """
    let title = tr("Racontez-la autrement", "Tell it your way") + " : " + model.actionTitle
    return page(title: title, path: path, body: body)
  }

  static func categoryName(_ category: ActorCategory, _ language: Language) -> String {
    switch (category, language) {
    case (.elected, .fr): "élu ou élue"
    case (.staff, .fr): "agent ou agente d'une collectivité"
    case (.state, .fr): "service de l'État"
    case (.socioEconomic, .fr): "entreprise, association, exploitation"
    case (.resident, .fr): "habitant ou habitante"
    case (.other, .fr): "autre"
    case (.elected, _): "elected official"
    case (.staff, _): "local authority staff"
    case (.state, _): "State service"
    case (.socioEconomic, _): "business, association, farm"
    case (.resident, _): "resident"
    case (.other, _): "other"
    }
  }

  static func date(_ time: Int64, _ language: Language) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: language == .fr ? "fr_FR" : "en_GB")
    formatter.timeZone = TimeZone.current
    formatter.dateFormat = language == .fr ? "d MMMM yyyy 'à' HH'h'mm" : "d MMMM yyyy 'at' HH:mm"
    return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(time)))
  }

  // MARK: The contributor's private page

  func privatePage(_ contribution: Contribution?, token: String, address: String, thanks: Bool)
    -> String
  {
    let path = "/retrait/" + token
    guard let contribution else {
      return message(
        title: tr("Lien inconnu", "Unknown link"), path: path,
        text: tr(
          "Ce lien ne correspond à aucune contribution : elle a peut-être été supprimée après un refus.",
          "This link matches no contribution: it may have been deleted after a rejection."))
    }
    var body = ""
    if thanks {
      body += """
        <div class="recit-succes" role="status">
        <p>\(tr("Merci ! Votre contribution est enregistrée. L'équipe d'animation va la relire avant de l'ajouter au projet.", "Thank you! Your contribution is stored. The facilitators will read it before adding it to the project."))</p>
        </div>
        <p>\(tr("Gardez ce lien pour vous : il permet de retirer votre contribution tant qu'elle n'a pas été acceptée.", "Keep this link to yourself: it lets you withdraw your contribution as long as it has not been accepted."))</p>
        <p><a href="\(Self.e(path))">\(Self.e(address))</a></p>

        """
    }
    body +=
      "<p>\(tr("État de la contribution", "State of the contribution")) : <strong>\(Self.e(contribution.status.label.text(in: language)))</strong></p>\n"
    if contribution.status == .pending {
      body += """
        <form method="post" action="\(Self.e(path))">
        <input type="hidden" name="langue" value="\(language.rawValue)">
        <button type="submit">\(tr("Retirer ma contribution", "Withdraw my contribution"))</button>
        </form>
        <p class="recit-aide">\(tr("Retirée, elle est effacée aussitôt : seul reste le fait qu'une contribution a été retirée.", "Once withdrawn it is erased at once: only the fact that a contribution was withdrawn remains."))</p>

        """
    }
    return page(
      title: thanks
        ? tr("Contribution envoyée", "Contribution sent")
        : tr("Votre contribution", "Your contribution"),
      path: path, body: body)
  }

  // MARK: Moderation

  func login(csrf: String, name: String, failed: Bool) -> String {
    var body = ""
    if failed {
      body +=
        "<div role=\"alert\" id=\"erreurs\"><p>\(tr("Nom ou mot de passe incorrect.", "Wrong name or password."))</p></div>\n"
    }
    body += """
      <form method="post" action="/moderation/connexion">
      <input type="hidden" name="csrf" value="\(Self.e(csrf))">
      <label for="champ-nom">\(tr("Nom", "Name"))</label>
      <input type="text" id="champ-nom" name="nom" value="\(Self.e(name))" autocomplete="username">
      <label for="champ-mot_de_passe">\(tr("Mot de passe", "Password"))</label>
      <input type="password" id="champ-mot_de_passe" name="mot_de_passe" autocomplete="current-password">
      <button type="submit">\(tr("Se connecter", "Log in"))</button>
      </form>
      <p class="recit-aide">\(tr("Les comptes se créent sur la machine du serveur : recit contributions compte NOM.", "Accounts are made on the server's machine: recit contributions compte NAME."))</p>

      """
    return page(
      title: tr("Relecture des contributions : connexion", "Reviewing contributions: log in"),
      path: "/moderation/connexion", body: body)
  }

  func logout(_ session: ContributionStore.Session) -> String {
    """
    <form method="post" action="/moderation/deconnexion">
    <input type="hidden" name="csrf" value="\(Self.e(session.csrf))">
    <p>\(Self.e(tr("Connecté : \(session.facilitator)", "Logged in: \(session.facilitator)"))) <button type="submit">\(tr("Se déconnecter", "Log out"))</button></p>
    </form>

    """
  }

  func queue(
    _ contributions: [Contribution], titles: [String: String], session: ContributionStore.Session
  ) -> String {
    var body = logout(session)
    let pending = contributions.filter { $0.status == .pending }
    body +=
      "<p>\(Self.e(tr("\(pending.count) contribution(s) en attente de relecture.", "\(pending.count) contribution(s) awaiting review.")))</p>\n"
    if !contributions.isEmpty {
      body += """
        <table>
        <caption>\(tr("Contributions, les plus anciennes d'abord", "Contributions, oldest first"))</caption>
        <thead><tr><th scope="col">\(tr("Reçue", "Received"))</th><th scope="col">\(tr("Action", "Action"))</th><th scope="col">\(tr("Titre", "Title"))</th><th scope="col">\(tr("Regard", "View"))</th><th scope="col">\(tr("État", "State"))</th></tr></thead>
        <tbody>

        """
      let ordered = pending + contributions.filter { $0.status != .pending }.reversed()
      for contribution in ordered {
        let title = contribution.draft.title ?? tr("(sans titre)", "(untitled)")
        body += """
          <tr><td>\(Self.e(Self.date(contribution.created, language)))</td><td>\(Self.e(titles[contribution.actionID] ?? contribution.actionID))</td><td><a href="/moderation/contributions/\(URLPath.segment(contribution.id))\(suffix)">\(Self.e(title))</a></td><td>\(Self.e(Self.stanceName(contribution.draft.stance, language)))</td><td>\(Self.e(contribution.status.label.text(in: language)))</td></tr>

          """
      }
      body += "</tbody>\n</table>\n"
    }
    return page(
      title: tr("Contributions reçues", "Contributions received"), path: "/moderation/", body: body)
  }

  static func stanceName(_ stance: Stance, _ language: Language) -> String {
    switch (stance, language) {
    case (.contradictory, .fr): "contradictoire"
    case (.contradictory, _): "contradictory"
    case (.alternative, .fr): "alternatif"
    case (.alternative, _): "alternative"
    case (_, .fr): "porté"
    case (_, _): "carried"
    }
  }

  struct ReviewModel {
    var contribution: Contribution
    var actionTitle: String
    var actorNames: [String: String]
    var diff: String?
    var session: ContributionStore.Session
    var notice: String?
    var problem: String?
  }

  func review(_ model: ReviewModel) -> String {
    let contribution = model.contribution
    let draft = contribution.draft
    func name(_ id: String) -> String { model.actorNames[id] ?? id }
    let path = "/moderation/contributions/" + URLPath.segment(contribution.id)
    var body = logout(model.session)
    body +=
      "<p><a href=\"/moderation/\(suffix)\">\(tr("Toutes les contributions", "All contributions"))</a></p>\n"
    if let notice = model.notice {
      body += "<div class=\"recit-succes\" role=\"status\"><p>\(Self.e(notice))</p></div>\n"
    }
    if let problem = model.problem {
      body += "<div role=\"alert\" id=\"erreurs\"><pre>\(Self.e(problem))</pre></div>\n"
    }
    let narrator: String
    switch draft.narrator {
    case .existing(let id): narrator = name(id)
    case .new(let newName, let category):
      narrator =
        "\(newName) (\(tr("nouvel acteur", "new actor")), \(Self.categoryName(category, language)))"
    }
    body += """
      <dl>
      <dt>\(tr("Action", "Action"))</dt><dd>\(Self.e(model.actionTitle))</dd>
      <dt>\(tr("Reçue le", "Received on"))</dt><dd>\(Self.e(Self.date(contribution.created, language)))</dd>
      <dt>\(tr("État", "State"))</dt><dd>\(Self.e(contribution.status.label.text(in: language)))</dd>
      <dt>\(tr("Raconté par", "Told by"))</dt><dd>\(Self.e(narrator))</dd>
      <dt>\(tr("Nom affiché", "Name shown"))</dt><dd>\(draft.showsName ? tr("oui, avec son accord", "yes, with consent") : tr("non : publié sans nom", "no: published without a name"))</dd>
      <dt>\(tr("Regard", "View"))</dt><dd>\(Self.e(Self.stanceName(draft.stance, language)))</dd>
      <dt>\(tr("Titre", "Title"))</dt><dd>\(Self.e(draft.title ?? tr("(sans titre)", "(untitled)")))</dd>

      """
    if let file = contribution.acceptedFile {
      body +=
        "<dt>\(tr("Fichier écrit", "File written"))</dt><dd><code>\(Self.e(file))</code></dd>\n"
    }
    if let note = contribution.decisionNote, !note.isEmpty {
      body += "<dt>\(tr("Note de décision", "Decision note"))</dt><dd>\(Self.e(note))</dd>\n"
    }
    body += "</dl>\n<h2>\(tr("Les rôles", "The roles"))</h2>\n<ul>\n"
    var anyRole = false
    for role in ContributionRoles.actorRoles + ["objet"] {
      let label = ContributionRoles.label(role).text(in: language)
      if role == "objet" {
        if let object = draft.object {
          anyRole = true
          body += "<li>\(Self.e(label)) : \(Self.e(object))</li>\n"
        }
        continue
      }
      let ids = draft.roles[role] ?? []
      guard !ids.isEmpty else { continue }
      anyRole = true
      body += "<li>\(Self.e(label)) : \(Self.e(ids.map(name).joined(separator: ", ")))</li>\n"
    }
    if !anyRole { body += "<li>\(tr("aucun rôle changé", "no role changed"))</li>\n" }
    body += "</ul>\n"
    if !draft.disagreements.isEmpty {
      body += "<h2>\(tr("Les désaccords", "The disagreements"))</h2>\n<ul>\n"
      for disagreement in draft.disagreements {
        let about =
          disagreement.role.map { ContributionRoles.label($0).text(in: language) + " : " } ?? ""
        body += "<li>\(Self.e(about + disagreement.text))</li>\n"
      }
      body += "</ul>\n"
    }
    body += "<h2>\(tr("Le récit", "The narrative"))</h2>\n"
    body +=
      "<p class=\"recit-aide\">\(tr("Affiché tel quel : les liens et le HTML sont montrés comme du texte tant que la contribution n'est pas acceptée.", "Shown as written: links and HTML show as text until the contribution is accepted."))</p>\n"
    body +=
      "<div class=\"recit-texte\">\n"
      + HTMLBody(names: [:], headingOffset: 2, idPrefix: "contribution-", language: language)
      .renderInert(draft.text) + "</div>\n"
    if let diff = model.diff {
      body += """
        <h2>\(tr("L'action a changé depuis l'envoi", "The action changed since it was sent"))</h2>
        <p>\(tr("Ce que la personne a lu, comparé au fichier d'aujourd'hui :", "What the contributor read, compared with today's file:"))</p>
        <pre>\(Self.e(diff))</pre>

        """
    }
    if contribution.status == .pending {
      let changed = model.diff != nil
      body += """
        <h2>\(tr("Décision", "Decision"))</h2>
        <form method="post" action="\(path)/accepter">
        <input type="hidden" name="csrf" value="\(Self.e(model.session.csrf))">
        <label for="champ-note-accepter">\(tr("Note (facultative, gardée au journal)", "Note (optional, kept in the log)"))</label>
        <input type="text" id="champ-note-accepter" name="note" maxlength="500">

        """
      if changed {
        body += """
          <div class="recit-choix"><input type="checkbox" id="champ-malgre_changements" name="malgre_changements" value="oui">
          <label for="champ-malgre_changements">\(tr("Accepter malgré les changements de l'action", "Accept despite the action's changes"))</label></div>

          """
      }
      body += """
        <button type="submit">\(tr("Accepter et ajouter au projet", "Accept and add to the project"))</button>
        </form>
        <form method="post" action="\(path)/refuser">
        <input type="hidden" name="csrf" value="\(Self.e(model.session.csrf))">
        <label for="champ-note-refuser">\(tr("Motif (facultatif, gardé au journal)", "Reason (optional, kept in the log)"))</label>
        <input type="text" id="champ-note-refuser" name="note" maxlength="500">
        <button type="submit">\(tr("Refuser", "Reject"))</button>
        </form>

        """
    }
    let title = tr("Contribution", "Contribution") + " : " + (draft.title ?? model.actionTitle)
    return page(title: title, path: path, body: body)
  }
}
