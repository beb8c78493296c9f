"""The questionnaire POST, fuzzed: whatever a client sends, never a 5xx, and a routine is saved only
for a complete, valid questionnaire.

Each example starts from `valid_answers()` and mutates it (missing, unknown, repeated, empty and huge
answers, extra fields), or sends raw bytes: non-UTF-8 bodies, wrong or missing content types, junk
multipart, undecodable charsets. An independent oracle says whether the result is still a valid
questionnaire; the expected responses are what Django does with such a body:

* a form body Django can read: 303 to the new routine if valid, else 200 with the error summary;
* a body the view never reads as a form (JSON, text/plain, no content type): 200 with errors;
* a body Django refuses to parse (urlencoded in a charset other than UTF-8, multipart without a
  usable boundary, multipart in a charset that cannot decode text): 400.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingredients.vocab import AgeBand, Concern, Experience, Pregnancy, SkinType, SunExposure, TimeBudget
from routines.models import SavedRoutine
from tests.factories import catalogue_once, valid_answers

pytestmark = pytest.mark.django_db

URL = "/routine/new/"
URLENCODED = "application/x-www-form-urlencoded"
YES_NO = ["yes", "no"]
RADIOS: dict[str, list[str]] = {
    "skin_type": SkinType.values,
    "sensitive": YES_NO,
    "acne_prone": YES_NO,
    "age_band": AgeBand.values,
    "pregnancy": Pregnancy.values,
    "isotretinoin": YES_NO,
    "prescription_retinoid": YES_NO,
    "rosacea_or_eczema": YES_NO,
    "wears_makeup": YES_NO,
    "sun_exposure": SunExposure.values,
    "time_budget": TimeBudget.values,
    "experience": Experience.values,
    "fragrance_free": YES_NO,
}
CONCERNS = Concern.values
FIELDS = [*RADIOS, "concerns"]
HUGE = 100_000

fuzz = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


# Any well-formed token a client makes up: Django's CSRF check only compares cookie and header.
CSRF_SECRET = "fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz"


@pytest.fixture
def client():
    """A client as a browser (or an attacker) is one: CSRF enforced, a CSRF cookie and its header.

    With a CSRF cookie, Django's CSRF check and its error pages read the form data, so unreadable
    bodies must be answered before them (poreguide.middleware.RejectUndecodableFormsMiddleware).
    """
    browser = Client(enforce_csrf_checks=True, HTTP_X_CSRFTOKEN=CSRF_SECRET)
    browser.cookies["csrftoken"] = CSRF_SECRET
    return browser


# --- The oracle ----------------------------------------------------------------------------------


def is_valid(data: dict[str, list[str]]) -> bool:
    """A complete questionnaire: one listed answer per question, and at least one listed concern."""
    for name, choices in RADIOS.items():
        values = data.get(name, [])
        if len(values) != 1 or values[0] not in choices:
            return False
    concerns = data.get("concerns", [])
    return bool(concerns) and all(c in CONCERNS for c in concerns)


def start() -> dict[str, list[str]]:
    return {k: list(v) if isinstance(v, list) else [v] for k, v in valid_answers().items()}


# --- Mutations of valid answers ------------------------------------------------------------------

text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
radio_name = st.sampled_from(list(RADIOS))
any_field = st.sampled_from(FIELDS)
extra_name = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=20).filter(lambda n: n not in FIELDS)


@st.composite
def other_valid_choice(draw):
    name = draw(radio_name)
    return ("set", name, [draw(st.sampled_from(RADIOS[name]))])


@st.composite
def unknown_value(draw):
    name = draw(any_field)
    choices = CONCERNS if name == "concerns" else RADIOS[name]
    value = draw(
        st.one_of(text, st.sampled_from([c.upper() for c in choices]), st.sampled_from([f" {c}" for c in choices]))
    )
    return ("set", name, [value]) if value not in choices else ("set", name, [value + "?"])


@st.composite
def repeated_radio(draw):
    # A radio sent twice, as a tampered form would: the same answer twice, or two different answers.
    name = draw(radio_name)
    first = draw(st.sampled_from(RADIOS[name]))
    second = draw(st.sampled_from(RADIOS[name]))
    return ("set", name, [first, second])


@st.composite
def huge_value(draw):
    name = draw(any_field)
    choices = CONCERNS if name == "concerns" else RADIOS[name]
    filler = draw(st.sampled_from(["x", "é", "\x00", "<", "%"]))
    value = draw(st.sampled_from(["", *choices])) + filler * HUGE
    return ("set", name, [value])


@st.composite
def concerns_list(draw):
    values = draw(st.lists(st.one_of(st.sampled_from(CONCERNS), text), max_size=10))
    return ("set", "concerns", values)


mutation = st.one_of(
    st.tuples(st.just("drop"), any_field),
    st.tuples(st.just("set"), any_field, st.just([""])),
    st.tuples(st.just("set"), any_field, st.just([])),
    other_valid_choice(),
    unknown_value(),
    repeated_radio(),
    huge_value(),
    concerns_list(),
    st.tuples(st.just("extra"), extra_name, st.lists(text, min_size=1, max_size=3)),
)


def apply(data: dict[str, list[str]], mutations) -> dict[str, list[str]]:
    data = {k: list(v) for k, v in data.items()}
    for op, name, *rest in mutations:
        if op == "drop":
            data.pop(name, None)
        else:  # "set" a question's values, or add an "extra" field the form doesn't have
            data[name] = rest[0]
    return data


def urlencoded(data: dict[str, list[str]]) -> bytes:
    return urlencode([(k, v) for k, values in data.items() for v in values]).encode()


# --- Checks ----------------------------------------------------------------------------------------


def post(client, form: dict | None = None, **raw):
    """POST `form` as the test client's multipart encoding, or a raw body: `data=bytes, content_type=...`."""
    before = SavedRoutine.objects.count()
    if raw:
        # The test client sets no Content-Type for an empty body; a real client may send one.
        response = client.generic("POST", URL, **raw, CONTENT_TYPE=raw["content_type"])
    else:
        response = client.post(URL, form or {})
    assert response.status_code < 500, response.content[:500]
    return response, SavedRoutine.objects.count() - before


