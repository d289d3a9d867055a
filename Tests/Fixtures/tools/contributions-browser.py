#!/usr/bin/env python3
"""Drives `recit serve --contributions` in Debian's headless Chromium (Playwright), as a
resident of a workshop and then a facilitator would.

    contributions-browser.py --url http://127.0.0.1:PORT --code CODE --action ID \
        --user NAME --password PW --project ROOT

The resident, JavaScript off (the form must work without it): the workshop link
/atelier/CODE (it lists /contribuer/ID), the action page (its link "Racontez-la autrement"),
the form (every field named by the contract, each with an id champ-NAME and a label, the
honeypot hidden); a first submission without a text (past the minimum fill time) gives 422, the errors in
<div role="alert" id="erreurs"> with a link to #champ-texte, and every other field kept; the
text written, 3 s after the form was served, a second submission gives 303 to the private
page, which thanks and shows the withdrawal link. axe-core (WCAG 2.2 A/AA) runs on the workshop
page, the form in French and in English, the refused form, and the facilitator's login, queue
and review, in contexts with JavaScript (axe needs it).

The facilitator, JavaScript on: /moderation/ leads to the login; a wrong password gives 401;
the right one opens the queue; the contribution is shown inert (the <b> and the Markdown link
of its text are text, not markup); accepted, the view says "acceptée" and names the file
written. The action page, rebuilt by the server, then shows the new narrative: its title among
the narratives, its narrator in the comparison of narratives ("Points de vue").

Prints one JSON object on stdout ({"problems": [...], "file": ..., "contribution": ..., ...}).
Exit status: 0 when every check holds, 1 when one fails, 2 when the check could not run (no
browser, no Playwright).

Environment: RECIT_CHROMIUM overrides the browser (default /usr/bin/chromium).
Installed by scripts/setup.sh --tests (Debian chromium, PyPI axe-playwright-python).
"""

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WAIT_MS = 15_000
MINIMUM_FILL_S = 3.0
REBUILD_S = 20.0

NARRATOR_NAME = "Collectif des jardins partagés"
CATEGORY = "habitant"
STANCE = "contradictoire"
TITLE = "Une AMAP née dans les jardins partagés"
DISAGREEMENT = "opposants: le manque de terrains, plus que les habitudes"
TEXT = (
    "Tout a commencé dans les jardins partagés du quartier, bien avant la réunion publique. "
    "Nous échangions déjà des graines et des paniers : c'était <b>gras</b> de promesses.\n\n"
    "Notre histoire est racontée sur [site](https://exemple.fr) par les jardiniers eux-mêmes."
)
# The fields the contract names, by the element that carries them.
FIELDS = {
    "jeton": "input[type=hidden]",
    "langue": "input[type=hidden]",
    "site_web": "input",
    "narrateur": "select",
    "nouveau_nom": "input[type=text]",
    "nouveau_categorie": "select",
    "posture": "input[type=radio]",
    "titre": "input[type=text]",
    "destinateur": "input[type=checkbox]",
    "sujet": "input[type=checkbox]",
    "destinataires": "input[type=checkbox]",
    "adjuvants": "input[type=checkbox]",
    "opposants": "input[type=checkbox]",
    "objet": "input[type=text]",
    "desaccords": "textarea",
    "texte": "textarea",
    "consentement": "input[type=checkbox]",
}
CATEGORIES = ["elu", "agent", "etat", "acteur-socio-economique", "habitant", "autre"]


def fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"contributions-browser: {message}", file=sys.stderr)
    sys.exit(2)


def run_axe(page, label: str) -> list:
    from axe_playwright_python.sync_playwright import Axe
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    result = Axe().run(page, options=options).response
    return [
        {"page": label, "id": rule["id"], "impact": rule.get("impact"), "help": rule.get("help"),
         "targets": [" ".join(map(str, n.get("target", []))) for n in rule.get("nodes", [])]}
        for rule in result.get("violations", [])
    ]


def navigate(page, action) -> "object":
    """Runs `action` (a click, a goto) and returns the main response it led to, after any
    redirections (its `request.redirected_from` tells where it came from)."""
    with page.expect_navigation(wait_until="load", timeout=WAIT_MS) as navigation:
        action()
    return navigation.value


def first_status(response) -> int:
    """The status of the first response of a chain of redirections."""
    request = response.request
    while request.redirected_from is not None:
        request = request.redirected_from
    first = request.response()
    return first.status if first is not None else response.status


def redirect_header(response, name: str):
    """A header of the redirection (303) that led to `response`, None when there was none."""
    previous = response.request.redirected_from
    if previous is None or previous.response() is None:
        return None
    return previous.response().headers.get(name.lower())


