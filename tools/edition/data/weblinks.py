"""The one rule for a web address that contributed data links to: :func:`address_refusal`.

A contributor's address becomes a link in the HTML and the PDF: a ``url`` of the bibliography
(:mod:`.bibliography`) and an ``http:``/``https:`` link of a glossary entry, an editor's note or an
index note (:mod:`.markup`). A reader's browser reads it with the WHATWG URL standard, which is
lenient where a reviewer's eye is not: a backslash is a slash (``http:\\\\127.1\\x``), slashes may be
missing or doubled (``http:/127.1``, ``https:127.1``, ``http:///127.1``), tabs and line feeds are
dropped, what comes before an ``@`` is a user name (``http://good.example@127.1/``), the host is
percent-decoded and IDNA-mapped (``127.1%2e``, full-width digits), and a host whose last label is a
number is an IPv4 address in decimal, octal or hexadecimal, in one to four parts (``0x7f.1``,
``2130706433``). So an address is judged by form, and allowed only in the one form that a reader
and a browser read alike:

- ``http://`` or ``https://`` (any case), then the host at once: no other scheme, no missing or
  extra slash;
- no backslash, and no blank, control or invisible character anywhere (browsers drop some and
  stop at others);
- no user name or password (``…@``) before the host;
- a port, if any, of digits (at most 65535);
- a host that is a domain name a site can register: after the WHATWG host parser's own steps
  (percent-decoding, the IDNA mapping of UTS #46 with its lower case and full stops, a final dot
  dropped) of two labels or more, each a valid IDNA label, whose last is a top-level name of the
  root zone (IANA's list, vendored as ``data/top-level-names.txt``: so no ``.svc``, ``.consul``,
  ``.cluster``, names private networks answer and the root does not delegate); not a number in any
  notation a browser reads (:func:`ends_in_a_number`), not an IP literal (``[::1]``), not one label
  (``localhost``), not under a name reserved for local networks, tests or documentation
  (:data:`RESERVED_NAMES`: ``localhost``, ``local``, ``internal`` …).

A reader needs the site's public name, which outlives the machines that serve it; a number, a
name of the local network or a user name in front of the host sends the browser elsewhere than
the reviewer saw. Tested in ``tests/test_security_round9.py`` (every form the red team found, and
near misses that pass, alone, in the bibliography, in contributed text and on a page), in
``tests/test_sphinxext_safety.py`` (the build's guard) and on the hostile corpus.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote

#: the schemes an address may have
WEB_SCHEMES = ("http", "https")
#: top-level names reserved for local networks, tests, documentation and other uses than a public
#: site (RFC 2606, RFC 6761, RFC 6762, RFC 7686, RFC 8375, RFC 9476, ICANN's ``internal``), and those
#: private networks commonly use and ICANN does not delegate (``lan``, ``home``, ``corp`` …)
RESERVED_NAMES = frozenset({
    "localhost", "localdomain", "local", "internal", "intranet", "private", "lan", "home", "corp",
    "invalid", "test", "example", "onion", "alt", "arpa",
})
#: an address as it must begin: a scheme, ``//`` and the first character of the host (not a slash)
START_RE = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*):(?P<rest>.*)$", re.S)
#: a port: digits
PORT_RE = re.compile(r"^[0-9]{1,5}$")
#: IANA's list of the root zone's top-level names (``tlds-alpha-by-domain.txt``, upper case, a
#: ``# Version`` line first), vendored; refreshed from https://data.iana.org/TLD/tlds-alpha-by-domain.txt
#: when the constraints are (``constraints.txt``), since a name the root gains is refused until then
ROOT_ZONE_FILE = Path(__file__).with_name("top-level-names.txt")


@functools.cache
def root_zone() -> frozenset[str]:
    """The top-level names of the root zone, lower case (ASCII; an IDNA name as its ``xn--`` label)."""
    lines = ROOT_ZONE_FILE.read_text(encoding="ascii").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


#: a top-level name: letters, or an IDNA label
TOP_LEVEL_RE = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9\-]{1,59})$")


def address_refusal(address: str) -> str | None:
    """Why *address* may not be linked to (a phrase to put after "the address …"), or ``None``.

    >>> address_refusal("https://www.marxists.org/archive/lenin/")
    >>> address_refusal("http://127.1/")
    'names its host by a number (127.1): give the site by its public name'
    """
    for char in address:
        if _blank_or_control(char):
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            return f"holds {name} (U+{ord(char):04X}): an address has no blank, control or invisible character"
    if "\\" in address:
        return "holds a backslash, which a browser reads as '/': write the address without it"
    m = START_RE.match(address)
    if m is None or m.group("scheme").lower() not in WEB_SCHEMES:
        scheme = m.group("scheme") if m else None
        return "is not an http: or https: address" + (f" (its scheme is {scheme}:)" if scheme else "")
    rest = m.group("rest")
    if not rest.startswith("//") or rest.startswith("///"):
        return f"must give its host right after '{m.group('scheme')}://' (a browser reads other slashes otherwise)"
    authority = re.split(r"[/?#]", rest[2:], maxsplit=1)[0]
    if "@" in authority:
        return "has a user name before its host ('…@'): a browser goes to the host after the '@'"
    if authority.startswith("["):
        return f"names its host by a number, an IP address ({authority}): give the site by its public name"
    written, colon, port = authority.partition(":")
    if colon and not (PORT_RE.match(port) and int(port) <= 65535):
        return f"has a port that is not a number from 0 to 65535 ({port!r})"
    return host_refusal(written)


def host_refusal(written: str) -> str | None:
    """Why the host *written* (as in an address, before the port) is not a public domain name, or ``None``."""
    if not written:
        return "names no host"
    host, refusal = web_host(written)
    if refusal is not None:
        return refusal
    assert host is not None
    labels = host.split(".")
    if labels[-1] in RESERVED_NAMES:
        return (f"names a host under .{labels[-1]} ({written}), a name kept for local networks, tests "
                "or documentation: give the site's public address")
    if len(labels) < 2:
        return f"names a host of one label ({written}): give the site's public domain name"
    if not TOP_LEVEL_RE.match(labels[-1]):
        return f"names a host whose last label is not a top-level name ({written})"
    if labels[-1] not in root_zone():
        return (f"names a host under .{labels[-1]} ({written}), which is no top-level name of the root zone "
                "(a name a private network answers, such as .svc or .consul): give the site's public address")
    return None


def web_host(written: str) -> tuple[str | None, str | None]:
    """The host *written* as a browser reads it (WHATWG's host parser): ``(host, None)``, the
    host in ASCII, lower case, without a final dot; or ``(None, why)`` where it is a number or is
    not a valid domain name."""
    try:
        decoded = unquote(written, errors="strict")
    except UnicodeDecodeError:
        return None, f"names a host whose percent-escapes are not UTF-8 ({written})"
    # the numbers are judged on the mapped form too, so that a number IDNA refuses is still called one
    mapped = re.sub("[\u3002\uff0e\uff61]", ".", unicodedata.normalize("NFKC", decoded)).lower()
    if ends_in_a_number(mapped):
        return None, f"names its host by a number ({written}): give the site by its public name"
    import idna

    try:
        ascii_host = idna.encode(decoded, uts46=True, transitional=False, std3_rules=False).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError) as err:
        return None, f"names a host that is not a valid domain name ({written}: {err})"
    ascii_host = ascii_host.removesuffix(".")
    if ends_in_a_number(ascii_host):
        return None, f"names its host by a number ({written}): give the site by its public name"
    if not ascii_host or len(ascii_host) > 253:
        return None, f"names a host that is not a valid domain name ({written})"
    return ascii_host, None


def address_host(address: str) -> str | None:
    """The host a browser goes to for *address* (``https://host/…``, or ``host/…`` without a scheme,
    as a web archive writes the page it keeps), read as :func:`web_host` reads it; ``None`` where
    it has none that is a name. What decides whether a source is of a refused kind
    (:mod:`.sourcing`): the name there is the one the link leads to, however it is written."""
    rest = re.sub(r"^[A-Za-z][A-Za-z0-9+.\-]*:[/\\]*", "", address.strip())
    authority = re.split(r"[/\\?#]", rest, maxsplit=1)[0].rpartition("@")[2]
    host, _ = web_host(authority.partition(":")[0]) if authority else (None, None)
    return host


def ends_in_a_number(host: str) -> bool:
    """Whether the WHATWG URL standard reads *host* as an IPv4 address ("ends in a number"): its last
    label, after a final dot is dropped, is decimal digits, or ``0x`` and hexadecimal digits (none
    at all too). ``127.1``, ``0x7f000001``, ``0177.0.0.1.``, ``2130706433`` are all addresses."""
    labels = host.split(".")
    if labels[-1] == "" and len(labels) > 1:
        labels.pop()
    last = labels[-1]
    if last.isascii() and last.isdigit():
        return True
    return last[:2] == "0x" and all(c in "0123456789abcdef" for c in last[2:])


def _blank_or_control(char: str) -> bool:
    """A character a browser drops from an address or stops at: blanks, controls, invisible format characters."""
    return char <= " " or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn", "Cs")
