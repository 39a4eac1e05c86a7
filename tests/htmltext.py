"""Reading the words of a built HTML page (for the tests)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

# letters only: digits, superscript digits (note markers such as ¹) and underscores part words
WORD_RE = re.compile(r"[^\W\d_¹²³⁰⁴⁵⁶⁷⁸⁹]+")


class _MainText(HTMLParser):
    """Collects the text inside ``<article>`` (the page's content), skipping scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.chunks.append(data)


def page_text(path: Path) -> str:
    parser = _MainText()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(parser.chunks)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)
