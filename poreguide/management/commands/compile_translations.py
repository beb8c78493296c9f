"""Compile the interface's message catalogues (locale/<lang>/LC_MESSAGES/*.po) into the .mo files Django reads.

`make run`, `make install` and `make test` (so CI too) run it: a fresh machine may lack GNU gettext, which
Django's own `compilemessages` needs, so this uses Babel. The .mo files are build output, never committed.
A catalogue that doesn't parse, or whose translations break a placeholder or a plural, stops the build;
an untranslated or fuzzy entry only warns (it shows in English), and tests/poreguide/test_messages.py fails on it.
"""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def catalogue_files(paths: list[str]) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    return sorted(po for base in settings.LOCALE_PATHS for po in Path(base).glob("*/LC_MESSAGES/*.po"))


# A .po line: blank, a comment, a keyword with a quoted string, or a quoted string continuing one.
# Babel's parser quietly accepts an unquoted string (dropping its first and last letters); this doesn't.
QUOTED = r'"(?:[^"\\]|\\.)*"'
PO_LINE = re.compile(rf"\s*(#.*|(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s+{QUOTED}|{QUOTED})?\s*")


def read_catalogue(po: Path) -> Catalog:
    """The parsed catalogue; CommandError for a syntax error or a translation that breaks its message."""
    try:
        lines = po.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"{po}: {error}") from error
    bad = [f"{po}:{n}: {line}" for n, line in enumerate(lines, 1) if not PO_LINE.fullmatch(line)]
    if bad:
        raise CommandError("\n".join(["Not .po syntax:", *bad]))
    try:
        with po.open("rb") as f:
            catalog = read_po(f, abort_invalid=True)
    except (PoFileError, OSError, ValueError) as error:
        raise CommandError(f"{po}: {error}") from error
    problems = [
        f"{po}:{message.lineno}: {message.id!r}: {error}"
        for message, errors in catalog.check()
        for error in errors
        if not message.fuzzy
    ]
    if problems:
        raise CommandError("\n".join(["Broken translations:", *problems]))
    return catalog


def translated(message) -> bool:
    return all(message.string) if isinstance(message.string, tuple) else bool(message.string)


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files with Babel (no GNU gettext needed)."

    def add_arguments(self, parser):
        parser.add_argument("po", nargs="*", help="catalogues to compile (default: every .po under LOCALE_PATHS)")

    def handle(self, *args, **options):
        files = catalogue_files(options["po"])
        if not files:
            raise CommandError(f"No .po files under LOCALE_PATHS ({', '.join(map(str, settings.LOCALE_PATHS))}).")
        for po in files:
            catalog = read_catalogue(po)
            with po.with_suffix(".mo").open("wb") as f:
                write_mo(f, catalog, use_fuzzy=False)
            messages = [m for m in catalog if m.id]
            untranslated = sum(1 for m in messages if not translated(m))
            fuzzy = sum(1 for m in messages if m.fuzzy)
            self.stdout.write(f"{po}: {len(messages)} messages compiled")
            if untranslated or fuzzy:
                self.stderr.write(f"{po}: {untranslated} untranslated and {fuzzy} fuzzy (shown in English)")
