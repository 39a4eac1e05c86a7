"""The manifest of witnesses (``seeds/manifest.toml``) and their integrity."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from ..errors import EditionError, WitnessIntegrityError, read_toml, toml_error_line, unreadable
from .markup import BIB_KEY_RE, PLAIN, judge, link_scheme, one_line, stray_characters
from .weblinks import address_refusal

#: fields every ``[[witness]]`` table must have
REQUIRED = (
    "id", "siglum", "bibkey", "file", "sha256", "title", "title_editorial", "author",
    "author_editorial", "author_evidence", "organisation", "tradition", "written",
    "published", "publisher", "place", "source_url", "retrieved", "translator",
    "language", "rights",
)
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Manifest(NamedTuple):
    path: Path
    #: the ``[[witness]]`` records, in order
    witnesses: list[dict]

    @property
    def folder(self) -> Path:
        return self.path.parent

    def witness_path(self, record: dict) -> Path:
        return self.folder / record["file"]

    def editorial_path(self, record: dict) -> Path:
        return self.folder / "editorial" / f"{record['id']}.toml"

    def by_sha256(self, digest: str) -> dict | None:
        return next((w for w in self.witnesses if w["sha256"] == digest), None)


#: a witness file: a name in the manifest's folder, never a path elsewhere
FILE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
#: characters no address holds (RFC 3986): a ``source_url`` with one is refused, so that the address
#: the pages and the TEI print is a plain one, never markup (``<https://a.org/x> **bold** <…>``)
NOT_IN_AN_ADDRESS_RE = re.compile(r"[<>\"`{}|^\\\s]")
#: the fields the pages print: plain text, judged as contributed text is (:mod:`edition.markup`)
DISPLAYED = ("title", "subtitle", "author", "translator", "written", "published", "tradition", "witness_kind",
             "organisation", "place", "publisher", "original_title", "rights", "siglum")


def _line_of(source: str, needle: str) -> int | None:
    for lineno, line in enumerate(source.splitlines(), start=1):
        if needle in line:
            return lineno
    return None


def load_manifest(path: str | Path) -> Manifest:
    """Read and validate the manifest.

    :raises EditionError: naming the file and line of the first problem
    """
    path = Path(path)
    source = _read_source(path)
    try:
        data = read_toml(source)
    except tomllib.TOMLDecodeError as err:
        raise EditionError(f"not valid TOML: {err}", path, toml_error_line(err)) from None
    witnesses = data.get("witness", [])
    if not isinstance(witnesses, list) or not all(isinstance(w, dict) for w in witnesses):
        raise EditionError("the witnesses must be [[witness]] tables", path, _line_of(source, "witness") or 1)
    if not witnesses:
        raise EditionError("no [[witness]] tables", path, 1)
    seen: dict[str, set] = {"id": set(), "siglum": set(), "file": set()}
    for record in witnesses:
        where = _line_of(source, f'file = "{record.get("file", "")}"')
        _check_fields(record, path, source, where)
        _judge_text(record, path, source, where)
        for key, values in seen.items():
            if record[key] in values:
                raise EditionError(f"duplicate {key} {record[key]!r}", path, where)
            values.add(record[key])
    return Manifest(path, witnesses)


def _read_source(path: Path) -> str:
    """The manifest's text. :raises EditionError: a link, a file that cannot be read, not UTF-8"""
    bad = unreadable(path, "manifest")
    if bad:
        raise EditionError(bad.message, path)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise EditionError(f"cannot read the manifest: {err.strerror}", path) from None
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        raise EditionError("not UTF-8; save the file as UTF-8", path, line) from None


