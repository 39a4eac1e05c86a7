"""The conversion rules as fixture files: each case an input text and the MyST expected of it, side by side.

The files in ``tests/fixtures/conversion/`` are in the format of markdown-it's
and MyST-Parser's fixtures: a line naming the case, a line ``.``, the input
(a text as ``edition convert`` reads it), a line ``.``, the MyST it must
give, a line ``.``. The inputs are texts of our own making, one rule or a
few rules each, so that a change to a rule shows as a diff of a few lines
an editor can read. After an intended change,
``EDITION_REGEN_FIXTURES=1 pytest tests/test_conversion_fixtures.py`` writes
the expected MyST again; read every diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from edition.data.apparatus import EditorialData
from edition.pipeline import edit
from edition.witness.reading import read_text
from edition.writers.myst import render

FIXTURES = Path(__file__).parent / "fixtures" / "conversion"
CASES = [(path, line, title, source, expected)
         for path in sorted(FIXTURES.glob("*.md"))
         for line, title, source, expected in read_fixture_file(path)]


def myst_of(source: str) -> str:
    """What ``edition convert`` writes for *source*, a text outside the manifest (no glossary links)."""
    return render(edit(read_text(source), None, EditorialData.empty()).edition)


def test_there_are_fixtures_for_each_kind_of_rule():
    assert {path.stem for path, *_ in CASES} >= {"web-furniture", "notes", "pdf-structure", "words"}
    assert len(CASES) >= 8


@pytest.mark.parametrize(("path", "line", "title", "source", "expected"), CASES,
                         ids=[f"{path.stem}:{line + 1}" for path, line, *_ in CASES])
def test_fixture(path, line, title, source, expected):
    got = myst_of(source)
    if os.environ.get("EDITION_REGEN_FIXTURES") and got != expected:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(f".\n{source}.\n{expected}.\n", f".\n{source}.\n{got}.\n", 1), encoding="utf-8")
        pytest.skip("expected MyST written again: read the diff")
    assert got == expected, f"{path.name}:{line + 1}: {title}"
