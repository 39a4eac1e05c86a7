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

An address may also name another address that the browser is then served, and a refused one hides
there: so the addresses it names (:func:`named_addresses`) are judged as its host is. The address is
parsed first (its host, then its path, query and fragment), and each part is read in every form its
percent-decoding takes (as written, decoded once, twice, three times: a site may decode more than
once), tabs and line feeds dropped and backslashes read as slashes. The addresses named are: an
``http:``/``https:`` address, in any case and with any slashes, anywhere in the path, the query or the
fragment (an archive's ``/web/2020/http%3A%2F%2F127.0.0.1/``, a translator's ``?u=http://…``, a
redirect's ``?next=…``), and a query value beginning with ``//``; a cached copy's ``cache:host/…`` in
any query value, in any case; the page a web archive keeps without a scheme after its prefix, read
from the path's segments (after a timestamp, the Wayback Machine's ``/web/TIMESTAMP/host/…`` or
archive.today's ``/2020.01.01-000000/host/…``, judged in full; without one, ``/web/host/…``,
``/save/host/…``, ``/newest/host/…``, ``/oldest/host/…`` or ``/host/…`` alone, judged where the host is
the machine itself or a private network's, :func:`_private_host`, since such a path is also any
site's: ``/web/index.html``, ``/1.2.3/``); and the host a proxy spells in its own name
(:data:`DASHED_HOST_PROXIES`: ``127-0-0-1.translate.goog`` serves ``127.0.0.1``), read from the host as
the browser reads it (``127%2e0%2e0%2e1.translate.goog``, full-width dots, capitals, a final dot). A
host under a name that a wildcard-DNS service answers with the address it spells or with the
loopback address (:data:`LOOPBACK_SERVICES`: ``127.0.0.1.nip.io``, ``anything.localtest.me``,
``x.local.gd``) is refused as one under a reserved name is: DNS is not asked at build time, and these
names are known by form.

A reader needs the site's public name, which outlives the machines that serve it; a number, a
name of the local network or a user name in front of the host sends the browser elsewhere than
the reviewer saw. Tested in ``tests/test_security_round9.py`` (every form the red team found, and
near misses that pass, alone, in the bibliography, in contributed text and on a page) and
``tests/test_security_round12.py`` (addresses named inside addresses), in
``tests/test_sphinxext_safety.py`` (the build's guard) and on the hostile corpus.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import unicodedata
from datetime import date, datetime
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
#: wildcard-DNS services, whose every name is answered with the address it spells
#: (``10.0.0.1.nip.io``, ``127-0-0-1.sslip.io``) or with the loopback address (``x.localtest.me``,
#: ``x.lvh.me``), or which rebind a name to another address (``1u.ms``, ``rbndr.us``): a host
#: under one is refused as a reserved name is (SECURITY.md, point 4). The editors' data: add a
#: service here when one is known
LOOPBACK_SERVICES = frozenset({
    "nip.io", "sslip.io", "xip.io", "nip.direct", "traefik.me", "localtest.me", "lvh.me", "vcap.me", "fuf.me",
    "lacolhost.com", "localho.st", "1u.ms", "rbndr.us",
    # each documented by its maintainers to answer every name under it with 127.0.0.1 (the last two
    # the local development names of DDEV and Lando), or, as xip.io did, with the address it spells
    "local.gd", "localhost.direct", "localhostcert.net", "ddev.site", "lndo.site", "xip.name",
    # documented to answer every name under it with 127.0.0.1 (localdev.me: AWS's local development name)
    "localdev.me",
})
#: proxies that serve another site's page under a name of their own, the other site's host with its
#: dots written as dashes and its dashes doubled (Google Translate's: ``www-marxists-org.translate.goog``
#: serves ``www.marxists.org``): the host so named is judged too
DASHED_HOST_PROXIES = ("translate.goog",)
#: how deep addresses named inside addresses are followed (:func:`named_addresses`)
MAX_NAMED_DEPTH = 4
#: the most times a part of an address is percent-decoded when it is read (a site may decode more than once)
MAX_DECODINGS = 5
#: the scheme put before an address named without its own, to read what it names in turn
_WEB = "https://"
#: an address as it must begin: a scheme, ``//`` and the first character of the host (not a slash)
START_RE = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*):(?P<rest>.*)$", re.S)
#: a port: digits
PORT_RE = re.compile(r"^[0-9]{1,5}$")
#: IANA's list of the root zone's top-level names (``tlds-alpha-by-domain.txt``, upper case, a
#: ``# Version`` line first), vendored; refreshed from https://data.iana.org/TLD/tlds-alpha-by-domain.txt
#: when the constraints are (``constraints.txt``), since a name the root gains is refused until then
ROOT_ZONE_FILE = Path(__file__).with_name("top-level-names.txt")


#: how old the vendored list may be, by its version's date, before ``edition check`` warns that it
#: wants refreshing (a warning, never a failure: the build's result must not depend on the day it runs)
ROOT_ZONE_MAX_AGE_DAYS = 365
#: the list's header: IANA's ``# Version YYYYMMDDNN`` line, and the edition's ``# Source:`` line
ROOT_ZONE_VERSION_RE = re.compile(r"^# Version (?P<date>[0-9]{8})[0-9]{2}\b")


def root_zone_staleness(today: date, path: Path = ROOT_ZONE_FILE) -> str | None:
    """Why the vendored list of top-level names wants refreshing on *today*, or ``None``: its
    header has no version or no source, or its version is older than :data:`ROOT_ZONE_MAX_AGE_DAYS`
    (a name the root gained since is refused until the list is refreshed)."""
    header = [line for line in path.read_text(encoding="ascii").splitlines()[:5] if line.startswith("#")]
    version = next((m for m in map(ROOT_ZONE_VERSION_RE.match, header) if m), None)
    source = next((line.partition(":")[2].split()[0] for line in header if line.startswith("# Source:")
                   and line.partition(":")[2].split()), None)
    if version is None or source is None:
        return "the list of top-level names has no '# Version YYYYMMDDNN' or no '# Source: …' line at its head"
    try:
        made = datetime.strptime(version.group("date"), "%Y%m%d").date()
    except ValueError:
        return f"the list of top-level names has a version that is no date ({version.group(0)})"
    age = (today - made).days
    if age > ROOT_ZONE_MAX_AGE_DAYS:
        return (f"the list of top-level names is of {made.isoformat()}, {age} days old: refresh it from {source} "
                "(a web address under a name the root zone has gained since is refused)")
    return None


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
    return host_refusal(written) or named_refusal(address)


#: the fields a ``mailto:`` address may fill in (RFC 6068's ``hfname``), in lower case: the subject and
#: the text alone; no other header (``cc``, ``bcc``, ``to`` add recipients the address does not show,
#: ``in-reply-to``, ``references`` thread the message) and no client's own (``attach``, ``attachment``,
#: which some mail clients honoured by attaching a file of the reader's machine: CVE-2020-11879 …)
MAIL_FIELDS = frozenset({"subject", "body"})
#: the local part of a mail address (before the ``@``), in the plain form everyone reads alike
MAIL_LOCAL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9_+-])?$")


