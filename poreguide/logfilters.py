"""Keep saved routines' links out of the logs: a routine's token is the only key to it.

Django logs every refused request with its path (e.g. "Not Found: /r/<token>/" or a rate-limited
rebuild), so each log line passing through is rewritten with tokens cut to their first 4 characters:
enough to tell two apart when debugging, useless for opening a routine.
"""

from __future__ import annotations

import logging
import re

TOKEN_IN_PATH = re.compile(r"(/r/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]{12,60}")


def redact(text: str) -> str:
    return TOKEN_IN_PATH.sub(r"\1\2…", text)


class RedactRoutineTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        # Formatters that print the request object would show the full path: drop it.
        if hasattr(record, "request"):
            record.request = None
        return True
