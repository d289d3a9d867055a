/// The two files that only exist in serve mode, at `/__recit/…`: the reload script and the
/// overlay's stylesheet. Served by the server and named by the tags it adds to each page; the
/// project's templates never hold them.
enum ServeAssets {
  static let prefix = "/__recit/"
  static let scriptPath = prefix + "recharger.js"
  static let stylePath = prefix + "diagnostics.css"
  static let eventsPath = prefix + "evenements"

  /// Listens to the server's events and shows a new build only when the version of the build
  /// the page was served with differs from the one the server announces. A dropped connection
  /// is retried by EventSource itself and changes nothing: on reconnection the server announces
  /// its version again, and the page is updated only if the build changed meanwhile.
  ///
  /// The page is updated in place: the script fetches it again, and when its head (title
  /// aside), its language and its stylesheets (`data-assets`, the digest of the files that are
  /// not pages) are the same, replaces the body and the title, keeping the scroll position; any
  /// other difference, or a page that no longer exists, reloads it. Each update is logged in
  /// the console; `window.recitServe.shown` says which version is on screen since when, and
  /// `steps` when the last update was announced, fetched and swapped (for the latency measure).
  static let script = """
    (function () {
      "use strict";
      var script = document.currentScript;
      var version = script ? script.getAttribute("data-version") : null;
      var assets = script ? script.getAttribute("data-assets") : null;
      var state = {
        version: version, announced: null, connected: false, updates: 0, shown: null,
        steps: null
      };
      function now() { return performance.timeOrigin + performance.now(); }
      window.recitServe = state;
      function bindHide() {
        var hide = document.getElementById("recit-serve-masquer");
        if (!hide) { return; }
        hide.addEventListener("click", function () {
          var panel = document.getElementById("recit-serve-diagnostics");
          var expanded = hide.getAttribute("aria-expanded") !== "false";
          hide.setAttribute("aria-expanded", expanded ? "false" : "true");
          if (panel) { panel.classList.toggle("recit-serve-replie", expanded); }
        });
      }
      function markShown() {
        var shown = state.version;
        window.requestAnimationFrame(function () {
          window.requestAnimationFrame(function () {
            state.shown = { version: shown, at: now() };
          });
        });
      }
      function headKey(doc) {
        var head = doc.head ? doc.head.cloneNode(true) : null;
        if (!head) { return ""; }
        var title = head.querySelector("title");
        if (title) { title.remove(); }
        return (doc.documentElement.getAttribute("lang") || "") + "|" +
          (doc.documentElement.getAttribute("dir") || "") + "|" + head.innerHTML;
      }
      bindHide();
      if (document.readyState === "complete") { markShown(); }
      else { window.addEventListener("load", markShown); }
      if (!window.EventSource || !version) { return; }
      var source = new EventSource("\(eventsPath)");
      var fetching = false;
      function reload() {
        source.close();
        window.location.reload();
      }
      function update() {
        if (fetching || state.announced === null || state.announced === state.version) { return; }
        fetching = true;
        var steps = { announced: now() };
        fetch(window.location.href, { cache: "no-store", credentials: "same-origin" })
          .then(function (response) {
            if (!response.ok) { throw new Error("HTTP " + response.status); }
            return response.text();
          })
          .then(function (text) {
            steps.fetched = now();
            var next = new DOMParser().parseFromString(text, "text/html");
            var tag = next.querySelector("script[data-version]");
            var nextVersion = tag ? tag.getAttribute("data-version") : null;
            if (nextVersion === state.version) {
              fetching = false;
              return;
            }
            if (!nextVersion || !next.body || tag.getAttribute("data-assets") !== assets ||
                headKey(next) !== headKey(document)) {
              reload();
              return;
            }
            tag.remove();
            var x = window.scrollX, y = window.scrollY;
            document.title = next.title;
            document.body.replaceWith(document.adoptNode(next.body));
            window.scrollTo(x, y);
            state.version = nextVersion;
            state.updates += 1;
            steps.swapped = now();
            state.steps = steps;
            bindHide();
            markShown();
            console.info("recit serve : page mise à jour / page updated (" + nextVersion + ")");
            fetching = false;
            update();
          })
          .catch(function () { reload(); });
      }
      source.addEventListener("open", function () { state.connected = true; });
      source.addEventListener("error", function () { state.connected = false; });
      source.addEventListener("version", function (event) {
        state.announced = event.data;
        update();
      });
    })();

    """

  static let style = """
    #recit-serve-diagnostics {
      position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647;
      max-height: 55vh; overflow: auto; box-sizing: border-box;
      margin: 0; padding: 0.75rem 1rem 1rem; border-top: 4px solid #a4000f;
      background: #fff; color: #1b1b1b; font: 15px/1.45 system-ui, sans-serif;
      box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.25);
    }
    #recit-serve-diagnostics.recit-serve-replie { max-height: 3.5rem; overflow: hidden; }
    #recit-serve-diagnostics h2 { margin: 0 0 0.25rem; font-size: 1.1rem; color: #a4000f; }
    #recit-serve-diagnostics .recit-serve-entete { display: flex; gap: 1rem; align-items: baseline; justify-content: space-between; }
    #recit-serve-diagnostics button { font: inherit; padding: 0.2rem 0.7rem; border: 1px solid #1b1b1b; background: #f2f2f2; color: #1b1b1b; cursor: pointer; }
    #recit-serve-diagnostics button:focus-visible, #recit-serve-diagnostics a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
    #recit-serve-diagnostics ol { margin: 0.5rem 0 0; padding-left: 1.5rem; }
    #recit-serve-diagnostics li { margin: 0 0 0.75rem; }
    #recit-serve-diagnostics .recit-serve-lieu { font-family: ui-monospace, monospace; font-weight: 600; }
    #recit-serve-diagnostics .recit-serve-erreur { color: #a4000f; font-weight: 700; }
    #recit-serve-diagnostics .recit-serve-avertissement { color: #7a4100; font-weight: 700; }
    #recit-serve-diagnostics pre { margin: 0.25rem 0; padding: 0.35rem 0.5rem; background: #f4f4f4; color: #1b1b1b; overflow-x: auto; white-space: pre; }
    #recit-serve-diagnostics a { color: #0b4f9c; }

    """
}
