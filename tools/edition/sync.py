"""``edition sync``: write the edition's generated sources into ``docs/``.

What is written is made by the pipeline (:func:`edition.pipeline.outputs`):
``docs/texts/<id>.md`` for each witness, ``docs/texts/<id>.apparatus.json``
with its apparatus as data, ``docs/_generated/texts.md`` (the cards and
table of contents of the landing page), the glossary's, the indexes',
the parallel passages' and the downloads' pages, and the TEI and plain text
of each text. Files are written only when their content changes, so that
Sphinx re-reads only what changed; and when none of the inputs changed since
the last run (``docs/_generated/.sync-stamp.json`` records them), nothing is
regenerated at all. Tested in tests/test_cli.py and tests/test_outputs.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from pathlib import Path

from .data.config import EditionConfig
from .data.glossary import GLOSSARY_PAGES
from .data.manifest import load_manifest
from .errors import EditionError
from .files import symbolic_links, write_whole
from .pipeline import (
    SITE_TEMPLATES,
    cache_secret,
    content_digest,
    files_digest,
    outputs,
    placed_edition_files,
    signature,
)
from .site.downloads import EDITION_FILES

#: the folders under ``docs/`` whose every page :func:`sync` writes: a page there that it did not
#: write (a text no longer in the manifest, a page a pull request added) is removed
OWN_FOLDERS = [Path(GLOSSARY_PAGES), Path("texts"), Path("_generated")]
#: where :func:`sync` records what it generated from which inputs (under ``docs/``; not a Sphinx source)
STAMP = Path("_generated") / ".sync-stamp.json"


def inputs_digest(manifest_path: Path, docs: Path, config: EditionConfig | None = None) -> str:
    """A digest of everything the generated sources are made from.

    The manifest's folder (witnesses, editorial data), the glossary entries,
    the indexes and parallels, the templates of the site's pages, the
    whole-edition files the Downloads page lists, this package's code and
    data, and the version of wordfreq (whose frequencies decide hyphens and
    glued words).
    """
    config = config or EditionConfig()
    placed = placed_edition_files(docs / "_generated" / "downloads")
    present = "".join(f"{name} {name in placed}\n" for name in EDITION_FILES)
    return files_digest([manifest_path.parent, config.glossary_path(docs), config.indexes_path(docs),
                         docs / SITE_TEMPLATES], present)


def _stamp_signature(secret: bytes, record: dict) -> str:
    """The signature of a stamp's inputs and outputs (a stamp a pull request brings has none that fits)."""
    data = json.dumps({"inputs": record.get("inputs"), "outputs": record.get("outputs")}, sort_keys=True)
    return signature(secret, data.encode("utf-8")).hex()


def sync(manifest_path: Path, docs: Path, check: bool = False, config: EditionConfig | None = None) -> list[Path]:
    """Write (or, with *check*, compare) the generated sources.

    Without *check*, nothing is regenerated when the inputs are those of the
    last run (:func:`inputs_digest`) and every file it wrote is still as it
    wrote it: a build then starts at once. *check* always regenerates.

    :param config: the folders of the glossary and the indexes (:func:`edition.data.config.edition_config`)
    :return: the files that were stale (written, or found stale with *check*)
    """
    # a link would make sync, or the build after it, read, write or delete files anywhere on the
    # machine: refused before anything is read, the digest of the inputs too
    linked = symbolic_links(docs, manifest_path.parent)
    if linked:
        raise EditionError("symbolic links are not allowed in docs/ or beside the manifest; "
                           "commit the file itself", linked[0])
    stamp = docs / STAMP
    digest: str | None = None
    if not check:
        digest = inputs_digest(manifest_path, docs, config)
        if _up_to_date(stamp, digest, docs):
            return []
    manifest = load_manifest(manifest_path)
    stale = []
    written = {}
    made = outputs(manifest, docs, cache=not check, config=config)
    # a folder sync alone writes keeps no page it no longer makes (a letter of the glossary gone), nor any
    # page put there by hand, at any depth (docs/texts/sub/page.md): Sphinx would read it as a page
    for path in stray_pages(docs, {out.path for out in made}):
        stale.append(path)
        if not check:
            # a folder named like a page ("x.md/"), with what it holds, or the page (no link: refused above)
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    for out in made:
        current = out.path.read_text(encoding="utf-8") if out.path.exists() else None
        written[out.path.relative_to(docs).as_posix()] = hashlib.sha256(out.content.encode("utf-8")).hexdigest()
        if current == out.content:
            continue
        stale.append(out.path)
        if not check:
            write_whole(out.path, out.content)
    if not check:
        _write_stamp(stamp, digest, written)
    return stale


def stray_pages(docs: Path, made: set[Path]) -> list[Path]:
    """The pages (``*.md``, at any depth) in the folders :data:`OWN_FOLDERS` that are not among *made*,
    and the folders there named like pages (``x.md/``), which Sphinx would take for one."""
    return sorted(path for folder in OWN_FOLDERS for path in (docs / folder).rglob("*.md") if path not in made)


def _up_to_date(stamp: Path, digest: str, docs: Path) -> bool:
    """Whether *stamp*, signed on this machine, records the inputs *digest* and outputs still as written,
    and the folders sync makes hold no page besides them (one put there since is removed by a full run)."""
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    secret = cache_secret()
    if not isinstance(recorded, dict) or secret is None or not hmac.compare_digest(
            str(recorded.get("signature", "")), _stamp_signature(secret, recorded)):
        recorded = {}  # not this machine's: regenerate everything
    return bool(recorded.get("inputs") == digest and recorded.get("outputs") and all(
        content_digest(docs / name) == sha for name, sha in recorded["outputs"].items()
    ) and not stray_pages(docs, {docs / name for name in recorded["outputs"]}))


def _write_stamp(stamp: Path, digest: str | None, written: dict[str, str]) -> None:
    """Record at *stamp* the inputs' *digest* and the digest of each file *written*, signed for this machine."""
    record: dict[str, object] = {"inputs": digest, "outputs": written}
    secret = cache_secret()
    if secret is not None:
        record["signature"] = _stamp_signature(secret, record)
    write_whole(stamp, json.dumps(record, indent=1) + "\n")