def main_text(page) -> str:
    main = page.locator("main")
    return main.first.inner_text() if main.count() else page.inner_text("body")


class Resident:
    """The contributor's part, in a context without JavaScript."""

    def __init__(self, page, args, report: dict, problems: list):
        self.page = page
        self.args = args
        self.report = report
        self.problems = problems
        self.form_path = f"/contribuer/{args.action}"
        self.served_at = 0.0

    def check(self, condition: bool, message: str):
        if not condition:
            self.problems.append(message)
        return condition

    def open_form(self):
        page, args = self.page, self.args
        response = page.goto(f"{args.url}/atelier/{args.code}", wait_until="load")
        self.check(response is not None and response.status == 200,
                   f"/atelier/{args.code}: status {response.status if response else '?'}")
        links = page.locator(f'a[href^="{self.form_path}"]')
        self.check(links.count() >= 1, f"the workshop page has no link to {self.form_path}")
        response = page.goto(f"{args.url}/html/{args.action}.html", wait_until="load")
        self.check(response is not None and response.status == 200,
                   f"/html/{args.action}.html: status {response.status if response else '?'}")
        invitation = page.locator(f'a.recit-contribuer[href="{self.form_path}"]')
        if self.check(invitation.count() == 1,
                      f"the action page has {invitation.count()} link(s) "
                      f"a.recit-contribuer to {self.form_path}"):
            self.check("Racontez-la autrement" in invitation.inner_text(),
                       f"the invitation reads {invitation.inner_text()!r}")
            response = navigate(page, invitation.click)
        else:
            response = page.goto(args.url + self.form_path, wait_until="load")
        self.served_at = time.monotonic()
        self.check(response.status == 200, f"{self.form_path}: status {response.status}")
        self.check(page.url.startswith(args.url + self.form_path), f"the form is at {page.url}")

    def check_form(self):
        page = self.page
        form = page.locator("form#contribution")
        if not self.check(form.count() == 1, "no form#contribution"):
            return
        self.check((form.get_attribute("method") or "").lower() == "post",
                   "the form's method is not post")
        self.check(form.get_attribute("action") == self.form_path,
                   f"the form's action is {form.get_attribute('action')!r}")
        for name, kind in FIELDS.items():
            field = form.locator(f'{kind}[name="{name}"]')
            if not self.check(field.count() >= 1, f"no {kind} named {name}"):
                continue
            if "hidden" in kind:
                continue
            for index in range(field.count()):
                element = field.nth(index)
                identifier = element.get_attribute("id") or ""
                self.check(identifier == f"champ-{name}" or identifier.startswith(f"champ-{name}-"),
                           f"the field {name} has the id {identifier!r}, not champ-{name}")
                if identifier:
                    self.check(page.locator(f'label[for="{identifier}"]').count() >= 1,
                               f"no label for #{identifier}")
        token = form.locator('input[name="jeton"]')
        if token.count():
            self.check(bool(token.first.get_attribute("value")), "the jeton is empty")
        trap = form.locator('input[name="site_web"]')
        if trap.count():
            self.check(not trap.first.is_visible(), "the honeypot site_web is visible")
            self.check(not trap.first.get_attribute("value"), "the honeypot is not empty")
        narrator = form.locator('select[name="narrateur"] option[value="nouveau"]')
        self.check(narrator.count() == 1, "the narrator's list has no option nouveau")
        values = [form.locator('select[name="nouveau_categorie"] option').nth(i).get_attribute(
            "value") for i in range(form.locator('select[name="nouveau_categorie"] option').count())]
        for category in CATEGORIES:
            self.check(category in values, f"no category {category} (has {values})")
        for stance in ("alternatif", "contradictoire"):
            self.check(form.locator(f'input[name="posture"][value="{stance}"]').count() == 1,
                       f"no posture {stance}")
        self.check(form.locator('input[name="consentement"][value="oui"]').count() == 1,
                   "no consentement=oui")
        button = form.locator('button[type="submit"]')
        self.check(button.count() == 1 and button.first.inner_text().strip() == "Envoyer",
                   "no button Envoyer")

    def opponent(self) -> str:
        """An actor to tick as opponent: the habits when the action has them, else the first."""
        boxes = self.page.locator('#contribution input[name="opposants"]')
        values = [boxes.nth(i).get_attribute("value") for i in range(boxes.count())]
        self.report["opponents_offered"] = values
        return "habitudes" if "habitudes" in values else (values[0] if values else "")

    def fill(self, text: str):
        form = self.page.locator("form#contribution")
        form.locator('select[name="narrateur"]').select_option("nouveau")
        form.locator('input[name="nouveau_nom"]').fill(NARRATOR_NAME)
        form.locator('select[name="nouveau_categorie"]').select_option(CATEGORY)
        form.locator(f'input[name="posture"][value="{STANCE}"]').check()
        form.locator('input[name="titre"]').fill(TITLE)
        opponent = self.opponent()
        self.report["opponent"] = opponent
        if opponent:
            form.locator(f'input[name="opposants"][value="{opponent}"]').check()
        form.locator('textarea[name="desaccords"]').fill(DISAGREEMENT)
        form.locator('textarea[name="texte"]').fill(text)
        form.locator('input[name="consentement"][value="oui"]').check()

    def wait_minimum_fill(self):
        """Sleeps until the minimum fill time (and half a second) has passed since the form
        was served."""
        wait = MINIMUM_FILL_S + 0.5 - (time.monotonic() - self.served_at)
        if wait > 0:
            time.sleep(wait)

    def submit(self):
        button = self.page.locator('form#contribution button[type="submit"]')
        return navigate(self.page, button.click)

    def refused_without_text(self):
        page = self.page
        self.fill("")
        # Past the minimum fill time, so that the refusal is the empty text's, not speed's.
        self.wait_minimum_fill()
        response = self.submit()
        self.report["empty_text_status"] = response.status
        self.check(response.status == 422, f"an empty texte gave {response.status}, not 422")
        errors = page.locator('#erreurs[role="alert"]')
        if self.check(errors.count() == 1, "no #erreurs with role=alert after an empty texte"):
            self.report["errors_text"] = errors.inner_text()
            self.check(errors.locator('a[href="#champ-texte"]').count() >= 1,
                       "the errors do not link to #champ-texte")
        self.served_at = time.monotonic()  # the refused form may carry a fresh token
        form = page.locator("form#contribution")
        if not self.check(form.count() == 1, "the refused page has no form#contribution"):
            return
        kept = {
            "narrateur": form.locator('select[name="narrateur"]').input_value() == "nouveau",
            "nouveau_nom": form.locator('input[name="nouveau_nom"]').input_value() == NARRATOR_NAME,
            "nouveau_categorie":
                form.locator('select[name="nouveau_categorie"]').input_value() == CATEGORY,
            "posture": form.locator(f'input[name="posture"][value="{STANCE}"]').is_checked(),
            "titre": form.locator('input[name="titre"]').input_value() == TITLE,
            "desaccords":
                form.locator('textarea[name="desaccords"]').input_value().strip() == DISAGREEMENT,
            "consentement": form.locator('input[name="consentement"]').is_checked(),
        }
        opponent = self.report.get("opponent")
        if opponent:
            kept["opposants"] = form.locator(
                f'input[name="opposants"][value="{opponent}"]').is_checked()
        lost = [name for name, ok in kept.items() if not ok]
        self.check(not lost, f"the refused form lost what was typed in {lost}")
        self.check(bool(form.locator('input[name="jeton"]').first.get_attribute("value")),
                   "the refused form has no jeton")

    def accepted_submission(self):
        page = self.page
        form = page.locator("form#contribution")
        form.locator('textarea[name="texte"]').fill(TEXT)
        # Any field the refused form did not keep is typed again, so that the rest goes on.
        if form.locator('input[name="nouveau_nom"]').input_value() != NARRATOR_NAME:
            self.fill(TEXT)
        self.wait_minimum_fill()
        response = self.submit()
        self.report["submit_status"] = first_status(response)
        self.check(first_status(response) == 303,
                   f"the submission gave {first_status(response)}, not 303")
        identifier = redirect_header(response, "X-Recit-Contribution")
        self.report["contribution"] = identifier
        self.check(bool(identifier), "no X-Recit-Contribution header on the 303")
        self.report["private_url"] = page.url
        self.check(re.search(r"/retrait/[^/?#]+\?merci=1", page.url) is not None,
                   f"the submission led to {page.url}, not /retrait/TOKEN?merci=1")
        token = re.search(r"/retrait/([^/?#]+)", page.url)
        if token:
            link = page.locator(f'main a[href*="/retrait/{token.group(1)}"]')
            self.check(link.count() >= 1, "the thank-you page does not show the private link")
        text = main_text(page)
        self.check("Merci" in text, "the thank-you page does not thank")
        self.check("Retirer ma contribution" in text, "the private page has no withdraw button")


