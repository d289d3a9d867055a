#!/usr/bin/env python3
"""Loads `recit serve --contributions` with many submissions at once, and checks its rate limit.
Standard library only (threads and http.client).

    contributions-load.py --url URL --code CODE --action ID --count 200 --concurrency 200 \
        --out results.json [--wait 0] [--replay 5] [--progress FILE]
    contributions-load.py --url URL --code CODE --action ID --burst 30

The first form takes the workshop cookie at /atelier/CODE, fetches COUNT forms (COUNT tokens,
the hidden `jeton`), waits --wait seconds (the server's minimum fill time; 3.5 by default),
then posts the COUNT submissions, at most CONCURRENCY at a time, all released together: each a
valid contribution (narrateur nouveau with a name of its own, category habitant, posture
alternatif, a text). For each it records the status, the X-Recit-Contribution header and the
time in milliseconds; a connection refused or cut (the server killed during the run) is
recorded as "error". --replay K posts the first K accepted forms again: each must come back
200 with the same X-Recit-Contribution (a form is stored once). --progress FILE gets one line
per answer as it comes, for a test that waits for the run to be half done.

It writes to --out (and prints without the per-request list) a JSON object:
    {"count", "concurrency", "statuses": {"303": n, "error": m, ...}, "answered": [ids of the
     303s], "results": [{"index", "status", "id", "ms", "error"}], "replays": [...],
     "seconds", "throughput_per_s", "p50_ms", "p95_ms", "p99_ms", "max_ms"}
and exits 0 once the run is over (the figures say how it went), 2 when it could not start (no
cookie, no form).

The second form sends BURST quick submissions from one address, with the cookie and a token,
and prints {"statuses", "count_429", "retry_after": [...], "retry_after_present",
"form_refilled"}; it exits 0 when some answer was 429 and every 429 had a Retry-After, else 1.
"""

import argparse
import http.client
import json
import math
import os
import socket
import sys
import threading
import time
import urllib.parse
from html.parser import HTMLParser

TIMEOUT_S = 60


def fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"contributions-load: {message}", file=sys.stderr)
    sys.exit(2)


