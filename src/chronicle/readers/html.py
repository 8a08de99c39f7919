"""HTML pages: main text via trafilatura; title, url and publication date from the page markup."""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Iterable, Iterator, Optional

import lxml.etree
import lxml.html
import trafilatura

from chronicle.errors import InputProblem
from chronicle.model import Article

from .common import make_article, parse_date

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# <meta> names/properties that carry the publication date, most specific first.
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
)


def read_html(
    text: str, origin: str, article_id: str, default_date: Optional[date]
) -> Iterator[Article | InputProblem]:
    # lxml refuses str input that carries an XML encoding declaration; the text is decoded already.
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError) as err:
        yield InputProblem(origin, f"not parsable as HTML ({err})")
        return
    day = publication_date(tree) or default_date
    url = _page_url(tree)
    # trafilatura parses its own copy (it prunes the tree it works on).
    body = trafilatura.extract(text, include_comments=False, include_tables=False)
    if not body or not body.strip():
        yield InputProblem(origin, "no article text could be extracted from the page")
        return
    if day is None:
        yield InputProblem(origin, "no date: the page has no publication date in its metadata; pass --date")
        return
    meta = trafilatura.extract_metadata(text)
    yield make_article(
        origin,
        id=article_id,
        date=day,
        text=body,
        title=(meta.title or None) if meta else None,
        url=url or ((meta.url or None) if meta else None),
    )


def publication_date(tree) -> Optional[date]:
    """The first parsable date from meta tags, JSON-LD ``datePublished`` or ``<time datetime>``.

    Only markup is used: dates merely mentioned in the article text are never taken.
    """
    return next((d for d in map(_try_date, _date_candidates(tree)) if d), None)


def _date_candidates(tree) -> Iterable[str]:
    metas = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in metas:
            metas[key] = el.get("content")
    for key in _DATE_META:
        if key in metas:
            yield metas[key]
    for el in tree.xpath('//*[@itemprop="datePublished"]'):
        yield el.get("datetime") or el.get("content") or el.text_content()
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        yield from _json_ld_dates(script.text_content())
    for el in tree.xpath("//time[@datetime]"):
        yield el.get("datetime")


def _json_ld_dates(source: str) -> Iterator[str]:
    try:
        data = json.loads(source)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                yield item["datePublished"]
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def _try_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None


def _page_url(tree) -> Optional[str]:
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = [v.strip() for v in tree.xpath(xpath) if v.strip()]
        if found:
            return found[0]
    return None