def resident(browser, args, report: dict, problems: list):
    context = browser.new_context(
        locale="fr-FR", viewport={"width": 1280, "height": 900}, java_script_enabled=False,
        bypass_csp=True)
    only_server(context, args.url)
    try:
        person = Resident(context.new_page(), args, report, problems)
        person.open_form()
        person.check_form()
        person.refused_without_text()
        person.accepted_submission()
        report["resident_cookies"] = [
            {key: cookie.get(key) for key in ("name", "httpOnly", "sameSite", "path")}
            for cookie in context.cookies()]
    finally:
        context.close()


def accessibility(browser, args, report: dict, problems: list):
    """axe-core on the form and on the refused form, JavaScript on (axe runs in the page)."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900},
                                  bypass_csp=True)
    only_server(context, args.url)
    try:
        page = context.new_page()
        page.goto(f"{args.url}/atelier/{args.code}", wait_until="load")
        violations = run_axe(page, "workshop")
        page.goto(f"{args.url}/contribuer/{args.action}?langue=en", wait_until="load")
        if page.locator("html").get_attribute("lang") != "en" or \
                "Tell it your way" not in main_text(page):
            problems.append("the form with ?langue=en is not in English")
        violations += run_axe(page, "English form")
        page.goto(f"{args.url}/contribuer/{args.action}", wait_until="load")
        violations += run_axe(page, "form")
        page.locator('#contribution select[name="narrateur"]').select_option("nouveau")
        page.locator('#contribution input[name="nouveau_nom"]').fill("Une personne pressée")
        navigate(page, page.locator('#contribution button[type="submit"]').click)
        if page.locator("#erreurs").count():
            violations += run_axe(page, "refused form")
        else:
            problems.append("the refused form (for axe) has no #erreurs")
        report["axe_violations"] = violations
        if violations:
            problems.append(f"axe-core found {len(violations)} violation(s): "
                            + ", ".join(f"{v['page']}: {v['id']}" for v in violations))
    finally:
        context.close()


def facilitator(browser, args, report: dict, problems: list):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900},
                                  bypass_csp=True)
    only_server(context, args.url)
    page = context.new_page()
    try:
        response = page.goto(f"{args.url}/moderation/", wait_until="load")
        if first_status(response) != 303 or not page.url.split("?")[0].endswith(
                "/moderation/connexion"):
            problems.append(f"/moderation/ without session gave {first_status(response)} "
                            f"to {page.url}, not 303 to /moderation/connexion")
            page.goto(f"{args.url}/moderation/connexion", wait_until="load")
        login = page.locator('form[action="/moderation/connexion"]')
        if login.count() != 1 or login.locator('input[name="csrf"]').count() != 1:
            problems.append("no login form with a csrf field")
            return
        violations = run_axe(page, "login")
        login.locator('input[name="nom"]').fill(args.user)
        login.locator('input[name="mot_de_passe"]').fill(args.password + "-faux")
        response = navigate(page, login.locator('button[type="submit"]').click)
        report["wrong_password_status"] = response.status
        if response.status != 401:
            problems.append(f"a wrong password gave {response.status}, not 401")
        login = page.locator('form[action="/moderation/connexion"]')
        login.locator('input[name="nom"]').fill(args.user)
        login.locator('input[name="mot_de_passe"]').fill(args.password)
        response = navigate(page, login.locator('button[type="submit"]').click)
        if first_status(response) != 303 or response.status != 200:
            problems.append(f"logging in gave {first_status(response)} then {response.status}")
        session = [c for c in context.cookies() if c["name"] == "recit_session"]
        if not session or not session[0].get("httpOnly") or session[0].get("sameSite") != "Strict":
            problems.append(f"the session cookie is not HttpOnly, SameSite=Strict: {session}")
        identifier = report.get("contribution")
        link = page.locator(f'a[href^="/moderation/contributions/{identifier}"]') if identifier \
            else page.locator("a", has_text=TITLE)
        if link.count() == 0:
            link = page.locator("a", has_text=TITLE)
        if link.count() == 0:
            problems.append("the queue does not list the contribution")
            return
        violations += run_axe(page, "queue")
        navigate(page, link.first.click)
        report["review_url"] = page.url
        violations += run_axe(page, "review")
        report["axe_violations_review"] = violations
        if violations:
            problems.append(f"axe-core found {len(violations)} violation(s): "
                            + ", ".join(f"{v['page']}: {v['id']}" for v in violations))
        text = main_text(page)
        if TITLE not in text:
            problems.append("the review does not show the title")
        # Inert: the HTML and the link of the text are shown as text, never as markup.
        if page.locator("main b", has_text="gras").count():
            problems.append("the review renders the <b> of the text as markup")
        if page.locator('a[href^="https://exemple.fr"]').count():
            problems.append("the review renders the text's link as a link")
        if "<b>gras</b>" not in text:
            problems.append("the review does not show <b>gras</b> as text")
        if "exemple.fr" not in text:
            problems.append("the review does not show the link's address as text")
        if page.locator("main script").count():
            problems.append("the review has a script in its main part")
        accept = page.locator('form[action$="/accepter"]')
        if accept.count() != 1 or accept.locator('input[name="csrf"]').count() != 1:
            problems.append("no accept form with a csrf field")
            return
        response = navigate(page, accept.locator('button[type="submit"]').click)
        report["accept_status"] = first_status(response)
        if first_status(response) != 303:
            problems.append(f"accepting gave {first_status(response)}, not 303")
        text = main_text(page)
        report["accepted_view"] = text[:2000]
        if "acceptée" not in text:
            problems.append("the view does not say acceptée after accepting")
        found = re.search(r"actions/[A-Za-z0-9._/-]+\.md", text)
        report["file"] = found.group(0) if found else None
        if not found:
            problems.append("the view does not name the file written")
        elif args.project and not (Path(args.project) / found.group(0)).is_file():
            problems.append(f"the file {found.group(0)} is not in the project")
    finally:
        context.close()


def rebuilt(browser, args, report: dict, problems: list):
    """Polls the action page until its narratives list the new title and its comparison the
    new narrator."""
    context = browser.new_context(locale="fr-FR", java_script_enabled=False, bypass_csp=True)
    only_server(context, args.url)
    page = context.new_page()
    started = time.monotonic()
    seen = {}
    try:
        while True:
            page.goto(f"{args.url}/html/{args.action}.html", wait_until="load")
            compare = page.locator(".recit-compare, .points-de-vue")
            narratives = page.locator(f"#action-{args.action}-recits, .recits")
            seen = {
                "title_in_narratives":
                    narratives.count() > 0 and TITLE in narratives.first.inner_text(),
                "narrator_in_comparison":
                    compare.count() > 0 and NARRATOR_NAME in compare.first.inner_text(),
            }
            if all(seen.values()) or time.monotonic() - started > REBUILD_S:
                break
            time.sleep(0.5)
        report["rebuilt_after_s"] = round(time.monotonic() - started, 2)
        report["rebuilt"] = seen
        if not seen.get("title_in_narratives"):
            problems.append(f"after {REBUILD_S:.0f} s the action page does not show the title "
                            f"{TITLE!r} among its narratives")
        if not seen.get("narrator_in_comparison"):
            problems.append(f"after {REBUILD_S:.0f} s the comparison of narratives does not name "
                            f"{NARRATOR_NAME!r}")
        private = report.get("private_url")
        if private:
            page.goto(private.split("?")[0], wait_until="load")
            text = main_text(page)
            if "acceptée" not in text:
                problems.append("the private page does not say acceptée")
            if page.locator('form[action^="/retrait/"]').count():
                problems.append("the private page still offers to withdraw an accepted one")
    finally:
        context.close()


def only_server(context, url: str):
    """Only the server under test: nothing else loads."""
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(url) else route.abort())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--action", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--project", default="")
    args = parser.parse_args()
    args.url = args.url.rstrip("/")
    try:
        from playwright.sync_api import sync_playwright
        import axe_playwright_python  # noqa: F401
    except ImportError as error:
        fail(f"{error}: run scripts/setup.sh --tests (installs axe-playwright-python)")
    chromium = os.environ.get("RECIT_CHROMIUM", "/usr/bin/chromium")
    if not os.access(chromium, os.X_OK):
        fail(f"no browser at {chromium}: run scripts/setup.sh --tests (installs Debian chromium)")
    report: dict = {"file": None, "contribution": None}
    problems: list = []
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=chromium, headless=True, chromium_sandbox=False,
                args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        except Exception as error:
            fail(f"cannot start {chromium}: {error}")
        try:
            for part in (resident, accessibility, facilitator, rebuilt):
                if part is facilitator and not report.get("contribution") \
                        and report.get("submit_status") != 303:
                    problems.append("no contribution stored: the facilitator's part is skipped")
                    break
                if part is rebuilt and not report.get("file"):
                    problems.append("nothing accepted: the rebuilt page is not checked")
                    break
                try:
                    part(browser, args, report, problems)
                except Exception as error:  # a wait that timed out, a page that did not load
                    problems.append(f"{part.__name__}: {type(error).__name__}: {error}")
                    if part is resident:
                        break
        finally:
            browser.close()
    report["problems"] = problems
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
