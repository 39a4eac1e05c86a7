"""Render a stretch of an HTML page into the plain text a reader gets by copying it from a browser.

Used once, by hand, to make the inputs of the real corpus (``manifest.toml`` names the page and the
stretch for each text); no test runs it. Block elements become paragraphs separated by a blank line,
``<br>`` a line break, runs of white space one space outside ``<pre>``; no word is changed.

    python browser_copy.py PAGE.html START_ANCHOR [END_ANCHOR] > TEXT.txt

START_ANCHOR and END_ANCHOR are ``<a name=…>`` anchors of the page ("-" for the page's start).
"""
from __future__ import annotations

import re
import sys

from bs4 import BeautifulSoup, NavigableString, Tag

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "pre", "blockquote", "li", "table", "tr",
          "ul", "ol", "dl", "dt", "dd", "hr", "center"}


def _inline(node, out: list[str], pre: bool) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if child.__class__.__name__ in ("Comment", "Doctype", "Declaration"):
                continue
            out.append(str(child) if pre else re.sub(r"\s+", " ", str(child)))
        elif isinstance(child, Tag):
            name = child.name.lower()
            if name in ("script", "style", "head", "title"):
                continue
            if name == "br":
                out.append("\n")
            elif name in BLOCKS:
                out.append("\n\n")
                _inline(child, out, pre or name == "pre")
                out.append("\n\n")
            else:
                _inline(child, out, pre)


def render(html: str) -> str:
    out: list[str] = []
    _inline(BeautifulSoup(html, "lxml"), out, False)
    text = "".join(out)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def stretch(html: str, start: str, end: str | None) -> str:
    def at(name: str) -> int:
        found = re.search(rf'<a\s+name="{re.escape(name)}"', html, re.IGNORECASE)
        if not found:
            raise SystemExit(f"no anchor {name!r}")
        return found.start()
    begin = 0 if start == "-" else at(start)
    finish = len(html) if end in (None, "-") else at(end)
    return html[begin:finish]


def page_text(data: bytes) -> str:
    """The page decoded in the character set its ``<meta>`` names (UTF-8 if it names none)."""
    found = re.search(rb"charset=[\"']?([\w-]+)", data[:2048], re.IGNORECASE)
    return data.decode(found.group(1).decode("ascii") if found else "utf-8")


if __name__ == "__main__":
    page, start, *rest = sys.argv[1:]
    with open(page, "rb") as handle:
        source = page_text(handle.read())
    sys.stdout.write(render(stretch(source, start, rest[0] if rest else None)))