def mail_address_refusal(address: str) -> str | None:
    """Why the ``mailto:`` link *address* may not be linked to (a phrase to put after "the address …"),
    or ``None``: ``mailto:`` and addresses ``local@host`` separated by commas, each host judged as a web
    address's host is (:func:`host_refusal`: never a number, a name of one label, a reserved or
    private network's name), percent-decoded as a mail client decodes them; then at most a query
    of :data:`MAIL_FIELDS` (``?subject=…&body=…``); no fragment, no backslash, no blank, control or
    invisible character.

    >>> mail_address_refusal("mailto:editors@marxists.org?subject=A%20question")
    >>> mail_address_refusal("mailto:root@127.0.0.1")[:60]
    'names the mail address root@127.0.0.1, whose host names its '
    """
    for char in address:
        if _blank_or_control(char):
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            return f"holds {name} (U+{ord(char):04X}): an address has no blank, control or invisible character"
    if "\\" in address:
        return "holds a backslash: write the address without it"
    m = START_RE.match(address)
    if m is None or m.group("scheme").lower() != "mailto":
        return "is not a mailto: address"
    if "#" in m.group("rest"):
        return "has a fragment ('#…'), which a mail address does not take"
    recipients, question, query = m.group("rest").partition("?")
    try:
        decoded = unquote(recipients, errors="strict")
    except UnicodeDecodeError:
        return "holds percent-escapes that are not UTF-8"
    if not decoded:
        return "names no mail address"
    why = next((why for recipient in decoded.split(",") if (why := _recipient_refusal(recipient))), None)
    if why is None and question:
        names = [unquote(item.partition("=")[0]).lower() for item in query.split("&")]
        why = next((f"fills in the field {name[:40]!r} of the message: a mail address may fill in only "
                    f"{' and '.join(sorted(MAIL_FIELDS))} (?subject=…&body=…)"
                    for name in names if name not in MAIL_FIELDS), None)
    return why


