"""The sourcing policy: kinds of source the edition does not cite, and how much general reference it may.

The policy is the editors' data, ``docs/refused-sources.toml``::

    [[refused]]
    kind = "wiki"                          # what kind of source this is
    hosts = ["wikipedia.org"]              # the host of an entry's url; subdomains match
    names = ["Wikipedia"]                  # in its author, editor, organization, publisher,
                                           # howpublished, journal or booktitle
    reason = "anyone may edit it; cite the scholarship it summarises"

    [general-reference]                    # encyclopaedias and the like: allowed, sparingly
    hosts = ["britannica.com"]
    names = ["Encyclopaedia Britannica"]
    max_share = 0.10                       # of all the entries of the bibliography

An entry of a refused kind is reported at its line of the .bib file with the
kind and the reason (``bib-refused-source``); general reference works above
their share are reported once for the file (``bib-reference-share``); a
policy that is not valid TOML, or whose tables lack what they need, is
reported at its own line (``sources-toml``, ``sources-policy``).

A name matches where it stands in the field as whole words, whatever the
case and the braces (``Wikipedia`` matches ``{German Wikipedia}``, not
``Wikipedian``). Only the fields that say who published a work are compared,
never its title, so that a book *about* Wikipedia is not refused.

Nothing here imports Sphinx. Tested in ``tests/test_sourcing.py``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import Problem, read_toml, toml_error_line
from .bibliography import addresses_in_text, entry_lines, printed_text
from .weblinks import address_host, named_addresses

#: the fields printed as text in which an address is looked for too (as :mod:`.bibliography` judges them)
ADDRESS_FIELDS = ("note", "howpublished")

#: the fields of an entry that name who published it (compared with a policy's ``names``)
PUBLISHER_FIELDS = ("organization", "publisher", "howpublished", "journal", "journaltitle",
                    "booktitle", "institution")
#: the person fields compared with a policy's ``names`` (corporate authors such as ``{Wikipedia contributors}``)
PERSON_FIELDS = ("author", "editor")
#: the share of general reference works allowed when the policy does not say
DEFAULT_MAX_SHARE = 0.10


class SourceKind(NamedTuple):
    """One kind of source the policy names: a refused kind, or general reference works."""

    #: what kind of source it is ("wiki", "dictionary", "general reference" …)
    kind: str
    #: host names, lower-cased; a subdomain of one matches too
    hosts: tuple[str, ...]
    #: publisher or organisation names, matched as whole words, case aside
    names: tuple[str, ...]
    #: why the edition does not cite it (empty for general reference works)
    reason: str
    #: the line of the policy file where the kind is defined
    line: int | None


class Policy(NamedTuple):
    """The sourcing policy read from its file."""

    path: str
    refused: tuple[SourceKind, ...]
    #: general reference works, or ``None`` if the policy sets no limit on them
    reference: SourceKind | None
    #: the largest share of the entries that general reference works may be
    max_share: float


#: the address of a page kept by a web archive: the archive's prefix, then the page's own address
#: (the Wayback Machine's ``/web/20200101000000id_/``, archive.today's ``/2020.01.01-000000/``)
ARCHIVED_RE = re.compile(r"^[a-z]+://[^/]+/(?:web/)?[0-9a-z_*.\-]*/((?:https?:/*)?[^/]+\.[^/]+.*)$", re.I)


def entry_hosts(fields: Mapping[str, str]) -> list[str]:
    """The host names an entry links or points to, lower-cased: its ``url``'s, and those of the
    addresses written into :data:`ADDRESS_FIELDS` as they are printed (TeX read), each with the hosts
    of the addresses it names (an archived copy, a proxy's or a cache's page:
    :func:`.weblinks.named_addresses`)."""
    addresses = [fields.get("url", "").strip()]
    for name in ADDRESS_FIELDS:
        value = fields.get(name, "")
        addresses += [*addresses_in_text(value), *addresses_in_text(printed_text(value))] if value else []
    hosts: list[str] = []
    for url in addresses:
        named = [url, *named_addresses(url)] if url else []
        # an archived copy (web.archive.org/web/20200101000000/https://…) is judged by the page it keeps too
        while url:
            m = ARCHIVED_RE.match(url)
            url = m.group(1) if m else ""
            named.append(url)
        for written in named:
            # the host as a browser reads it: percent-escapes, IDNA's mapping and a final dot do not hide one
            host = address_host(written) if written else None
            if host and host not in hosts:
                hosts.append(host)
    return hosts


def entry_hosts_of(entry) -> list[str]:
    """:func:`entry_hosts` of a pybtex entry (its fields' names lower-cased)."""
    return entry_hosts({k.lower(): v for k, v in entry.fields.items()})


def host_matches(host: str, hosts: Iterable[str]) -> str | None:
    """The policy host that *host* is, or is a subdomain of (``None`` if none)."""
    for candidate in hosts:
        if host == candidate or host.endswith("." + candidate):
            return candidate
    return None


def plain(value: str) -> str:
    """*value* without TeX braces and with runs of space made one, for comparing names."""
    return " ".join(value.replace("{", "").replace("}", "").split())


def name_matches(values: Iterable[str], names: Iterable[str]) -> str | None:
    """The first of *names* found, as whole words and case aside, in one of *values*."""
    texts = [plain(v).casefold() for v in values]
    for name in names:
        pattern = re.compile(r"(?<!\w)" + re.escape(plain(name).casefold()) + r"(?!\w)")
        if any(pattern.search(text) for text in texts):
            return name
    return None


def publisher_values(entry) -> list[str]:
    """The strings of a pybtex entry that say who published it (see :data:`PUBLISHER_FIELDS`)."""
    fields = {k.lower(): v for k, v in entry.fields.items()}
    values = [fields[f] for f in PUBLISHER_FIELDS if f in fields]
    for role, persons in entry.persons.items():
        if role.lower() in PERSON_FIELDS:
            values += [str(person) for person in persons]
    return values


def matches(entry, kind: SourceKind, hosts: Iterable[str] | None = None) -> str | None:
    """What makes *entry* one of *kind* (``"host x"`` or ``"name y"``), or ``None``.

    :param hosts: the entry's :func:`entry_hosts`, if they are known (they are read once per entry,
        not once per kind: reading an entry's printed fields is slow)
    """
    for host in entry_hosts_of(entry) if hosts is None else hosts:
        found = host_matches(host, kind.hosts)
        if found:
            return f"host {found}"
    found = name_matches(publisher_values(entry), kind.names)
    return f"name {found!r}" if found else None


def _strings(value, what: str, path: str, line: int | None, problems: list[Problem]) -> tuple[str, ...]:
    """*value* as a tuple of strings, or a problem if it is not a list of strings."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(Problem(path, line, f"{what} must be a list of non-empty strings", "sources-policy"))
        return ()
    return tuple(v.strip() for v in value)


def _table_lines(text: str, header: str) -> list[int]:
    """The lines on which each ``header`` table (``[[refused]]``, ``[general-reference]``) begins."""
    return [text.count("\n", 0, m.start()) + 1
            for m in re.finditer(rf"^[ \t]*{re.escape(header)}[ \t]*(?:#.*)?$", text, re.M)]


def load_policy(path: Path) -> tuple[Policy | None, list[Problem]]:
    """Read the sourcing policy at *path*.

    :return: the policy (``None`` if the file cannot be read as one) and the
        problems found in it, each at its line
    """
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return None, [Problem(where, None, f"cannot read the sourcing policy: {err}", "sources-policy")]
    try:
        data = read_toml(text)
    except tomllib.TOMLDecodeError as err:
        return None, [Problem(where, toml_error_line(err), f"not valid TOML: {err}", "sources-toml")]
    problems: list[Problem] = []
    known = {"refused", "general-reference"}
    for name in data:
        if name not in known:
            problems.append(Problem(where, None, f"unknown table or key {name!r} (expected [[refused]] and "
                                    "[general-reference])", "sources-policy"))
    rows = data.get("refused", [])
    if not isinstance(rows, list):
        rows = []
        problems.append(Problem(where, None, "refused must be an array of tables ([[refused]])", "sources-policy"))
    refused = _refused_kinds(text, rows, where, problems)
    reference, max_share = _general_reference(text, data.get("general-reference"), where, problems)
    return Policy(where, tuple(refused), reference, max_share), problems


def _refused_kinds(text: str, rows: list, where: str, problems: list[Problem]) -> list[SourceKind]:
    """The kinds of source refused, one a ``[[refused]]`` table of *rows*; what is wrong in them into *problems*."""
    starts = _table_lines(text, "[[refused]]")
    refused = []
    for i, row in enumerate(rows):
        line = starts[i] if i < len(starts) else None
        kind, reason = row.get("kind"), row.get("reason")
        if not isinstance(kind, str) or not kind.strip():
            problems.append(Problem(where, line, "a [[refused]] table needs a kind (a string)", "sources-policy"))
            continue
        if not isinstance(reason, str) or not reason.strip():
            problems.append(Problem(where, line, f"refused kind {kind!r} needs a reason (a string)",
                                    "sources-policy"))
        hosts = _strings(row.get("hosts"), f"hosts of {kind!r}", where, line, problems)
        names = _strings(row.get("names"), f"names of {kind!r}", where, line, problems)
        if not hosts and not names:
            problems.append(Problem(where, line, f"refused kind {kind!r} names no hosts and no names",
                                    "sources-policy"))
        refused.append(SourceKind(kind.strip(), tuple(h.lower() for h in hosts), names,
                                  reason.strip() if isinstance(reason, str) else "", line))
    return refused


def _general_reference(text: str, table: Any, where: str,
                       problems: list[Problem]) -> tuple[SourceKind | None, float]:
    """The ``[general-reference]`` *table* (``None`` if there is none) and its ``max_share``;
    what is wrong in it into *problems*."""
    if table is None:
        return None, DEFAULT_MAX_SHARE
    line = next(iter(_table_lines(text, "[general-reference]")), None)
    if not isinstance(table, dict):
        problems.append(Problem(where, line, "general-reference must be a table", "sources-policy"))
        return None, DEFAULT_MAX_SHARE
    max_share = DEFAULT_MAX_SHARE
    hosts = _strings(table.get("hosts"), "hosts of general-reference", where, line, problems)
    names = _strings(table.get("names"), "names of general-reference", where, line, problems)
    share = table.get("max_share", DEFAULT_MAX_SHARE)
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
        problems.append(Problem(where, line, f"max_share must be a number from 0 to 1, not {share!r}",
                                "sources-policy"))
    else:
        max_share = float(share)
    return SourceKind("general reference", tuple(h.lower() for h in hosts), names, "", line), max_share


def check_sourcing(data, bib: Path, lines: Mapping[str, list[int]], policy: Path) -> list[Problem]:
    """The entries of a bibliography that the sourcing policy refuses, and the share of general reference.

    :param data: the ``BibliographyData`` pybtex parsed from *bib*
    :param bib: the .bib file (named in the problems)
    :param lines: where each key is defined in *bib* (:func:`edition.check.entry_lines`)
    :param policy: the policy file (``docs/refused-sources.toml``)
    :return: the problems, each with its file and line
    """
    rules, problems = load_policy(policy)
    if rules is None:
        return problems
    path = str(bib)
    reference: list[str] = []
    for key, entry in data.entries.items():
        line = lines.get(key, [None])[0]
        hosts = entry_hosts_of(entry)  # once for the entry, not once for each kind
        for kind in rules.refused:
            found = matches(entry, kind, hosts)
            if found:
                problems.append(Problem(path, line, f"entry {key!r} is of a kind the edition does not cite "
                                        f"({kind.kind}, by its {found}): {kind.reason}", "bib-refused-source"))
                break
        if rules.reference is not None and matches(entry, rules.reference, hosts):
            reference.append(key)
    total = len(data.entries)
    if total and len(reference) / total > rules.max_share:
        problems.append(Problem(
            path, None,
            f"{len(reference)} of {total} entries ({len(reference) / total:.0%}) are general reference works, "
            f"more than the {rules.max_share:.0%} that {rules.path} allows: {', '.join(sorted(reference))}",
            "bib-reference-share"))
    return problems


def reference_share(data, policy: Path) -> tuple[int, int]:
    """How many of the entries of *data* are general reference works under *policy*, and how many entries.

    For reports (``edition check`` reports only a share above the limit).
    """
    rules, _ = load_policy(policy)
    if rules is None or rules.reference is None:
        return 0, len(data.entries)
    return sum(1 for e in data.entries.values() if matches(e, rules.reference)), len(data.entries)


def check_sources(bib: Path, policy: Path) -> list[Problem]:
    """:func:`check_sourcing` for the .bib file *bib*, read and parsed here.

    A project without a policy file has no sourcing policy (no problems). A
    .bib file that cannot be read or parsed is left to
    :func:`edition.check.check_bibliography`, which reports it.
    """
    if not policy.exists():
        return []
    from pybtex.database.input.bibtex import Parser
    from pybtex.scanner import PybtexError

    try:
        text = bib.read_text(encoding="utf-8")
        data = Parser().parse_string(text)
    except (OSError, UnicodeDecodeError, PybtexError):
        return []
    return check_sourcing(data, bib, entry_lines(text), policy)