class TokenParser(HTMLParser):
    """The value of the form's hidden `jeton`."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.token = None

    def handle_starttag(self, tag, attrs):
        if tag != "input" or self.token is not None:
            return
        values = dict(attrs)
        if values.get("name") == "jeton":
            self.token = values.get("value") or ""


def token_in(html: str):
    parser = TokenParser()
    parser.feed(html)
    parser.close()
    return parser.token


def cookie_from(headers) -> str:
    """`recit_atelier=CODE` from the Set-Cookie headers, else an empty string."""
    for name, value in headers:
        if name.lower() == "set-cookie" and value.strip().startswith("recit_atelier="):
            return value.split(";", 1)[0].strip()
    return ""


class Server:
    def __init__(self, url: str):
        parts = urllib.parse.urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT_S)

    def get(self, path: str, cookie: str = "", connection=None):
        """(status, headers, body) of GET path."""
        own = connection is None
        connection = connection or self.connection()
        try:
            headers = {"Cookie": cookie} if cookie else {}
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read().decode("utf-8", "replace")
            return response.status, response.getheaders(), body
        finally:
            if own:
                connection.close()


def workshop_cookie(server: Server, code: str) -> str:
    try:
        status, headers, _ = server.get(f"/atelier/{urllib.parse.quote(code)}")
    except OSError as error:
        fail(f"cannot reach the server: {error}")
    cookie = cookie_from(headers)
    if status != 200 or not cookie:
        fail(f"/atelier/{code} gave {status} and no recit_atelier cookie")
    return cookie


def fetch_forms(server: Server, path: str, cookie: str, count: int, workers: int) -> list:
    """`count` tokens, fetched by `workers` threads on kept-alive connections."""
    tokens = [None] * count
    errors = []
    lock = threading.Lock()
    next_index = [0]

    def work():
        connection = server.connection()
        try:
            while True:
                with lock:
                    index = next_index[0]
                    next_index[0] += 1
                if index >= count:
                    return
                try:
                    status, _, body = server.get(path, cookie, connection)
                except (OSError, http.client.HTTPException) as error:
                    connection.close()
                    connection = server.connection()
                    with lock:
                        errors.append(f"{type(error).__name__}: {error}")
                    continue
                token = token_in(body) if status == 200 else None
                if not token:
                    with lock:
                        errors.append(f"GET {path}: {status}, no jeton")
                tokens[index] = token
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(max(1, min(workers, count)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        fail(f"{len(errors)} form(s) could not be fetched, first: {errors[0]}")
    return tokens


def body_for(token: str, index: int, tag: str) -> bytes:
    fields = [
        ("jeton", token),
        ("langue", "fr"),
        ("site_web", ""),
        ("narrateur", "nouveau"),
        ("nouveau_nom", f"Habitante de charge {tag} numéro {index}"),
        ("nouveau_categorie", "habitant"),
        ("posture", "alternatif"),
        ("titre", f"Récit de charge {tag} numéro {index}"),
        ("desaccords", "quete: la distribution commençait plus tôt"),
        ("texte", f"Récit envoyé par l'essai de charge {tag}, numéro {index}. "
                  "Nous étions là dès la première distribution de paniers."),
    ]
    return urllib.parse.urlencode(fields).encode("ascii")


def post(server: Server, path: str, cookie: str, body: bytes, connection=None) -> dict:
    """One submission: {"status", "id", "ms", "retry_after", "body"} or status "error"."""
    own = connection is None
    started = time.monotonic()
    try:
        connection = connection or server.connection()
        connection.request("POST", path, body=body, headers={
            "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        return {
            "status": response.status,
            "id": response.getheader("X-Recit-Contribution"),
            "retry_after": response.getheader("Retry-After"),
            "location": response.getheader("Location"),
            "ms": round((time.monotonic() - started) * 1000, 1),
            "body": text,
        }
    except (OSError, http.client.HTTPException) as error:
        return {"status": "error", "id": None, "ms": round((time.monotonic() - started) * 1000, 1),
                "error": f"{type(error).__name__}: {error}"}
    finally:
        if own and connection is not None:
            connection.close()


def percentile(values: list, fraction: float):
    if not values:
        return None
    ordered = sorted(values)
    # Nearest rank: the smallest value with at least `fraction` of the values at or below it.
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[rank]


def load(args) -> int:
    server = Server(args.url)
    path = f"/contribuer/{urllib.parse.quote(args.action)}"
    cookie = workshop_cookie(server, args.code)
    tokens = fetch_forms(server, path, cookie, args.count, min(args.concurrency, 16))
    served = time.monotonic()
    tag = f"{os.getpid()}-{int(time.time())}"
    bodies = [body_for(token, index, tag) for index, token in enumerate(tokens)]
    wait = args.wait - (time.monotonic() - served)
    if wait > 0:
        time.sleep(wait)

    results = [None] * args.count
    progress = open(args.progress, "a", encoding="utf-8") if args.progress else None
    lock = threading.Lock()
    next_index = [0]
    workers = max(1, min(args.concurrency, args.count))
    barrier = threading.Barrier(workers + 1)

    def work():
        barrier.wait()
        while True:
            with lock:
                index = next_index[0]
                next_index[0] += 1
            if index >= args.count:
                return
            result = post(server, path, cookie, bodies[index])
            result.pop("body", None)
            result["index"] = index
            result["at_ms"] = round((time.monotonic() - released[0]) * 1000, 1)
            results[index] = result
            if progress:
                with lock:
                    progress.write(f"{result['status']} {result['id'] or '-'}\n")
                    progress.flush()

    released = [0.0]
    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    released[0] = time.monotonic()
    barrier.wait()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - released[0]
    if progress:
        progress.close()

    statuses: dict = {}
    for result in results:
        key = str(result["status"])
        statuses[key] = statuses.get(key, 0) + 1
    accepted = [r for r in results if r["status"] == 303 and r["id"]]
    times = [r["ms"] for r in accepted]
    last = max((r["at_ms"] for r in accepted), default=0) / 1000

    replays = []
    for result in accepted[:args.replay]:
        again = post(server, path, cookie, bodies[result["index"]])
        replays.append({"index": result["index"], "id": result["id"], "status": again["status"],
                        "replayed_id": again["id"],
                        "same": again["status"] == 200 and again["id"] == result["id"]})

    report = {
        "count": args.count,
        "concurrency": workers,
        "statuses": statuses,
        "answered": [r["id"] for r in accepted],
        "answered_without_id": sum(1 for r in results if r["status"] == 303 and not r["id"]),
        "errors": sorted({r.get("error", "") for r in results if r["status"] == "error"})[:5],
        "replays": replays,
        "seconds": round(seconds, 3),
        "throughput_per_s": round(len(accepted) / last, 1) if last > 0 else None,
        "p50_ms": percentile(times, 0.50),
        "p95_ms": percentile(times, 0.95),
        "p99_ms": percentile(times, 0.99),
        "max_ms": max(times) if times else None,
    }
    summary = {key: value for key, value in report.items() if key != "answered"}
    report["results"] = results
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def burst(args) -> int:
    server = Server(args.url)
    path = f"/contribuer/{urllib.parse.quote(args.action)}"
    cookie = workshop_cookie(server, args.code)
    token = fetch_forms(server, path, cookie, 1, 1)[0]
    body = body_for(token, 0, f"rafale-{os.getpid()}")
    statuses: dict = {}
    retry_after = []
    missing = 0
    refilled = True
    connection = server.connection()
    started = time.monotonic()
    for _ in range(args.burst):
        result = post(server, path, cookie, body, connection)
        if result["status"] == "error":
            connection.close()
            connection = server.connection()
        key = str(result["status"])
        statuses[key] = statuses.get(key, 0) + 1
        if result["status"] == 429:
            if result.get("retry_after"):
                retry_after.append(result["retry_after"])
            else:
                missing += 1
            text = result.get("body", "")
            if 'id="erreurs"' not in text or "Habitante de charge" not in text:
                refilled = False
    connection.close()
    count_429 = statuses.get("429", 0)
    report = {
        "burst": args.burst,
        "seconds": round(time.monotonic() - started, 3),
        "statuses": statuses,
        "count_429": count_429,
        "retry_after": retry_after,
        "retry_after_present": count_429 > 0 and missing == 0
        and all(value.strip().isdigit() and int(value) > 0 for value in retry_after),
        "form_refilled": count_429 > 0 and refilled,
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0 if report["retry_after_present"] else 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--action", required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--wait", type=float, default=3.5,
                        help="seconds between fetching the forms and posting them")
    parser.add_argument("--replay", type=int, default=0)
    parser.add_argument("--progress", default="")
    parser.add_argument("--out", default="")
    parser.add_argument("--burst", type=int, default=0)
    args = parser.parse_args()
    if args.burst:
        return burst(args)
    if args.count < 1 or args.concurrency < 1:
        fail("--count and --concurrency must be positive")
    return load(args)


if __name__ == "__main__":
    socket.setdefaulttimeout(TIMEOUT_S)
    sys.exit(main())
