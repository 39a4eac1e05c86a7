"""The glossary in the built edition: new entries, incremental rebuilds, bad entries."""

from __future__ import annotations

import re

import pytest

from conftest import copy_project, sphinx_build
from edition.bench import pages

pytestmark = pytest.mark.build

ENTRY = """\
---
term: Rostselmash
variants: [Rostsel'mash]
definition: {definition}
sources: [mpst2001]
---
An agricultural machinery works in Rostov-on-Don, named in the text {{cite:p}}`mpst2001`.
"""


def build(project, out):
    proc = sphinx_build("html", out, cwd=project)
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    return proc


def test_a_new_entry_file_is_all_it_takes(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "glossary" / "rostselmash.md").write_text(
        ENTRY.format(definition="A factory of farm machinery in Rostov-on-Don."), encoding="utf-8")
    out = tmp_path / "html"
    build(project, out)
    glossary = (out / "glossary.html").read_text(encoding="utf-8")
    assert 'id="gloss-rostselmash"' in glossary
    assert "A factory of farm machinery in Rostov-on-Don." in glossary
    assert re.search(r'href="texts/russian-capitalism\.html#p\d+"', glossary.split('id="gloss-rostselmash"')[1])
    text = (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")
    assert 'href="../glossary.html#gloss-rostselmash"' in text
    assert "A factory of farm machinery in Rostov-on-Don." in text  # the tooltip


def test_incremental_builds_follow_the_entry(tmp_path):
    project = copy_project(tmp_path / "project")
    entry = project / "docs" / "glossary" / "rostselmash.md"
    out = tmp_path / "html"
    build(project, out)
    assert "gloss-rostselmash" not in (out / "glossary.html").read_text(encoding="utf-8")

    entry.write_text(ENTRY.format(definition="First definition."), encoding="utf-8")
    proc = build(project, out)
    assert "First definition." in (out / "glossary.html").read_text(encoding="utf-8")
    assert "First definition." in (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")

    entry.write_text(ENTRY.format(definition="Second definition."), encoding="utf-8")
    proc = build(project, out)
    assert "Second definition." in (out / "glossary.html").read_text(encoding="utf-8")
    assert "Second definition." in (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")
    assert "First definition." not in (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")
    # only what changed is read again: the glossary page
    reread, rewritten = pages(proc.stdout)
    assert "glossary" in reread, proc.stdout
    assert "texts/soviet-mirage" not in reread
    # a definition is put in when a page is written: the text using the term is written again, not read
    assert "texts/russian-capitalism" not in reread
    assert "texts/russian-capitalism" in rewritten

    entry.unlink()
    build(project, out)
    assert "gloss-rostselmash" not in (out / "glossary.html").read_text(encoding="utf-8")
    assert "gloss-rostselmash" not in (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")


def test_a_hostile_entry_stops_the_build_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "glossary" / "bad.md").write_text(
        ENTRY.format(definition="Fine.").replace("named in the text", "<script>alert(1)</script>"),
        encoding="utf-8")
    proc = sphinx_build("html", tmp_path / "html", cwd=project)
    assert proc.returncode != 0
    assert "Glossary error" in proc.stderr
    assert "docs/glossary/bad.md:7: raw HTML is not allowed; use Markdown [glossary-unsafe]" in proc.stderr
    assert "Traceback" not in proc.stderr