def _recipient_refusal(recipient: str) -> str | None:
    """Why *recipient* (percent-decoded) is not a mail address ``local@host`` of a public host."""
    local, at, host = recipient.rpartition("@")
    if not at or not MAIL_LOCAL_RE.match(local):
        return (f"names {recipient[:60]!r}, which is not a mail address of the plain form local@host "
                "(letters, digits and '._+-' before the '@')")
    why = host_refusal(host) if "%" not in host else "holds a percent-escape after decoding"
    return f"names the mail address {recipient[:60]}, whose host {why}" if why else None


def link_refusal(scheme: str | None, address: str) -> str | None:
    """Why a link to *address*, whose scheme a browser reads as *scheme* (lower case:
    :func:`edition.data.markup.link_scheme`), may not be made: an ``http:`` or ``https:`` one by
    :func:`address_refusal`, a ``mailto:`` one by :func:`mail_address_refusal`; ``None`` for any other
    scheme, which the callers refuse by name (:data:`edition.data.markup.ALLOWED_SCHEMES`). The one
    rule of the check, the loaders and the build's guard."""
    if scheme in WEB_SCHEMES:
        return address_refusal(address)
    if scheme == "mailto":
        return mail_address_refusal(address)
    return None


def named_refusal(address: str) -> str | None:
    """Why an address that *address* names (:func:`named_addresses`) may not be linked to, or ``None``:
    read as a browser or the serving site reads it (:func:`_named_parts`), it must have a host, which
    is judged as :func:`host_refusal` judges one, and no user name. Addresses named deeper than
    :data:`MAX_NAMED_DEPTH`, or escaped more often than a site decodes (:data:`MAX_DECODINGS`), are
    refused: what cannot be read to its end is not linked to."""
    named_all, unread = _named(address)
    if unread:
        return (f"names addresses inside addresses deeper than {MAX_NAMED_DEPTH}, or escaped more than "
                f"{MAX_DECODINGS} times ({unread[:60]!r}): link the page itself")
    for named in named_all:
        userinfo, host = _named_parts(named)
        why = ("has a user name before its host ('…@')" if userinfo
               else "names no host" if not host
               else f"names its host by a number, an IP address ({host}): give the site by its public name"
               if host.startswith("[") else host_refusal(host))
        if why is not None:
            return f"names another address, {named[:60]!r}, that a browser is served: that address {why}"
    return None


#: an address inside another's path, query or fragment (once percent-decoded, or more): ``http:`` or
#: ``https:`` in any case, then any slashes, as a browser reads a special scheme's (none, ``///`` …)
EMBEDDED_RE = re.compile(r"(?<![A-Za-z0-9.\-])(?i:https?):[/\\]*(?P<rest>\S*)")
#: the archives' prefixes before the page they keep, as the path's first segments (the path split at
#: its slashes, percent-decoded, any case): a timestamp (the Wayback Machine's ``web/20200101000000id_``,
#: ``web/2020*``, archive.today's ``2020.01.01-000000`` and ``20200101000000``), after which whatever
#: follows is a page's address and is judged in full
KEPT_AFTER_TIMESTAMP_RE = re.compile(r"^(?:web/[0-9*]{1,14}[a-z_]*|[0-9]{4}\.[0-9]{2}\.[0-9]{2}-[0-9]{6}|[0-9]{14})/+"
                                     r"(?P<rest>.*)$", re.I | re.S)
