"""The manifest of witnesses (``seeds/manifest.toml``) and their integrity."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from ..errors import EditionError, WitnessIntegrityError, toml_error_line

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
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as err:
        raise EditionError(f"cannot read the manifest: {err.strerror}", path) from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        raise EditionError(f"not valid TOML: {err}", path, toml_error_line(err)) from None
    witnesses = data.get("witness", [])
    if not witnesses:
        raise EditionError("no [[witness]] tables", path, 1)
    seen: dict[str, set] = {"id": set(), "siglum": set(), "file": set()}
    for record in witnesses:
        where = _line_of(source, f'file = "{record.get("file", "")}"')
        missing = [key for key in REQUIRED if key not in record]
        if missing:
            raise EditionError(f"witness {record.get('file', '?')} lacks {', '.join(missing)}", path, where)
        if not ID_RE.match(record["id"]):
            raise EditionError(f"id {record['id']!r} is not a slug (a-z, 0-9, hyphens)", path, where)
        for key, values in seen.items():
            if record[key] in values:
                raise EditionError(f"duplicate {key} {record[key]!r}", path, where)
            values.add(record[key])
    return Manifest(path, witnesses)


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
