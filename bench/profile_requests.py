"""Where a request's time goes: the site's WSGI application called in this process, no server, no network.

Not a test. It needs a database with the catalogue loaded and production-like settings, for example:

    export DJANGO_SETTINGS_MODULE=poreguide.settings SECRET_KEY=$(openssl rand -hex 32) \\
        ALLOWED_HOSTS=127.0.0.1 DATABASE_URL=sqlite:////tmp/profile.sqlite3 STATIC_ROOT=/tmp/profile-static \\
        SECURE_SSL_REDIRECT=0 RATELIMIT_ENABLE=0 LOG_LEVEL=ERROR
    .venv/bin/python manage.py migrate -v0 && .venv/bin/python manage.py collectstatic --noinput -v0 \\
        && .venv/bin/python manage.py loaddata catalogue -v0
    .venv/bin/python bench/profile_requests.py              # CPU ms per request: healthz, page, json, post
    .venv/bin/python bench/profile_requests.py post 300     # cProfile of 300 posts, by own time
    .venv/bin/python bench/profile_requests.py page 2000 cumtime

It posts bench/load.py's first answer set (with a CSRF cookie and token, as a browser does) and reads
the page and JSON of the routine that made.
"""

import importlib.util
import io
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_spec = importlib.util.spec_from_file_location("load", ROOT / "bench" / "load.py")  # not bench/ on the path:
load = importlib.util.module_from_spec(_spec)  # bench/labels.py would hide the labels app
_spec.loader.exec_module(load)

from poreguide.wsgi import application  # noqa: E402 - after the path is set


def call(method, path, body=b"", headers=None):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1", "REMOTE_ADDR": "127.0.0.1", "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body), "wsgi.errors": sys.stderr, "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_LENGTH": str(len(body)), "HTTP_ACCEPT_ENCODING": "gzip, deflate, br", "wsgi.multithread": False,
        "wsgi.multiprocess": True, "wsgi.run_once": False, "wsgi.version": (1, 0), **(headers or {}),
    }  # fmt: skip
    sent = {}

    def start_response(status, response_headers, exc_info=None):
        sent["status"], sent["headers"] = status, response_headers

    result = application(environ, start_response)
    body = b"".join(result)
    if hasattr(result, "close"):
        result.close()
    return sent["status"], sent["headers"], body


def targets():
    _, headers, _ = call("GET", "/routine/new/")
    cookies = " ".join(value for name, value in headers if name == "Set-Cookie")  # csrftoken and the language
    token = re.search(r"csrftoken=([^;]+)", cookies).group(1)
    body = urlencode({**load.ANSWERS[0], "csrfmiddlewaretoken": token}, doseq=True).encode()
    post = {"CONTENT_TYPE": "application/x-www-form-urlencoded", "HTTP_COOKIE": f"csrftoken={token}"}
    status, headers, _ = call("POST", "/routine/new/", body, post)
    page = dict(headers)["Location"]
    assert status.startswith("303"), status
    return {
        "healthz": lambda: call("GET", "/healthz"),
        "page": lambda: call("GET", page),
        "json": lambda: call("GET", page.rstrip("/") + ".json"),
        "post": lambda: call("POST", "/routine/new/", body, post),
    }


def main():
    what = sys.argv[1] if len(sys.argv) > 1 else "time"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    found = targets()
    if what == "time":
        for name, request in found.items():
            for _ in range(50):
                request()
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(n):
                request()
            cpu, wall = (time.process_time() - cpu) / n * 1000, (time.perf_counter() - wall) / n * 1000
            print(f"{name}: {cpu:.3f} ms CPU, {wall:.3f} ms wall per request")
        return
    import cProfile
    import pstats

    request = found[what]
    for _ in range(50):
        request()
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(n):
        request()
    profile.disable()
    pstats.Stats(profile).sort_stats(sys.argv[3] if len(sys.argv) > 3 else "tottime").print_stats(40)


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "poreguide.settings")
    main()