#: the prefixes without a timestamp, after which an archive also reads a page's address (the Wayback
#: Machine's ``web/host/…``, ``save/host/…``, ``save/_embed/host/…``; archive.today's ``newest/host/…``,
#: ``oldest/host/…``, and ``host/…`` alone, without a prefix): what follows is judged where it is
#: written as a host of the machine itself or a private network (:func:`_private_host`), since it is
#: also the path of any site
KEPT_PREFIX_RE = re.compile(r"^(?P<prefix>web|save(?:/_embed)?|newest|oldest|timegate)/+(?P<rest>.*)$", re.I | re.S)
#: a Wayback Machine timestamp as the segment after ``web/`` (``web/2020/``, ``web/2020*``): not a page
TIMESTAMP_RE = re.compile(r"^[0-9*]{1,14}[a-z_]*(?:/|$)", re.I)
#: a cached copy's query value, ``cache:host/…`` (with the cache's own token before the host, or not),
#: in any case
CACHE_VALUE_RE = re.compile(r"^cache:(?:[A-Za-z0-9_-]{6,}:(?!//))?(?P<rest>.+)$", re.I | re.S)


def named_addresses(address: str) -> list[str]:
    """The other addresses *address* names, which the site it leads to serves or sends the browser
    to (see the module's docstring), at any depth (to :data:`MAX_NAMED_DEPTH`): each as it is
    written after its scheme and slashes (``host/path``), its escapes decoded.

    The address is parsed first (host, then path, query and fragment), and each part is read in
    every form its percent-decoding takes (as written, decoded once, twice, three times: a site may
    decode more than once), tabs and line feeds dropped and backslashes read as slashes, as a
    browser and the serving site read them. An address names:

    - an ``http:``/``https:`` address anywhere in its path, query or fragment (a translator's
      ``?u=http://…``, a redirect's ``?next=…``, an archive's ``/web/2020/http://…``), and a query
      value that begins with ``//`` (an address without a scheme, read against the site's) or is
      written as a private host (:func:`_host_in_query`: ``?u=127.0.0.1``);
    - a cached copy's ``cache:host/…`` in any query value;
    - the page an archive keeps after its prefix (:data:`KEPT_AFTER_TIMESTAMP_RE`,
      :data:`KEPT_PREFIX_RE`);
    - the host a proxy spells in its own name (:data:`DASHED_HOST_PROXIES`), read from the host
      as the browser reads it (percent-decoded, IDNA-mapped, lower case, no final dot).

    >>> named_addresses("https://web.archive.org/web/2020/http%3A%2F%2F127.0.0.1/x")
    ['127.0.0.1/x']
    >>> named_addresses("https://en-wikipedia-org.translate.goog/wiki/X?_x_tr_sl=ru")
    ['en.wikipedia.org/wiki/X?_x_tr_sl=ru']
    """
    return _named(address)[0]


def _named(address: str) -> tuple[list[str], str]:
    """:func:`named_addresses`, and the first address that could not be read to its end ("" if none): one
    named deeper than :data:`MAX_NAMED_DEPTH` that still names another, or a part still escaped after
    :data:`MAX_DECODINGS` decodings."""
    found: list[str] = []
    unread = ""
    todo = [(_after_scheme(address), 0)]
    while todo:
        written, depth = todo.pop(0)
        if depth >= MAX_NAMED_DEPTH:
            unread = unread or (written if _named(_WEB + written)[0] or "%" in written else "")
            continue
        authority = _authority(written)
        rest = written[len(authority):]
        inner = []
        host, _ = web_host(_host_of(authority)) if _host_of(authority) else (None, None)
        for proxy in DASHED_HOST_PROXIES:
            label = host.removesuffix("." + proxy) if host else ""
            if host and label != host:
                undashed = label.replace("--", "\0").replace("-", ".").replace("\0", "-")
                inner += [undashed + rest] + ([label + rest] if "." in label else [])
        forms = _decodings(rest)
        if _still_escaped(forms):
            unread = unread or written
        for text in reversed(forms):  # the most decoded first, as the clearest to name
            path = re.split(r"[?#]", text, maxsplit=1)[0]
            after = text[len(path):]
            inner += [m.group("rest") for m in EMBEDDED_RE.finditer(text)]
            inner += _query_named(after)
            inner += _kept_pages(path.lstrip("/"))
        for named in inner:
            if named and named not in found:
                found.append(named)
                todo.append((named, depth + 1))
    return found, unread


