"""No Dutch page shows an English sentence (issue 22): the text a person meets on each Dutch page (and
the texts of the Dutch routine JSON) against the same page in English. A sentence of more than four
words that reads the same in both is flagged, unless it is part of a source's title or citation (cited
in its own language) or a list of names printed on labels (INCI names and their synonyms), or what the
person pasted into the label check.

This passes only with the Dutch interface catalogue (locale/nl) and the Dutch catalogue texts (the
fixture's `_nl` columns) both in place: it is the check that the two are complete.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client
from django.utils.translation import override

from routines.catalogue import current_catalogue
from routines.samples import SAMPLE_PROFILES
from routines.views import save_routine
from tests.factories import catalogue_once
from tests.label_cases import LABELS

pytestmark = pytest.mark.django_db
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

MIN_WORDS = 5
# Titles of works the pages name, in their own language like the sources' titles.
TITLES = ("Web Content Accessibility Guidelines (WCAG) 2.2",)
SKIPPED = {"script", "style", "svg"}
READ_ATTRIBUTES = ("aria-label", "alt", "title", "placeholder")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\s*[\n•·|]\s*")
CHECK_IN = {"oiliness": "2", "blackheads": "2", "breakouts": "1", "irritation": "2", "followed": "most_days"}
DUTCH_LABEL = "Ingrediënten: Aqua, Glycerin, Salicylic Acid, Retinol, Parfum. Gebruik: 's avonds aanbrengen."


@pytest.fixture(scope="module", autouse=True)
def catalogue(django_db_setup, django_db_blocker):
    yield from catalogue_once(django_db_blocker)


class Visible(HTMLParser):
    """The text a person meets: text nodes outside scripts and styles, accessible names, the page's title
    and description."""

    def __init__(self):
        super().__init__()
        self.chunks: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        values = dict(attrs)
        self.chunks.extend(values[a] for a in READ_ATTRIBUTES if values.get(a))
        if tag == "meta" and values.get("name") == "description":
            self.chunks.append(values.get("content") or "")

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data):
        if not self.skipping:
            self.chunks.append(data)


def sentences(texts) -> set[str]:
    out = set()
    for text in texts:
        for part in SENTENCE_END.split(" ".join(str(text).split(" "))):
            part = " ".join(part.split()).strip(" .,;:!?()")
            if len(part.split()) >= MIN_WORDS:
                out.add(part)
    return out


def page_sentences(html: str) -> set[str]:
    parser = Visible()
    parser.feed(html)
    return sentences(parser.chunks)


def json_texts(data) -> list[str]:
    if isinstance(data, dict):
        return [t for k, v in data.items() if k not in ("sources", "answers", "url", "token") for t in json_texts(v)]
    if isinstance(data, list):
        return [t for v in data for t in json_texts(v)]
    return [data] if isinstance(data, str) else []


def allowed_texts() -> tuple[list[str], set[str]]:
    """Source titles and citations (cited in their own language), and the names labels print."""
    with override("en"):
        english = current_catalogue()
    cited = [t for s in english.sources for t in (s.title, s.citation) if t] + list(TITLES)
    names = {n.casefold() for i in english.ingredients for n in (i.inci_name, *i.synonyms, i.name) if n} | {
        n.casefold() for p in english.label_patterns for n in p.names
    }
    return cited, names


def is_allowed(sentence: str, cited: list[str], names: set[str], pasted: str) -> bool:
    if "http" in sentence or any(sentence in c for c in cited) or sentence in pasted:
        return True
    parts = [p.strip().casefold() for p in re.split(r"[,/]", sentence) if p.strip()]
    return bool(parts) and all(p in names for p in parts)


def routines_to_check() -> list[str]:
    tokens = []
    for _label, answers in SAMPLE_PROFILES[:6]:
        routine = save_routine(answers)
        client = Client()
        client.post(f"/r/{routine.token}/check-in/", CHECK_IN)
        client.post(f"/r/{routine.token}/irritated/", {"severity": "mild"})
        tokens.append(routine.token)
    return tokens


def pages(tokens: list[str]) -> list[str]:
    with override("en"):
        slugs = [i.slug for i in current_catalogue().ingredients]
    paths = ["/", "/routine/new/", "/ingredients/", "/myths/", "/check/", "/privacy/", "/accessibility/"]
    paths += ["/nothing-here/", *(f"/routine/steps/{s}/" for s in ("about", "skin", "concerns", "safety", "habits"))]
    paths += [f"/ingredients/{slug}/" for slug in slugs]
    for token in tokens:
        paths += [f"/r/{token}/", f"/r/{token}/summary/"]
    token = tokens[0]
    paths += [f"/r/{token}/{p}/" for p in ("check-in", "irritated", "calendar", "delete")]
    return paths


def test_no_dutch_page_shows_an_english_sentence():
    cited, names = allowed_texts()
    tokens = routines_to_check()
    flagged: dict[str, list[str]] = {}

    def compare(where: str, english: set[str], dutch: set[str], pasted: str = "") -> None:
        same = sorted(s for s in dutch & english if not is_allowed(s, cited, names, pasted))
        if same:
            flagged[where] = same

    client = Client()
    for path in pages(tokens):
        english, dutch = client.get(path), client.get("/nl" + path)
        compare(path, page_sentences(english.content.decode()), page_sentences(dutch.content.decode()))
    for label in (DUTCH_LABEL, LABELS["retinol_squalane"]):
        data = {"label": label, "token": tokens[0]}
        english, dutch = client.post("/check/", data), client.post("/nl/check/", data)
        compare(
            "/check/ (result)", page_sentences(english.content.decode()), page_sentences(dutch.content.decode()), label
        )
        english, dutch = client.post("/check.json", data), client.post("/nl/check.json", data)
        compare("/check.json", sentences(json_texts(english.json())), sentences(json_texts(dutch.json())), label)
    for token in tokens:
        english, dutch = client.get(f"/r/{token}.json").json(), client.get(f"/nl/r/{token}.json").json()
        compare(f"/r/{token[:6]}….json", sentences(json_texts(english)), sentences(json_texts(dutch)))
    total = sum(len(v) for v in flagged.values())
    # The whole list, for whoever translates what is missing.
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "untranslated.json").write_text(json.dumps(flagged, indent=1, ensure_ascii=False) + "\n")
    assert flagged == {}, f"{total} English sentences on Dutch pages"
