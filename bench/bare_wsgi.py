"""The floor for bench/load.py: the smallest WSGI app, served by the same gunicorn as the site.

Whatever the site serves costs at least this (gunicorn's HTTP parsing, a new connection per request
with sync workers, wrk's own work on the same CPUs); `make bench` divides the routine page by it.
"""

BODY = b"ok\n"
HEADERS = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