def assert_saved(response, saved: int) -> None:
    assert response.status_code == 303
    assert saved == 1
    token = re.fullmatch(r"/r/([A-Za-z0-9_-]+)/", response["Location"]).group(1)
    assert SavedRoutine.objects.filter(token=token).exists()


def assert_shown_errors(response, saved: int) -> None:
    assert response.status_code == 200
    assert saved == 0
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert re.search(r"There (is a problem|are \d+ problems) with your answers", html)


def assert_refused(response, saved: int) -> None:
    assert response.status_code == 400
    assert saved == 0


def assert_outcome(response, saved: int, valid: bool) -> None:
    if valid:
        assert_saved(response, saved)
    else:
        assert_shown_errors(response, saved)


# --- Form bodies: mutated answers, urlencoded or multipart -------------------------------------------


@fuzz
@given(mutations=st.lists(mutation, max_size=4), multipart=st.booleans())
@example(mutations=[], multipart=False)
@example(mutations=[("set", "skin_type", ["oily", "dry"])], multipart=False)
@example(mutations=[("set", "skin_type", ["x" * HUGE])], multipart=True)
@example(mutations=[("drop", "concerns")], multipart=True)
@example(mutations=[("extra", "colour", ["blue"])], multipart=False)
def test_mutated_answers_save_a_routine_only_when_valid(client, mutations, multipart):
    data = apply(start(), mutations)
    if multipart:
        response, saved = post(client, data)
    else:
        response, saved = post(client, data=urlencoded(data), content_type=URLENCODED)
    assert_outcome(response, saved, is_valid(data))
    if response.status_code == 200:
        # An error never echoes a huge or hostile value back.
        for values in data.values():
            for value in values:
                if len(value) >= HUGE:
                    assert value[:1000] not in response.content.decode()


# --- Non-UTF-8 bytes in a urlencoded body -----------------------------------------------------------

junk_bytes = st.binary(min_size=1, max_size=20).filter(lambda b: not _utf8(b))


def _utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@fuzz
@given(
    junk=junk_bytes,
    target=st.one_of(any_field, extra_name),
    percent_encoded=st.booleans(),
)
@example(junk=b"\xff\xfe", target="skin_type", percent_encoded=False)
@example(junk=b"\xe9", target="comment", percent_encoded=False)
@example(junk=b"\xe9", target="comment", percent_encoded=True)
def test_non_utf8_bytes_in_a_urlencoded_body(client, junk, target, percent_encoded):
    """Django reads such a body as Latin-1 (raw bytes) or with replacement characters (%XX): the ASCII
    answers survive, so only the question that got the junk is spoiled; junk in a field the form
    doesn't have changes nothing."""
    data = start()
    data.pop(target, None)
    encoded = quote(junk, safe="").encode() if percent_encoded else junk.replace(b"&", b"").replace(b"=", b"")
    body = urlencoded(data) + b"&" + target.encode() + b"=" + encoded
    response, saved = post(client, data=body, content_type=URLENCODED)
    assert_outcome(response, saved, valid=target not in FIELDS)


# --- Raw bodies with the wrong, a missing or a hostile content type ---------------------------------

VALID_BODY = urlencoded(start())
NOT_A_FORM = ["application/json", "text/plain", "text/plain; charset=rot13", "application/octet-stream", "", "x/y"]
UNREADABLE = [
    "multipart/form-data",  # no boundary
    "multipart/form-data; boundary=",
    "application/x-www-form-urlencoded; charset=latin-1",  # urlencoded is UTF-8 only
    "application/x-www-form-urlencoded; charset=utf-16",
]


@fuzz
@given(
    body=st.one_of(st.just(b""), st.just(VALID_BODY), st.binary(max_size=500)),
    content_type=st.sampled_from(NOT_A_FORM),
)
@example(body=b'{"skin_type": "oily"}', content_type="application/json")
@example(body=VALID_BODY, content_type="")
def test_bodies_that_are_not_form_data_are_never_saved(client, body, content_type):
    response, saved = post(client, data=body, content_type=content_type)
    assert_shown_errors(response, saved)


