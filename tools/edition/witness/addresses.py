"""Web addresses in a witness's text, and the line breaks a PDF's lines set inside them.

A PDF breaks a long address where its line ends ("…/latex/critical." /
"html", "…/pipermail/ledmac-" / "users/"); the extraction gives the two
halves on two lines, and a reflowed paragraph would print them with a space
between, and take the first half's full stop for a sentence's end. The text
core joins them where the form of the second half says it is the address's
rest, and leaves prose after an address ("http://example.org/ and …") alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: a web address: with its scheme, from "www.", or a domain with a path
URL_RE = re.compile(r"(https?://|www\.)\S+|\b[\w-]+(\.[\w-]+)+/\S*")
#: the rest of an address on the next line: "html", "critical.html", "users/"
ADDRESS_REST_RE = re.compile(r"[a-z0-9][\w./~%#?=&+-]*")
#: the endings of an address's last part that a line may break before, after its dot
ADDRESS_ENDINGS = frozenset({"html", "htm", "shtml", "pdf", "php", "txt", "xml", "asp", "aspx",
                             "org", "com", "net"})
#: what may follow an address's rest: a space, the line's end, or a sentence's punctuation
_AFTER_REST = frozenset(".,;:)]”’\"'")


class BrokenAddress(NamedTuple):
    """An address the line's end broke: its last part before the break, and its rest after it."""

    #: offsets of the last part's start (after the address's last "/") and of the rest's end
    start: int
    end: int
    #: the two halves joined, as the address reads
    joined: str


def broken_addresses(raw: str) -> list[BrokenAddress]:
    """The addresses of *raw* that a line's end breaks, each as the span of its halves around the break.

    An address with a scheme or "www." whose line ends in a character it
    cannot end on before prose goes on ("-", "_", "~", "=", "&", "?", "#",
    "%"), or in "/" or "." with a rest of an address's form after it (a slash,
    a dot or the like inside: "latex/critical.html"), or in "." before a file's
    or a domain's ending ("critical." / "html"), or in "/" before a name with a
    hyphen that is the whole of the next line ("SapienzaNLP/" / "mwsd-datasets").
    """
    found = []
    for m in URL_RE.finditer(raw):
        address, end = m.group(0), m.end()
        if raw[end:end + 1] != "\n" or not address.startswith(("http://", "https://", "www.")):
            continue
        rest = ADDRESS_REST_RE.match(raw, end + 1)
        if rest is None or (rest.end() < len(raw) and not raw[rest.end()].isspace()
                            and raw[rest.end()] not in _AFTER_REST):
            continue
        word = rest.group(0).rstrip(".,;:")
        last = address[-1]
        alone = rest.end() >= len(raw) or raw[rest.end()] == "\n"  # the rest the whole of its line
        if (last in "-_~=&?#%" or (last in "/." and any(c in word for c in "/.#?=&_~%"))
                or (last == "." and word.lower() in ADDRESS_ENDINGS)
                or (last == "/" and "-" in word and alone and word == rest.group(0))):
            start = m.start() + address.rstrip("/").rfind("/") + 1
            rest_end = end + 1 + len(word)
            found.append(BrokenAddress(start, rest_end, raw[start:end] + raw[end + 1:rest_end]))
    return found


def continues_address(line: str, following: str) -> bool:
    """Whether *line* ends in an address that goes on at the start of *following* (:func:`broken_addresses`)."""
    return bool(broken_addresses(f"{line.rstrip()}\n{following.lstrip()}"))
