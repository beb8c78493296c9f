"""`{{ source|citation }}`: a source as a full citation a reader can judge, linked where it has a link."""

from collections.abc import Mapping

from django import template
from django.utils.html import format_html

from ingredients.vocab import SourceKind

register = template.Library()


@register.filter
def citation(source) -> str:
    """Authors, title, journal or publisher, year, as a link when there is one, then the kind of source.

    Works for a `Source` row and for the `{title, url, seed}` dicts a saved routine keeps (title only).
    """
    if isinstance(source, Mapping):
        text, url, kind = source.get("title") or "", source.get("url"), ""
    elif hasattr(source, "citation_text"):  # a Source row
        text, url, kind = source.citation_text(), source.url, source.get_kind_display()
    else:  # a snapshot's or a saved routine's source: the citation is already written out
        text, url = getattr(source, "citation", "") or source.title, source.url
        kind = str(SourceKind(source.kind).label) if getattr(source, "kind", "") in SourceKind.values else ""
    cited = format_html('<a href="{}" rel="noopener noreferrer">{}</a>', url, text) if url else format_html("{}", text)
    if not kind:
        return cited
    return format_html('<cite class="citation">{}</cite> <span class="source-kind">({})</span>', cited, kind)