def _check_fields(record: dict, path: Path, source: str, where: int | None) -> None:
    """A record's required fields, their types, and the forms of its id, file, key and address."""
    missing = [key for key in REQUIRED if key not in record]
    if missing:
        raise EditionError(f"witness {record.get('file', '?')} lacks {', '.join(missing)}", path, where)
    for key in (*REQUIRED, *DISPLAYED):
        if key in record and not key.endswith("_editorial") and not isinstance(record[key], str):
            raise EditionError(f"the {key} of witness {record.get('file', '?')} must be text", path,
                               _line_of(source, f"{key} =") or where)
    if not ID_RE.match(record["id"]):
        raise EditionError(f"id {record['id']!r} is not a slug (a-z, 0-9, hyphens)", path, where)
    if not FILE_RE.match(record["file"]):
        raise EditionError(f"file {record['file']!r} must be the name of a file in the manifest's folder",
                           path, where)
    if "bibkey" in record and not BIB_KEY_RE.match(str(record["bibkey"])):
        raise EditionError(f"bibkey {record['bibkey']!r} is not a key of the bibliography", path, where)
    _check_source_url(str(record.get("source_url", "")), path, source, where)


def _field_line(source: str, where: int | None, key: str) -> int | None:
    """The line of *key* in the ``[[witness]]`` table that holds line *where* (``None`` if not found)."""
    lines = source.splitlines()
    if where is None:
        return _line_of(source, f"{key} =")
    start = next((i for i in range(where - 1, -1, -1) if lines[i].strip().startswith("[")), 0)
    for i in range(start, len(lines)):
        if i > start and lines[i].strip().startswith("["):
            break
        if re.match(rf"\s*{re.escape(key)}\s*=", lines[i]):
            return i + 1
    return None


def source_url_refusal(url: str) -> str | None:
    """Why *url*, a witness's ``source_url``, is refused (``None`` if it is a plain public web
    address, or a note without a scheme saying why there is none, such as "not established").

    An address is judged by :func:`.weblinks.address_refusal`, as every link the edition
    publishes is, and must hold only characters an address holds (:data:`NOT_IN_AN_ADDRESS_RE`).
    """
    if not url or (link_scheme(url) is None and not url.lstrip().startswith(("/", "\\"))):
        return None
    why = address_refusal(url)
    if why is not None:
        return f"the source_url {url[:80]!r} {why}"
    bad = NOT_IN_AN_ADDRESS_RE.search(url)
    if bad:
        return (f"the source_url {url[:80]!r} holds {bad.group()!r}, which no address holds: write the "
                "address alone, percent-encoded where it must be")
    return None


def is_published_address(url: str) -> bool:
    """Whether *url* is a ``source_url`` the pages and the TEI may print as a link."""
    return bool(url) and link_scheme(url) is not None and source_url_refusal(url) is None


def _check_source_url(url: str, path: Path, source: str, where: int | None) -> None:
    why = source_url_refusal(url)
    if why is not None:
        raise EditionError(f"{why} (give the witness's public http: or https: address, or say why there is none)",
                           path, _field_line(source, where, "source_url") or where)


def _judge_text(record: dict, path: Path, source: str, where: int | None) -> None:
    """The displayed fields judged as plain text (and put on one line); no control or invisible
    character in any other field, since they still reach the TEI and the downloads."""
    for key in DISPLAYED:
        if isinstance(record.get(key), str) and record[key]:
            judged = judge(record[key], str(path), _line_of(source, f"{key} =") or where or 1, PLAIN)
            if judged.problems:
                problem = judged.problems[0]
                raise EditionError(f"{key}: {problem.message}", path, problem.line)
            record[key] = one_line(record[key])
    for key, value in record.items():
        for text in (value if isinstance(value, list) else [value]):
            if key not in DISPLAYED and isinstance(text, str):
                stray = stray_characters(text, str(path), _line_of(source, f"{key} =") or where or 1, PLAIN)
                if stray:
                    raise EditionError(f"{key}: {stray[0].message}", path, stray[0].line)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify_witnesses(manifest: Manifest) -> None:
    """Refuse any witness whose bytes no longer match the manifest.

    :raises WitnessIntegrityError: naming the witness file
    """
    for record in manifest.witnesses:
        path = manifest.witness_path(record)
        if not path.exists():
            raise WitnessIntegrityError("the witness file is missing", path)
        digest = sha256_of(path)
        if digest != record["sha256"]:
            raise WitnessIntegrityError(
                f"the witness has changed: its sha256 is {digest}, the manifest "
                f"({manifest.path}) records {record['sha256']}. Witnesses are never "
                "edited: restore the file, and put editorial changes in "
                f"{manifest.editorial_path(record)}",
                path,
            )
