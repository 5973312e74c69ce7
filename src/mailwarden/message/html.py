"""HTML to readable text and links with selectolax's lexbor engine (scripts and styles dropped)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from mailwarden.message.links import MAX_HREF, MAX_LINK_TEXT, MAX_LINKS, domain_of
from mailwarden.message.model import Link

# Block-level tags end a line: without this, "<div>a</div><div>b</div>" would read "ab".
_BLOCK_START = re.compile(
    r"<(?=/?(?:p|div|br|tr|li|h[1-6]|table|ul|ol|blockquote|hr|title|section|article|header|footer)\b)",
    re.IGNORECASE,
)
_CELL_START = re.compile(r"<(?=/?t[dh]\b)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff\u034f\u00ad]+")
_LINES = re.compile(r"\s*\n\s*")
_DROP = ["script", "style", "noscript", "template", "head"]
_SKIP_HREF = ("#", "cid:")


def render_html(html: str, max_chars: int) -> tuple[str, list[Link]]:
    """Text the reader would see and the links with their shown text (bounded)."""
    marked = _CELL_START.sub(" <", _BLOCK_START.sub("\n<", html))
    tree = LexborHTMLParser(marked)
    links: list[Link] = []
    for node in tree.css("a[href], area[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href or href.startswith(_SKIP_HREF):
            continue
        href = href[:MAX_HREF]
        shown = collapse(node.text(deep=True, separator=" "))[:MAX_LINK_TEXT]
        if not shown and node.tag == "area":
            shown = (node.attributes.get("alt") or "").strip()[:MAX_LINK_TEXT]
        links.append(Link(href=href, text=shown, domain=domain_of(href), in_html=True))
        if len(links) >= MAX_LINKS:
            break
    tree.strip_tags(_DROP)
    root = tree.body or tree.root
    text = root.text(deep=True, separator="") if root is not None else ""
    return collapse(text)[:max_chars], links


def collapse(text: str) -> str:
    """One space between words, one newline between lines."""
    return _LINES.sub("\n", _SPACES.sub(" ", text)).strip()
