"""Real servers for the deployment tests: gunicorn with deploy/gunicorn.conf.py, nginx with deploy/nginx.conf.

They run the production settings (DEBUG off, collected static files) against the test database, so
the data a test commits (`transactional_db`) is what they serve.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
SECRET_KEY = "deploy-tests-" + "k" * 40


def unavailable(message: str):
    if IN_CI:
        pytest.fail(f"{message} (CI=true, so this fails instead of skipping)", pytrace=False)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url() -> str:
    """The test database, as a DATABASE_URL for a server process."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user, password = quote(settings["USER"] or "", safe=""), quote(settings["PASSWORD"] or "", safe="")
    return (
        f"postgres://{user}:{password}@{settings['HOST'] or 'localhost'}:{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def production_env(static_root: Path, **extra: str) -> dict[str, str]:
    """The README's production environment, on loopback."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "poreguide.settings",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(),
        "STATIC_ROOT": str(static_root),
        "SECURE_PROXY_SSL_HEADER": "1",
        "TRUSTED_PROXY_COUNT": "1",
        **extra,
    }


def collect_static(static_root: Path) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=production_env(static_root),
        check=True,
        timeout=300,
    )


def request(port, method, path, body=None, headers=None, *, tls=False, timeout=10.0):
    """(status, headers, body) of one request on a fresh connection."""
    if tls:
        conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=timeout, context=insecure_tls())
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def insecure_tls() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def wait_for(port, process, log: Path, *, tls=False) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            request(port, "GET", "/healthz", tls=tls, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"server did not answer within 60 s:\n{log.read_text()[-3000:]}")


class Server:
    def __init__(self, process, port, log: Path):
        self.process, self.port, self.log = process, port, log

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def gunicorn(tmp: Path, static_root: Path, *, workers: int, name: str = "app", **env: str):
    """gunicorn -c deploy/gunicorn.conf.py poreguide.wsgi, as README's production section runs it."""
    port = free_port()
    log = tmp / f"{name}.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(DEPLOY / "gunicorn.conf.py"), "poreguide.wsgi"],
            cwd=ROOT,
            env={
                **production_env(static_root, **env),
                "GUNICORN_BIND": f"127.0.0.1:{port}",
                "GUNICORN_WORKERS": str(workers),
            },
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(process, port, log)
    try:
        wait_for(port, process, log)
        yield server
    finally:
        server.stop()


def nginx_binary() -> str:
    found = (
        os.environ.get("NGINX")
        or shutil.which("nginx")
        or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    )
    if not found:
        unavailable("nginx not found: install it with `sudo apt-get install nginx`, or set NGINX")
    return found


def self_signed_certificate(tmp: Path) -> tuple[Path, Path]:
    if not shutil.which("openssl"):
        unavailable("openssl not found: install it with `sudo apt-get install openssl`")
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def replace_once(text: str, old: str, new: str, count: int = 1) -> str:
    assert text.count(old) == count, f"deploy/nginx.conf should contain {old!r} {count} time(s)"
    return text.replace(old, new)


@contextmanager
def nginx(tmp: Path, app_port: int):
    """nginx running deploy/nginx.conf as shipped, except for its ports, certificate and log file."""
    binary = nginx_binary()
    cert, key = self_signed_certificate(tmp)
    http_port, https_port = free_port(), free_port()
    site = (DEPLOY / "nginx.conf").read_text()
    site = replace_once(site, "listen 80;", f"listen 127.0.0.1:{http_port};")
    site = replace_once(site, "listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;")
    site = replace_once(site, "server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};")
    site = replace_once(site, "/etc/letsencrypt/live/poreguide.example/fullchain.pem", str(cert))
    site = replace_once(site, "/etc/letsencrypt/live/poreguide.example/privkey.pem", str(key))
    access_log = tmp / "nginx.access.log"
    site = replace_once(site, "/var/log/nginx/poreguide.access.log", str(access_log), count=2)
    (tmp / "poreguide.conf").write_text(site)
    temp = tmp / "nginx-temp"
    temp.mkdir()
    main = f"""
{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
pid {tmp}/nginx.pid;
events {{ worker_connections 512; }}
http {{
    client_body_temp_path {temp}/body; proxy_temp_path {temp}/proxy; fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi; scgi_temp_path {temp}/scgi;
    access_log off;
    include {tmp}/poreguide.conf;
}}
"""
    (tmp / "nginx-main.conf").write_text(main)
    log = tmp / "nginx.error.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [binary, "-p", str(tmp), "-e", str(log), "-c", str(tmp / "nginx-main.conf"), "-g", "daemon off;"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(process, http_port, log)
    server.https_port, server.access_log = https_port, access_log
    try:
        wait_for(http_port, process, log)
        yield server
    finally:
        server.stop()


class Trickle(threading.Thread):
    """A client that sends a request's headers, then its body one byte at a time, as slowly as it likes."""

    def __init__(self, port: int, *, tls: bool, interval: float = 0.5):
        super().__init__(daemon=True)
        self.port, self.tls, self.interval = port, tls, interval
        self.stopped = threading.Event()
        self.connected = threading.Event()

    def run(self):
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        try:
            if self.tls:
                sock = insecure_tls().wrap_socket(sock, server_hostname="localhost")
            # X-Forwarded-Proto: as over TLS (gunicorn trusts it from loopback; nginx sets it), so the
            # app reads the body rather than redirecting to HTTPS without reading it.
            sock.sendall(
                b"POST /routine/new/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Proto: https\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
            )
            self.connected.set()
            while not self.stopped.wait(self.interval):
                sock.sendall(b"a")
        except OSError:
            self.connected.set()
        finally:
            sock.close()


@contextmanager
def trickling(port: int, count: int, *, tls: bool):
    clients = [Trickle(port, tls=tls) for _ in range(count)]
    for client in clients:
        client.start()
    for client in clients:
        client.connected.wait(10)
    try:
        yield clients
    finally:
        for client in clients:
            client.stopped.set()
        for client in clients:
            client.join(10)


def healthz_seconds(port: int, *, tls: bool = False, limit: float = 1.0) -> float | None:
    """How long GET /healthz took, or None if it didn't answer 200 within `limit` seconds."""
    start = time.monotonic()
    try:
        status, _, _ = request(port, "GET", "/healthz", tls=tls, timeout=limit)
    except OSError:  # includes socket.timeout
        return None
    took = time.monotonic() - start
    return took if status == 200 and took < limit else None


class Browser:
    """Cookies kept across requests, whichever server they go to; CSRF sent as htmx sends it."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def send(self, port, method, path, form=None):
        # As behind deploy/nginx.conf: HTTPS, said by X-Forwarded-Proto (trusted from loopback).
        headers = {"X-Forwarded-Proto": "https", "Origin": f"https://127.0.0.1:{port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        status, response_headers, text = request(port, method, path, body, headers)
        for name, value in response_headers:
            if name.lower() == "set-cookie":
                for morsel in SimpleCookie(value).values():
                    if morsel.value:
                        self.cookies[morsel.key] = morsel.value
                    else:
                        self.cookies.pop(morsel.key, None)
        return status, dict(response_headers), text
