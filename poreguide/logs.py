"""Logging filters: no routine token in any log, and no disk filled by one error repeated.

Both are attached to the console handler in settings.LOGGING (Django's own loggers included) and to
gunicorn's error and access logs in deploy/gunicorn.conf.py.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
import traceback

# A routine's address, /r/<token>, also percent-encoded (a `next=` parameter) and inside full URLs.
# A routine's token in a path (/r/<token>/) or a query (/check/?token=<token>, from a routine's page), and
# a calendar subscription's own token (/calendar/<token>.ics).
TOKEN_PATH = re.compile(
    r"(?P<lead>(?:/|%2F)(?:r|calendar)(?:/|%2F)|[?&]token=)(?P<token>[A-Za-z0-9_-]{16,64})", re.IGNORECASE
)
SHOWN = 6  # characters of a token kept in logs and admin: enough to tell routines apart, far too few to guess


def token_ref(token: str) -> str:
    """How logs and admin name a routine: its token's first characters, never the whole token."""
    return f"{token[:SHOWN]}*"


def redact(text: str) -> str:
    return TOKEN_PATH.sub(lambda m: m["lead"] + token_ref(m["token"]), text)


class RedactTokens(logging.Filter):
    """Replace every /r/<token> in a record (message and traceback) by /r/<first 6 characters>*.

    A token is the only key to a routine's health answers, so a log that kept it would be a key
    store. The request line, "Not Found: /r/…" warnings and gunicorn's access lines all pass here.
    """

    formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def env_number(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value not in (None, "") else default


class SummariseRepeats(logging.Filter):
    """Log the first `burst` warnings or errors of one kind per `window` seconds; count the rest.

    One kind is one exception type raised at one place (file and line), or, without an exception,
    one logger and message template ("Not Found: %s"). When a new window opens, its first record
    says how many were left out in the last one. A 15-second database outage under load is then a
    handful of tracebacks, not thousands. Settings: ERROR_LOG_BURST, ERROR_LOG_WINDOW (seconds).
    """

    MAX_KINDS = 1000

    def __init__(self, burst: int | None = None, window: float | None = None, clock=time.monotonic):
        super().__init__()
        self.burst = int(burst if burst is not None else env_number("ERROR_LOG_BURST", 5))
        self.window = float(window if window is not None else env_number("ERROR_LOG_WINDOW", 60))
        self.clock = clock
        self.lock = threading.Lock()
        self.kinds: dict[tuple, list] = {}  # kind -> [window start, count in window, left out]

    @staticmethod
    def kind(record: logging.LogRecord) -> tuple:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            frames = traceback.extract_tb(error.__traceback__)
            where = (frames[-1].filename, frames[-1].lineno) if frames else ("", 0)
            return (type(error).__module__, type(error).__qualname__, *where)
        return (record.name, record.levelno, str(record.msg))

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING or self.burst <= 0:
            return True
        key, now = self.kind(record), self.clock()
        with self.lock:
            state = self.kinds.get(key)
            if state is None or now - state[0] >= self.window:
                left_out = state[2] if state else 0
                if state is None and len(self.kinds) >= self.MAX_KINDS:
                    self.kinds.pop(next(iter(self.kinds)))
                state = self.kinds[key] = [now, 0, 0]
                if left_out:
                    self.annotate(
                        record, f"{left_out} more like this in the previous {self.window:g} s were not logged"
                    )
            state[1] += 1
            if state[1] > self.burst:
                state[2] += 1
                return False
            if state[1] == self.burst:
                self.annotate(record, f"more like this in the next {self.window:g} s are counted, not logged")
        return True

    @staticmethod
    def annotate(record: logging.LogRecord, note: str) -> None:
        record.msg, record.args = f"{record.getMessage()} [{note}]", ()
