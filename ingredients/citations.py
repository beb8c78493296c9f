"""How a source is cited, in one place: the Source model, the catalogue snapshot and the routine use it."""


def format_citation(*, authors: str, title: str, publisher: str, year: int | None, details: str) -> str:
    """The reference as a reader sees it, e.g. “Dong J, Lanoue J, Goldenberg G. Enlarged facial pores:
    an update on treatments. Cutis. 2016;98(1):33-36.”"""
    authors, title, publisher, details = (
        (authors or "").strip(),
        (title or "").strip(),
        (publisher or "").strip(),
        (details or "").strip(),
    )
    parts = [authors, title]
    if publisher and publisher != authors:
        parts.append(publisher)
    if year:
        parts.append(f"{year};{details}" if details else str(year))
    else:
        parts += [details, "n.d."]  # undated web pages, as reference lists write them
    text = ""
    for part in filter(None, parts):
        text += part if part[-1] in ".?!" else part + "."
        text += " "
    return text.strip()