def _query_named(after: str) -> list[str]:
    """What the query of an address (*after*: its part from ``?`` or ``#``, decoded) names: its values, and
    those of a query in the fragment (a page's router: ``#/login?next=…``), read as a form is (``+`` a
    blank); an item without ``=`` is a value whole (``?//host/``, as redirectors read their whole query)."""
    out: list[str] = []
    query, _, fragment = after.partition("#")
    items = re.split(r"[&;]", query.removeprefix("?")) + re.split(r"[&;]", fragment.partition("?")[2])
    for item in items:
        value = (item.partition("=")[2] if "=" in item else item).replace("+", " ")
        cached = CACHE_VALUE_RE.match(value.strip())
        if cached:
            out.append(re.sub(r"^(?i:https?):/*", "", cached.group("rest")))
        elif re.match(r"^\s*/{2,}[^/]", value):
            out.append(value.strip().lstrip("/"))
        elif _host_in_query(value.strip()):
            out.append(value.strip())
    return out


def _kept_pages(path: str) -> list[str]:
    """The pages an archive's *path* (without its first slash, decoded) may keep after its prefix."""
    kept = []
    strong = KEPT_AFTER_TIMESTAMP_RE.match(path)
    if strong and not _with_web_scheme(strong.group("rest")):
        kept.append(strong.group("rest"))
    weak = KEPT_PREFIX_RE.match(path)
    candidates = [(path, False)]
    if weak and not (weak.group("prefix").lower() == "web" and TIMESTAMP_RE.match(weak.group("rest"))):
        candidates.append((weak.group("rest").lstrip("/"), True))
    for rest, after_prefix in candidates:
        if rest and not _with_web_scheme(rest) and _private_host(_named_parts(rest)[1], after_prefix):
            kept.append(rest)
    return kept


def _host_in_query(value: str) -> bool:
    """Whether a query *value* without a scheme is written as the host of the machine itself or of a
    private network (a translator reads ``?u=127.0.0.1`` as ``http://127.0.0.1/``), as
    :func:`_private_host` judges one in a path: not ``?scale=0.5`` or ``?v=10.1``."""
    host = _named_parts(value)[1]
    return bool(host) and "=" not in re.split(r"[/?#]", value, maxsplit=1)[0] and _private_host(host)


def _with_web_scheme(written: str) -> bool:
    """Whether *written*, percent-decoded, begins with ``http:`` or ``https:`` (then judged as an
    address inside another, :data:`EMBEDDED_RE`)."""
    return re.match(r"^\s*(?i:https?):", _decodings(written)[-1]) is not None


def _decodings(text: str) -> list[str]:
    """*text* as written and percent-decoded up to :data:`MAX_DECODINGS` times (each form once), with the
    tabs and line feeds a browser drops removed and backslashes read as slashes."""
    forms: list[str] = []
    for _ in range(MAX_DECODINGS + 1):
        form = re.sub(r"[\t\n\r]", "", text).replace("\\", "/")
        if form not in forms:
            forms.append(form)
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    return forms


def _still_escaped(forms: list[str]) -> bool:
    """Whether the last of *forms* (:func:`_decodings`) would still decode: escaped more often than read."""
    return len(forms) > MAX_DECODINGS and unquote(forms[-1]) != forms[-1]


def _named_parts(named: str) -> tuple[str, str]:
    """The user name (with its password) and the host of *named*, an address without its scheme, read
    as a browser reads one: blanks and controls at its ends and tabs and line feeds in it dropped,
    backslashes as slashes, slashes before the host skipped; the host written as it is (an IP
    literal with its brackets), without the port."""
    written = re.sub(r"[\t\n\r]", "", named).strip("\x00- ").replace("\\", "/").lstrip("/")
    authority = _authority(written)
    userinfo, _, hostport = authority.rpartition("@")
    return userinfo if "@" in authority else "", _host_of(hostport)


def _host_of(hostport: str) -> str:
    """The host of *hostport* (``host:port``, or ``[v6]:port``), as written."""
    hostport = hostport.rpartition("@")[2]
    if hostport.startswith("["):
        return hostport.partition("]")[0] + "]"
    return hostport.partition(":")[0]


