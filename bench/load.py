#!/usr/bin/env python3
"""Load test: gunicorn on loopback with a fresh SQLite database, measured with wrk.

    make bench                      # 60 s per target
    BENCH_SECONDS=10 make bench     # a quick run

Production settings (DEBUG off, static collected, WhiteNoise), except that plain HTTP is allowed
and the rate limits are lifted (RATELIMIT_ENABLE=0), because all the load comes from one address.
Targets: a bare WSGI app under the same gunicorn (bench/bare_wsgi.py: the floor), /healthz (routing,
middleware and one SELECT 1), a saved routine's page (as the bench client asks, and as a browser's
first visit asks, with Accept-Language) and JSON, and the questionnaire POST (which saves a routine
and answers 303). Every target is measured BENCH_ROUNDS times, the targets taking turns, and the table
gives each one's median and the ratios the performance targets name (page / bare WSGI, POST /
healthz), each the median of the ratios within a round. Nothing is installed; it needs the project's
.venv and wrk (Debian/Ubuntu: `sudo apt-get install wrk`).

Environment: BENCH_SECONDS (default 60), BENCH_CONNECTIONS (32), BENCH_THREADS (wrk threads,
default: CPU count, at most 4), BENCH_WORKERS (gunicorn sync workers, default 2 x CPUs + 1),
BENCH_ACCEPT_ENCODING (default "gzip, deflate, br", as browsers send; empty for none), BENCH_ROUNDS
(default 3), BENCH_ONLY (a comma-separated list: only the targets whose label contains one of them,
with the floor and /healthz, e.g. BENCH_ONLY=POST), BENCH_DATABASE_URL (default: a new SQLite file in
the temporary folder; a PostgreSQL URL measures that instead: give it an empty database, made for the
run, since the routines posted stay in it), BENCH_VARIED (256: how many different people's answers the
second POST target takes turns with, each answer from one of the three sets below; 0 leaves it out).
"""

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
CPUS = os.cpu_count() or 1
THREADS = int(os.environ.get("BENCH_THREADS", str(min(CPUS, 4))))
WORKERS = int(os.environ.get("BENCH_WORKERS", str(2 * CPUS + 1)))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
# Only the targets whose label contains one of these (the floor and /healthz are always measured).
ONLY = [part for part in os.environ.get("BENCH_ONLY", "").split(",") if part]
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "")
WARMUP_SECONDS = 2
# What browsers send; BENCH_ACCEPT_ENCODING= (empty) measures clients that take no compression.
ACCEPT_ENCODING = os.environ.get("BENCH_ACCEPT_ENCODING", "gzip, deflate, br")

# Valid answers (docs: /work/shared/spec/contract.md, "Questionnaire fields"), a few different people.
ANSWERS = [
    {
        "skin_type": "oily", "sensitive": "no", "acne_prone": "yes", "concerns": ["enlarged_pores", "blackheads"],
        "age_band": "18_29", "pregnancy": "no", "isotretinoin": "no", "prescription_retinoid": "no",
        "rosacea_or_eczema": "no", "wears_makeup": "yes", "sun_exposure": "moderate", "time_budget": "standard",
        "experience": "beginner", "fragrance_free": "yes",
    },
    {
        "skin_type": "combination", "sensitive": "yes", "acne_prone": "no", "concerns": ["texture", "redness"],
        "age_band": "30_44", "pregnancy": "yes", "isotretinoin": "no", "prescription_retinoid": "no",
        "rosacea_or_eczema": "yes", "wears_makeup": "no", "sun_exposure": "high", "time_budget": "minimal",
        "experience": "beginner", "fragrance_free": "yes",
    },
    {
        "skin_type": "normal", "sensitive": "no", "acne_prone": "no",
        "concerns": ["fine_lines", "sun_damage", "dullness"], "age_band": "45_59", "pregnancy": "no",
        "isotretinoin": "no", "prescription_retinoid": "yes",
        "rosacea_or_eczema": "no", "wears_makeup": "yes", "sun_exposure": "low", "time_budget": "full",
        "experience": "experienced", "fragrance_free": "no",
    },
]  # fmt: skip


