"""The site in two languages: English at every path P, Dutch at its twin /nl + P (contract: "Additions,
turn 3 → Languages"). Django's LocaleMiddleware takes the language from the path; this module adds

- the twin of a path in the other language (the switch on every page, hreflang alternates);
- a first visit sent to its browser's language (`Accept-Language`), once: every page served remembers its
  language in the language cookie, and a request that carries that cookie is never redirected, so a
  person who follows the switch to English, or opens an English link, stays in English.

Outside the languages, as they are not in `i18n_patterns`: admin, /healthz and static files.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_language_from_path, get_language_from_request

# A routine's own pages hold its token in their path: their switch asks for the other language with
# `?language=nl` (answered with a redirect to the twin) so the page never prints its token again (the
# summary for a doctor prints none), and they have no hreflang alternates (they are never indexed).
PRIVATE = re.compile(r"^/(?:r|calendar)/")
SWITCH_PARAMETER = "language"
# Paths that are not pages in a language: machines read them, or they live outside i18n_patterns.
NOT_PAGES = ("/admin/", "/healthz", "/static/")
MACHINE_SUFFIXES = (".json", ".ics")


def language_names() -> dict[str, str]:
    return dict(settings.LANGUAGES)


def twin(path: str, language: str) -> str:
    """`path` (query string and all) in `language`: /nl + P for Dutch, P for English."""
    current = get_language_from_path(path) or settings.LANGUAGE_CODE
    bare = path[len(current) + 1 :] if current != settings.LANGUAGE_CODE else path
    return bare if language == settings.LANGUAGE_CODE else f"/{language}{bare}"


def has_twin(path: str) -> bool:
    """Whether `path` is under the languages (everything but admin, /healthz and static files)."""
    bare = twin(path, settings.LANGUAGE_CODE)
    return not bare.startswith(NOT_PAGES)


def is_page(request: HttpRequest) -> bool:
    """A page a person reads: fetched (not posted, not swapped in by htmx), not JSON or a calendar."""
    path = request.path
    return (
        request.method in ("GET", "HEAD")
        and not request.headers.get("HX-Request")
        and not path.startswith(NOT_PAGES)
        and not path.endswith(MACHINE_SUFFIXES)
    )


def first_visit_language(request: HttpRequest) -> str | None:
    """The language a first visit to an English page is sent to, from its Accept-Language; None to stay.

    Only without the language cookie: once any page was served, the person's last choice stands.
    """
    if settings.LANGUAGE_COOKIE_NAME in request.COOKIES or not is_page(request):
        return None
    if get_language_from_path(request.path_info):
        return None
    wanted = get_language_from_request(request, check_path=False)
    return wanted if wanted != settings.LANGUAGE_CODE else None


class FirstVisitLanguageMiddleware:
    """Send a first visit to its browser's language, and remember the language of each page served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.GET.get(SWITCH_PARAMETER) if is_page(request) else None
        if chosen in language_names():
            # The switch on a routine's own pages: the same page in the chosen language, remembered.
            response = HttpResponseRedirect(twin(request.path, chosen))
            self.set_cookie(response, chosen)
            return response
        wanted = first_visit_language(request)
        if wanted is not None:
            response = HttpResponseRedirect(twin(request.get_full_path(), wanted))
        else:
            response = self.get_response(request)
            self.remember(request, response)
        if is_page(request) and not get_language_from_path(request.path_info):
            # What an English address answers depends on these two: a cache must not mix them up.
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response

    @staticmethod
    def remember(request: HttpRequest, response: HttpResponse) -> None:
        language = get_language()
        if not is_page(request) or not response.get("Content-Type", "").startswith("text/html"):
            return
        if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) == language or language not in language_names():
            return
        FirstVisitLanguageMiddleware.set_cookie(response, language)

    @staticmethod
    def set_cookie(response: HttpResponse, language: str) -> None:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )


def switch_links(path: str) -> list[dict[str, str]]:
    """The links to `path` in the languages other than the current one, each named in its own language."""
    if not has_twin(path):
        return []
    others = [(code, name) for code, name in settings.LANGUAGES if code != get_language()]
    private = is_private(path)
    return [
        {"code": code, "name": name, "href": f"?{SWITCH_PARAMETER}={code}" if private else twin(path, code)}
        for code, name in others
    ]


def is_private(path: str) -> bool:
    return bool(PRIVATE.match(twin(path, settings.LANGUAGE_CODE)))


def language_links(request: HttpRequest) -> dict:
    """Template context: the link to this page in the other language, and hreflang alternates."""
    path = request.get_full_path()
    if not has_twin(path):
        return {}
    if is_private(path):
        return {"language_switch": switch_links(path)}
    alternates = [{"code": code, "href": request.build_absolute_uri(twin(path, code))} for code in language_names()]
    alternates.append({"code": "x-default", "href": request.build_absolute_uri(twin(path, settings.LANGUAGE_CODE))})
    return {"language_switch": switch_links(path), "language_alternates": alternates}