def _private_host(written: str, any_number: bool = False) -> bool:
    """Whether *written*, read as a browser reads a host, is the machine itself or one of a private
    network: an IP literal, an IPv4 address that is not a public one (loopback, private ranges,
    link-local, ``0.0.0.0/8`` …), ``localhost``, a name under it or a name with ``localhost`` for a label
    below a site's name (``localhost.localstack.cloud``, not ``localhost.directory``: services so name
    the machine they run on, and DNS cannot be asked at build time which do), a name of two labels or
    more under a name reserved for local networks (:data:`RESERVED_NAMES`), or one under a wildcard-DNS
    service (:data:`LOOPBACK_SERVICES`). Not a name that is merely no public one (``index.html``): what
    is judged so is also any site's path or query. For the same reason a number is a host only where it
    is written as one, in four parts or with a part in hexadecimal (``127.0.0.1``, ``0x7f.1``), not as a
    path's or a query's numbers are (``/2020/``, ``/0.9/``, ``?scale=0.5``), unless *any_number* says
    the place holds a host (after an archive's ``save/``, where ``2130706433`` is one too)."""
    if written.startswith("["):
        return True
    if not written:
        return False
    host, refusal = web_host(written)
    if host is None:
        mapped = re.sub("[\u3002\uff0e\uff61]", ".", unicodedata.normalize(
            "NFKC", unquote(written))).lower().removesuffix(".")
        parts = mapped.split(".")
        if not (any_number or len(parts) == 4 or any(part.startswith("0x") for part in parts)):
            return False
        number = ipv4_number(mapped)
        return number is not None and not ipaddress.IPv4Address(number).is_global
    labels = host.split(".")
    return (labels[-1] == "localhost" or "localhost" in labels[:-2]
            or (len(labels) > 1 and labels[-1] in RESERVED_NAMES)
            or any(host == s or host.endswith("." + s) for s in LOOPBACK_SERVICES))


def ipv4_number(host: str) -> int | None:
    """The IPv4 address *host* is, as the WHATWG URL standard's IPv4 parser reads it (one to four
    parts, each decimal, octal with a leading ``0`` or hexadecimal with ``0x``; the last fills the
    rest), or ``None`` where it is not one."""
    parts = host.split(".")
    if len(parts) > 4 or not all(parts):
        return None
    numbers = []
    for part in parts:
        base = 16 if part[:2] in ("0x", "0X") else 8 if len(part) > 1 and part[0] == "0" else 10
        digits = part[2:] if base == 16 else part[1:] if base == 8 else part
        try:
            numbers.append(int(digits, base) if digits else 0)
        except ValueError:
            return None
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    value = numbers[-1]
    for i, n in enumerate(numbers[:-1]):
        value += n * 256 ** (3 - i)
    return value


def _after_scheme(address: str) -> str:
    """*address* without its scheme and the slashes after it (``host/…``)."""
    return re.sub(r"^[A-Za-z][A-Za-z0-9+.\-]*:[/\\]*", "", address.strip())


def _authority(written: str) -> str:
    """The authority (user name, host, port) at the head of *written*, an address without its scheme."""
    return re.split(r"[/\\?#]", written, maxsplit=1)[0]


def host_refusal(written: str) -> str | None:
    """Why the host *written* (as in an address, before the port) is not a public domain name, or ``None``."""
    if not written:
        return "names no host"
    host, refusal = web_host(written)
    if refusal is not None:
        return refusal
    assert host is not None
    labels = host.split(".")
    service = next((s for s in LOOPBACK_SERVICES if host == s or host.endswith("." + s)), None)
    if service is not None:
        return (f"names a host under {service} ({written}), a wildcard-DNS service whose names lead to the "
                "address they spell or to the machine itself: give the site's public address")
    if labels[-1] in RESERVED_NAMES:
        return (f"names a host under .{labels[-1]} ({written}), a name kept for local networks, tests "
                "or documentation: give the site's public address")
    if "localhost" in labels[:-2]:
        return (f"names a host with a label localhost below a site's name ({written}), as services "
                "name the machine they run on: give the site's public address")
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
    authority = _authority(_after_scheme(address)).rpartition("@")[2]
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
