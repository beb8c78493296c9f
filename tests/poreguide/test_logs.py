"""Logs: repeated errors are summarised, so an outage can't fill a disk; tokens are redacted."""

from __future__ import annotations

import io
import logging

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import path

import poreguide.urls
from poreguide.logs import RedactTokens, SummariseRepeats, redact


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def failing(n):
    try:
        raise OperationalError(f"connection to server failed (attempt {n})")
    except OperationalError:
        return logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s",
                                 ("/r/x/",), exc_info=__import__("sys").exc_info())  # fmt: skip


def test_the_same_error_is_logged_burst_times_per_window_then_counted():
    clock = Clock()
    summarise = SummariseRepeats(burst=3, window=60, clock=clock)
    passed = [record for n in range(1000) if summarise.filter(record := failing(n))]
    assert len(passed) == 3
    assert "more like this in the next 60 s are counted, not logged" in passed[-1].getMessage()

    clock.now += 61
    record = failing(1001)
    assert summarise.filter(record)
    assert "997 more like this in the previous 60 s were not logged" in record.getMessage()


def test_different_errors_and_messages_are_counted_apart():
    summarise = SummariseRepeats(burst=1, window=60, clock=Clock())
    assert summarise.filter(failing(1))
    assert not summarise.filter(failing(2))
    other = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Not Found: %s", ("/x/",), None)
    assert summarise.filter(other)
    info = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "GET /", (), None)
    assert all(summarise.filter(info) for _ in range(10))  # access lines are never summarised


def test_redaction_keeps_six_characters_of_a_token_anywhere_in_a_line():
    token = "AbCdEfGhIjKlMnOpQrStUvWxYz012345"
    line = f'"GET /r/{token}.json HTTP/1.1" 200 "https://x.example/r/{token}/delete/" next=%2Fr%2F{token}%2F'
    assert (
        redact(line)
        == '"GET /r/AbCdEf*.json HTTP/1.1" 200 "https://x.example/r/AbCdEf*/delete/" next=%2Fr%2FAbCdEf*%2F'
    )
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "%(r)s", ({"r": line},), None)
    RedactTokens().filter(record)
    assert token not in record.getMessage()


def test_redaction_covers_the_label_checks_token_in_a_query():
    token = "AbCdEfGhIjKlMnOpQrStUvWxYz012345"
    assert redact(f'"GET /check/?token={token} HTTP/1.1" 200') == '"GET /check/?token=AbCdEf* HTTP/1.1" 200'
    assert redact(f"/check/?lang=en&token={token}&x=1") == "/check/?lang=en&token=AbCdEf*&x=1"


def database_down(request):
    raise OperationalError('connection to server at "db" failed: Connection refused')


urlpatterns = [path("down/", database_down), path("down.json", database_down), *poreguide.urls.urlpatterns]


@pytest.mark.urls("tests.poreguide.test_logs")
def test_an_outage_writes_a_few_tracebacks_not_one_per_request(monkeypatch):
    handler = logging.getLogger("django").handlers[0]
    [summarise] = [f for f in handler.filters if isinstance(f, SummariseRepeats)]
    monkeypatch.setattr(summarise, "kinds", {})
    stream = io.StringIO()
    old = handler.setStream(stream)
    try:
        client = Client(raise_request_exception=False)
        for _ in range(500):
            assert client.get("/down/").status_code == 500
    finally:
        handler.setStream(old)
    text = stream.getvalue()
    assert text.count("Traceback") == summarise.burst
    assert len(text) < 30_000