def mixed_answers(count, seed=2026):
    """`count` different valid answer sets, each question's answer taken from one of ANSWERS at random: a
    POST target that isn't one person posting again and again (the engine's memo, the parts store)."""
    import random

    rng = random.Random(seed)
    seen, out = set(), []
    while len(out) < count:
        answers = {name: rng.choice(ANSWERS)[name] for name in ANSWERS[0]}
        key = json.dumps(answers, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(answers)
    return out


VARIED = int(os.environ.get("BENCH_VARIED", "256"))  # answer sets of the varied POST target; 0: none

REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_JSON {\\"requests\\": %.0f, \\"duration_us\\": %.0f, \\"p50_us\\": %.0f, \\"p99_us\\": %.0f, "
    .. "\\"status_errors\\": %.0f, \\"socket_errors\\": %.0f}\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, timeout=600)


def wait_until_up(port, server, path="/healthz"):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with code {server.returncode}")
        try:
            if request(port, "GET", path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    sys.exit(f"gunicorn did not answer {path} within 60 s")


def csrf_token(port):
    """The CSRF cookie a browser would get from the questionnaire, or None if there is none yet."""
    status, headers, _ = request(port, "GET", "/routine/new/")
    if status != 200:
        return None
    cookie = SimpleCookie()
    for name, value in headers:
        if name.lower() == "set-cookie":
            cookie.load(value)
    return cookie["csrftoken"].value if "csrftoken" in cookie else None


def form_body(answers, token):
    return urlencode({**answers, "csrfmiddlewaretoken": token}, doseq=True)


def post_headers(token):
    return {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={token}"}


def make_routines(port, token):
    """Post each answer set; the saved routines' paths, or a reason why there are none."""
    paths = []
    for answers in ANSWERS:
        status, headers, _ = request(port, "POST", "/routine/new/", form_body(answers, token), post_headers(token))
        location = {key.lower(): value for key, value in headers}.get("location", "")
        match = re.search(r"/r/([A-Za-z0-9_-]+)/$", location)
        if status != 303 or not match:
            return [], f"POST /routine/new/ answered {status} {location}".strip()
        paths.append(f"/r/{match.group(1)}/")
    return paths, None


def log_tail(workdir, lines=8):
    return (workdir / "gunicorn.log").read_text(errors="replace").splitlines()[-lines:]


def lua_script(directory, name, method="GET", body=None, headers=None, bodies=None):
    lines = [f'wrk.headers["Accept-Encoding"] = "{ACCEPT_ENCODING}"'] if ACCEPT_ENCODING else []
    if method != "GET":
        lines.append(f'wrk.method = "{method}"')
    if body is not None:
        lines.append(f"wrk.body = [==[{body}]==]")
    if bodies:  # each request the next body, in turn (per wrk thread)
        lines.append("bodies = {" + ", ".join(f"[==[{b}]==]" for b in bodies) + "}")
        lines.append("sent = 0")
        lines.append(
            "request = function() sent = sent + 1; return wrk.format(nil, nil, nil, bodies[(sent % #bodies) + 1]) end"
        )
    for key, value in (headers or {}).items():
        lines.append(f'wrk.headers["{key}"] = [==[{value}]==]')
    path = Path(directory) / f"{name}.lua"
    path.write_text("\n".join(lines) + "\n" + REPORT)
    return path


def run_wrk(url, script, seconds):
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script), url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    for line in result.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return json.loads(line.removeprefix("BENCH_JSON "))
    sys.exit(f"wrk failed:\n{result.stdout}\n{result.stderr}")


BARE, HEALTHZ, PAGE, POST = "GET / (bare WSGI)", "GET /healthz", "GET /r/<token>/", "POST /routine/new/"
# The ratios the performance targets are stated in (docs/benchmarks.md): what, against what, the target.
RATIOS = [
    (PAGE, BARE, 0.40),
    (f"{PAGE} (fresh)", BARE, 0.40),
    ("GET /r/<token>.json", BARE, None),
    (HEALTHZ, BARE, None),
    (POST, HEALTHZ, 0.30),
    (f"{POST} ({VARIED} people)", HEALTHZ, None),
    (PAGE, HEALTHZ, None),
]


def lua_fresh_page(directory, label, path):
    """The page as a new visitor's browser asks for it: no cookies, and `Accept-Language` set."""
    script = lua_script(directory, "page-fresh", headers={"Accept-Language": "en-GB,en;q=0.9"})
    return (f"{label} (fresh)", path, script)


def checkpoint(database):
    """Empty SQLite's WAL between targets, so the reads measured after the POST target don't pay for
    the megabytes of routines it left there (each target starts from the same kind of database)."""
    with sqlite3.connect(database, timeout=30) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def saved_routines(workdir):
    """How many routines the SQLite database holds (None on PostgreSQL: not counted there)."""
    if DATABASE_URL:
        return None
    with sqlite3.connect(workdir / "db.sqlite3", timeout=30) as connection:
        (count,) = connection.execute("SELECT COUNT(*) FROM routines_routine").fetchone()
    connection.close()
    return count


def load_average():
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def stop(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def report(rounds):
    """Each target's median over the rounds, then the ratios (each the median of one round's ratios)."""
    print(
        f"\n{'target':<34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}   (medians of {len(rounds)} rounds)"
    )
    for label in rounds[0]:
        runs = [r[label] for r in rounds]
        errors = sum(s["status_errors"] + s["socket_errors"] for s in runs)
        print(
            f"{label:<34} {statistics.median(s['rps'] for s in runs):>9,.0f} "
            f"{statistics.median(s['p50_us'] for s in runs) / 1000:>8.1f} "
            f"{statistics.median(s['p99_us'] for s in runs) / 1000:>8.1f} {errors:>7.0f}"
        )
    print(
        "\nerrors: responses other than 2xx/3xx, plus connect/read/write errors and timeouts (wrk), all rounds;"
        "\n  for the POST targets also posts that saved no routine (counted in the database, on SQLite)\n"
    )
    for what, against, target in RATIOS:
        if what not in rounds[0] or against not in rounds[0]:
            continue
        ratios = [r[what]["rps"] / r[against]["rps"] for r in rounds]
        median = statistics.median(ratios)
        verdict = "" if target is None else f"   target >= {target:.2f}: {'met' if median >= target else 'NOT met'}"
        rounds_text = ", ".join(f"{x:.2f}" for x in ratios)
        print(f"{what + ' / ' + against:<52} {median:>5.2f}  (rounds: {rounds_text}){verdict}")


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed. On Debian or Ubuntu: sudo apt-get install wrk")
    workdir = Path(tempfile.mkdtemp(prefix="poreguide-bench-"))
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "RATELIMIT_", "AXES_", "DEBUG", "DATABASE_URL", "STATIC_ROOT"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="poreguide.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=DATABASE_URL or f"sqlite:///{workdir / 'db.sqlite3'}",
        STATIC_ROOT=str(workdir / "static"),
        SECURE_SSL_REDIRECT="0",  # loopback is plain HTTP; production sits behind TLS
        RATELIMIT_ENABLE="0",  # every request comes from 127.0.0.1
        LOG_LEVEL="ERROR",
    )
    servers = []
    try:
        print(f"Preparing a fresh database and static files in {workdir} ...", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        if (ROOT / "fixtures" / "catalogue.json").exists():
            manage(env, "load_catalogue_if_empty")
        else:
            print("fixtures/catalogue.json not found: running with an empty catalogue")

        port = free_port()
        log = open(workdir / "gunicorn.log", "w")  # noqa: SIM115 (closed with the server, below)
        server = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "poreguide.wsgi", "--workers", str(WORKERS), "--worker-class", "sync",
             "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        servers.append(server)
        wait_until_up(port, server)
        bare_port = free_port()
        bare = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "bare_wsgi", "--chdir", str(ROOT / "bench"), "--workers", str(WORKERS),
             "--worker-class", "sync", "--bind", f"127.0.0.1:{bare_port}", "--log-level", "warning"],
            cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        servers.append(bare)
        wait_until_up(bare_port, bare, "/")

        targets = [
            (BARE, f"http://127.0.0.1:{bare_port}/", lua_script(workdir, "bare")),
            (HEALTHZ, "/healthz", lua_script(workdir, "healthz")),
        ]
        token = csrf_token(port)
        paths, why = make_routines(port, token) if token else ([], "GET /routine/new/ gave no CSRF cookie")
        if paths:
            page, as_json = paths[0], paths[0].rstrip("/") + ".json"
            for name, label, path in [("page", "GET /r/<token>/", page), ("json", "GET /r/<token>.json", as_json)]:
                status = request(port, "GET", path)[0]
                if status == 200:
                    targets.append((label, path, lua_script(workdir, name)))
                    if name == "page":
                        targets.append(lua_fresh_page(workdir, label, path))
                else:
                    print(f"skipping {label}: it answered {status}")
            body = form_body(ANSWERS[0], token)
            targets.append((POST, "/routine/new/", lua_script(workdir, "post", "POST", body, post_headers(token))))
            if VARIED:
                bodies = [form_body(answers, token) for answers in mixed_answers(VARIED)]
                script = lua_script(workdir, "post-varied", "POST", None, post_headers(token), bodies)
                targets.append((f"{POST} ({VARIED} people)", "/routine/new/", script))
        else:
            print(f"skipping the routine pages and the POST: {why}")
            print("  last lines of the gunicorn log:", *log_tail(workdir), sep="\n    ")

        if ONLY:
            targets = [t for t in targets if t[0] in {BARE, HEALTHZ} or any(o in t[0] for o in ONLY)]
        print(
            f"gunicorn: {WORKERS} sync workers on {CPUS} CPUs; wrk: {THREADS} threads, {CONNECTIONS} connections, "
            f"{SECONDS} s per target (after a {WARMUP_SECONDS} s warm-up), {ROUNDS} round(s), "
            f"Accept-Encoding: {ACCEPT_ENCODING or '(none)'}; load average before: {load_average()}\n",
            flush=True,
        )
        rounds = []
        for number in range(1, ROUNDS + 1):
            results = {}
            for label, path, script in targets:
                url = path if path.startswith("http") else f"http://127.0.0.1:{port}{path}"
                before = saved_routines(workdir)
                warm_up = run_wrk(url, script, WARMUP_SECONDS)
                stats = run_wrk(url, script, SECONDS)
                stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
                if label.startswith(POST) and before is not None:
                    # Every post must have saved a routine (a form shown again with errors answers 200).
                    posted = warm_up["requests"] + stats["requests"]
                    stats["status_errors"] += max(0, posted - (saved_routines(workdir) - before))
                results[label] = stats
                if not DATABASE_URL:
                    checkpoint(workdir / "db.sqlite3")
                print(f"  round {number}: {label}: {stats['rps']:,.0f} req/s", flush=True)
            rounds.append(results)
        report(rounds)
        print(f"load average after: {load_average()}")
        if any(stats["status_errors"] for results in rounds for stats in results.values()):
            print("last lines of the gunicorn log:", *log_tail(workdir), sep="\n    ")
    finally:
        for server in servers:
            stop(server)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
