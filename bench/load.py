#!/usr/bin/env python3
"""Load test: gunicorn on loopback with a fresh SQLite database, measured with wrk.

    make bench                      # 60 s per target
    BENCH_SECONDS=10 make bench     # a quick run

Production settings (DEBUG off, static collected, WhiteNoise), except that plain HTTP is allowed
and the rate limits are lifted (RATELIMIT_ENABLE=0), because all the load comes from one address.
Targets: /healthz (the baseline: routing, middleware and one SELECT 1), a saved routine's page
and JSON, and the questionnaire POST (which saves a routine and answers 303). Nothing is installed;
it needs the project's .venv and wrk (Debian/Ubuntu: `sudo apt-get install wrk`).

Environment: BENCH_SECONDS (default 60), BENCH_CONNECTIONS (32), BENCH_THREADS (wrk threads,
default: CPU count, at most 4), BENCH_WORKERS (gunicorn sync workers, default 2 x CPUs + 1),
BENCH_ACCEPT_ENCODING (default "gzip, deflate, br", as browsers send; empty for none).
"""

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
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


def wait_until_up(port, server):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with code {server.returncode}")
        try:
            if request(port, "GET", "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    sys.exit("gunicorn did not answer /healthz within 60 s")


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


def lua_script(directory, name, method="GET", body=None, headers=None):
    lines = [f'wrk.headers["Accept-Encoding"] = "{ACCEPT_ENCODING}"'] if ACCEPT_ENCODING else []
    if method != "GET":
        lines.append(f'wrk.method = "{method}"')
    if body is not None:
        lines.append(f"wrk.body = [==[{body}]==]")
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
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        STATIC_ROOT=str(workdir / "static"),
        SECURE_SSL_REDIRECT="0",  # loopback is plain HTTP; production sits behind TLS
        RATELIMIT_ENABLE="0",  # every request comes from 127.0.0.1
        LOG_LEVEL="ERROR",
    )
    server = None
    try:
        print(f"Preparing a fresh database and static files in {workdir} ...", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        if (ROOT / "fixtures" / "catalogue.json").exists():
            manage(env, "loaddata", "catalogue", "-v0")
        else:
            print("fixtures/catalogue.json not found: running with an empty catalogue")

        port = free_port()
        log = open(workdir / "gunicorn.log", "w")  # noqa: SIM115 (closed with the server, below)
        server = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "poreguide.wsgi", "--workers", str(WORKERS), "--worker-class", "sync",
             "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_until_up(port, server)

        targets = [("GET /healthz", "/healthz", lua_script(workdir, "healthz"))]
        token = csrf_token(port)
        paths, why = make_routines(port, token) if token else ([], "GET /routine/new/ gave no CSRF cookie")
        if paths:
            page, as_json = paths[0], paths[0].rstrip("/") + ".json"
            for name, label, path in [("page", "GET /r/<token>/", page), ("json", "GET /r/<token>.json", as_json)]:
                status = request(port, "GET", path)[0]
                if status == 200:
                    targets.append((label, path, lua_script(workdir, name)))
                else:
                    print(f"skipping {label}: it answered {status}")
            body = form_body(ANSWERS[0], token)
            targets.append(
                ("POST /routine/new/", "/routine/new/", lua_script(workdir, "post", "POST", body, post_headers(token)))
            )
        else:
            print(f"skipping the routine pages and the POST: {why}")
            print("  last lines of the gunicorn log:", *log_tail(workdir), sep="\n    ")

        print(
            f"gunicorn: {WORKERS} sync workers on {CPUS} CPUs; wrk: {THREADS} threads, {CONNECTIONS} connections, "
            f"{SECONDS} s per target (after a {WARMUP_SECONDS} s warm-up), "
            f"Accept-Encoding: {ACCEPT_ENCODING or '(none)'}\n",
            flush=True,
        )
        results = []
        for label, path, script in targets:
            url = f"http://127.0.0.1:{port}{path}"
            run_wrk(url, script, WARMUP_SECONDS)
            stats = run_wrk(url, script, SECONDS)
            rps = stats["requests"] / (stats["duration_us"] / 1e6)
            results.append((label, rps, stats))
            print(f"  measured {label}: {rps:,.0f} req/s", flush=True)

        baseline = results[0][1]
        print(f"\n{'target':<22} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs healthz':>10}")
        for label, rps, stats in results:
            errors = stats["status_errors"] + stats["socket_errors"]
            print(
                f"{label:<22} {rps:>9,.0f} {stats['p50_us'] / 1000:>8.1f} {stats['p99_us'] / 1000:>8.1f} "
                f"{errors:>7.0f} {rps / baseline:>10.2f}"
            )
        print("\nerrors: responses other than 2xx/3xx, plus connect/read/write errors and timeouts (wrk)")
        if any(stats["status_errors"] for _, _, stats in results):
            print("last lines of the gunicorn log:", *log_tail(workdir), sep="\n    ")
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
