"""gunicorn in production: `.venv/bin/gunicorn -c deploy/gunicorn.conf.py poreguide.wsgi`.

Sync workers handle one request at a time and read its body themselves, so a client that sends its
body slowly holds a worker until `timeout`. They must therefore sit behind a proxy that reads whole
requests before passing them on, deploy/nginx.conf: then a trickling client ties up nginx, which
handles thousands of such connections, and never a worker. Never expose this port to clients.

Environment: GUNICORN_BIND (default 127.0.0.1:8000), GUNICORN_WORKERS (default 2 x CPUs + 1),
GUNICORN_TIMEOUT (seconds a request may take, default 30). Tested by tests/poreguide/test_deploy.py.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND") or "127.0.0.1:8000"
workers = int(os.environ.get("GUNICORN_WORKERS") or 2 * multiprocessing.cpu_count() + 1)
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = timeout
# nginx on this machine sets X-Forwarded-Proto; gunicorn trusts it from loopback only (its default).
forwarded_allow_ips = "127.0.0.1,::1"
# No gunicornc control socket: nothing uses it, and two servers on one machine would share its path.
control_socket_disable = True

# One line per request, without the referrer (a routine page's address) or the user agent; the
# path passes poreguide.logs.RedactTokens, which keeps 6 characters of a routine's token.
accesslog = "-"
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms'

_filters = {
    "redact_tokens": {"()": "poreguide.logs.RedactTokens"},
    "summarise_repeats": {"()": "poreguide.logs.SummariseRepeats"},
}
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": _filters,
    "formatters": {
        "generic": {
            "format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s",
            "datefmt": "%Y-%m-%d %H:%M:%S %z",
        },
        "access": {"format": "%(message)s"},
    },
    "handlers": {
        "error": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "generic",
            "filters": ["summarise_repeats", "redact_tokens"],
        },
        "access": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "access",
            "filters": ["redact_tokens"],
        },
    },
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["error"]},
}
