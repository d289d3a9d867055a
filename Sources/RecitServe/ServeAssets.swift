/// The two files that only exist in serve mode, at `/__recit/…`: the reload script and the
/// overlay's stylesheet. Served by the server and named by the tags it adds to each page; the
/// project's templates never hold them.
enum ServeAssets {
  static let prefix = "/__recit/"
  static let scriptPath = prefix + "recharger.js"
  static let stylePath = prefix + "diagnostics.css"
  static let eventsPath = prefix + "evenements"

  /// Listens to the server's events; reloads the page only when the version of the build it
  /// was served with differs from the one the server announces. A dropped connection is
  /// retried by EventSource itself and reloads nothing: on reconnection the server announces
  /// its version again, and the page reloads only if the build changed meanwhile.
  static let script = """
    (function () {
      "use strict";
      var script = document.currentScript;
      var version = script ? script.getAttribute("data-version") : null;
      var state = { version: version, announced: null, connected: false };
      window.recitServe = state;
      var hide = document.getElementById("recit-serve-masquer");
      if (hide) {
        hide.addEventListener("click", function () {
          var panel = document.getElementById("recit-serve-diagnostics");
          var expanded = hide.getAttribute("aria-expanded") !== "false";
          hide.setAttribute("aria-expanded", expanded ? "false" : "true");
          if (panel) { panel.classList.toggle("recit-serve-replie", expanded); }
        });
      }
      if (!window.EventSource || !version) { return; }
      var source = new EventSource("\(eventsPath)");
      source.addEventListener("open", function () { state.connected = true; });
      source.addEventListener("error", function () { state.connected = false; });
      source.addEventListener("version", function (event) {
        state.announced = event.data;
        if (event.data !== version) {
          source.close();
          window.location.reload();
        }
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