@fuzz
@given(
    body=st.one_of(st.just(b""), st.just(VALID_BODY), st.binary(max_size=500)), content_type=st.sampled_from(UNREADABLE)
)
def test_form_bodies_django_cannot_read_are_bad_requests(client, body, content_type):
    response, saved = post(client, data=body, content_type=content_type)
    assert_refused(response, saved)


@fuzz
@given(body=st.one_of(st.just(b""), st.binary(max_size=500)), charset=st.sampled_from(["", "; charset=utf-8"]))
@example(body=b"", charset="")
def test_junk_bodies_in_a_form_content_type_show_errors(client, body, charset):
    response, saved = post(client, data=body.replace(b"&", b""), content_type=URLENCODED + charset)
    assert_shown_errors(response, saved)


# --- Multipart: junk parts, junk bytes, charsets ------------------------------------------------------

BOUNDARY = "fuzzb0undary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
NON_TEXT_CHARSETS = ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "idna", "punycode", "undefined"]


def multipart(parts: list[tuple[bytes, bytes]], *, filename: bytes | None = None) -> bytes:
    out = b""
    for name, value in parts:
        disposition = b'form-data; name="' + name + b'"'
        if filename is not None:
            disposition += b'; filename="' + filename + b'"'
        out += b"--" + BOUNDARY.encode() + b"\r\nContent-Disposition: " + disposition + b"\r\n\r\n" + value + b"\r\n"
    return out + b"--" + BOUNDARY.encode() + b"--\r\n"


def valid_parts() -> list[tuple[bytes, bytes]]:
    return [(k.encode(), v.encode()) for k, values in start().items() for v in values]


safe_bytes = st.binary(max_size=30).map(lambda b: b.replace(b'"', b"").replace(b"\r", b"").replace(b"\n", b""))


@fuzz
@given(
    junk_parts=st.lists(st.tuples(safe_bytes, st.binary(max_size=50)), min_size=1, max_size=5),
    keep_valid=st.booleans(),
)
def test_multipart_with_junk_parts(client, junk_parts, keep_valid):
    """Junk parts alone are never a questionnaire; added to valid answers, they spoil it only when
    they answer (or re-answer) a question."""
    parts = (valid_parts() if keep_valid else []) + junk_parts
    response, saved = post(client, data=multipart(parts), content_type=MULTIPART)
    data: dict[str, list[str]] = {}
    for name, value in parts:
        data.setdefault(name.decode("utf-8", "replace"), []).append(value.decode("utf-8", "replace"))
    assert_outcome(response, saved, is_valid(data))


@fuzz
@given(body=st.binary(max_size=500))
def test_multipart_junk_without_its_boundary_shows_errors(client, body):
    response, saved = post(client, data=body.replace(b"--", b""), content_type=MULTIPART)
    assert_shown_errors(response, saved)


@settings(max_examples=len(NON_TEXT_CHARSETS) * 2, deadline=None, suppress_health_check=list(HealthCheck))
@given(charset=st.sampled_from(NON_TEXT_CHARSETS), junk=st.binary(max_size=10).map(lambda b: b + b"\xe9"))
@example(charset="rot13", junk=b"\xe9")
def test_multipart_in_a_charset_that_cannot_decode_text_is_a_bad_request(client, charset, junk):
    # Byte codecs (rot13, base64...) decode no text at all; idna, punycode and "undefined" fail on
    # the non-ASCII byte. Django would take any of them from the Content-Type.
    parts = valid_parts()
    parts[0] = (parts[0][0], parts[0][1] + junk)
    response, saved = post(client, data=multipart(parts), content_type=f"{MULTIPART}; charset={charset}")
    assert_refused(response, saved)


def test_a_body_over_the_upload_limit_is_a_bad_request(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 50_000
    data = start()
    data["skin_type"] = ["x" * 60_000]
    response, saved = post(client, data=urlencoded(data), content_type=URLENCODED)
    assert_refused(response, saved)


def test_too_many_fields_is_a_bad_request(client):
    body = urlencoded(start()) + b"&" + b"&".join(b"f%d=1" % i for i in range(1_100))
    response, saved = post(client, data=body, content_type=URLENCODED)
    assert_refused(response, saved)


def test_an_undecodable_form_with_a_csrf_cookie_is_a_bad_request_before_the_csrf_check():
    # A real browser sends the CSRF cookie; the CSRF middleware then reads the form data itself.
    browser = Client(enforce_csrf_checks=True)
    browser.get("/routine/new/")
    assert "csrftoken" in browser.cookies
    before = SavedRoutine.objects.count()
    body = multipart(valid_parts())
    response = browser.generic("POST", "/routine/new/", body, content_type=f"{MULTIPART}; charset=rot13")
    assert response.status_code == 400
    assert SavedRoutine.objects.count() == before
