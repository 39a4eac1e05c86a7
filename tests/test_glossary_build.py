"""The glossary in the built edition: new entries, incremental rebuilds, bad entries."""

from __future__ import annotations

import re

import pytest
from bench import pages

from conftest import copy_project, sphinx_build

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
    # the entry is on its letter's page, and listed in the overview
    glossary = (out / "terms" / "r.html").read_text(encoding="utf-8")
    assert 'id="gloss-rostselmash"' in glossary
    assert "A factory of farm machinery in Rostov-on-Don." in glossary
    assert re.search(r'href="\.\./texts/russian-capitalism\.html#p\d+"', glossary.split('id="gloss-rostselmash"')[1])
    assert 'href="terms/r.html#gloss-rostselmash"' in (out / "glossary.html").read_text(encoding="utf-8")
    text = (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")
    assert 'href="../terms/r.html#gloss-rostselmash"' in text
    # the tooltip: the term carries its slug, and the page loads the definitions
    assert '<span class="gloss" data-gloss="rostselmash">' in text
    assert 'src="../_static/glossary-definitions.js' in text
    assert ('"rostselmash": ["Rostselmash", "A factory of farm machinery in Rostov-on-Don."]'
            in definitions(out))


def definitions(out) -> str:
    return (out / "_static" / "glossary-definitions.js").read_text(encoding="utf-8")


def test_incremental_builds_follow_the_entry(tmp_path):
    project = copy_project(tmp_path / "project")
    entry = project / "docs" / "glossary" / "rostselmash.md"
    out = tmp_path / "html"
    build(project, out)
    assert "gloss-rostselmash" not in (out / "terms" / "r.html").read_text(encoding="utf-8")

    entry.write_text(ENTRY.format(definition="First definition."), encoding="utf-8")
    proc = build(project, out)
    assert "First definition." in (out / "terms" / "r.html").read_text(encoding="utf-8")
    assert "First definition." in definitions(out)
    # the text that names the term is read again, to link it
    assert "texts/russian-capitalism" in pages(proc.stdout)[0]
    assert 'data-gloss="rostselmash"' in (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")

    entry.write_text(ENTRY.format(definition="Second definition."), encoding="utf-8")
    proc = build(project, out)
    assert "Second definition." in (out / "terms" / "r.html").read_text(encoding="utf-8")
    assert "Second definition." in definitions(out) and "First definition." not in definitions(out)
    # only what changed is read again and written: the letter's page, not the overview (it lists
    # terms, not definitions), the other letters or the texts using the term
    reread, rewritten = pages(proc.stdout)
    assert reread == {"terms/r"}, proc.stdout
    assert "terms/r" in rewritten and not any(doc.startswith(("texts/", "terms/s")) for doc in rewritten)
    # its citations are as they were: the bibliography's back-links too
    assert "bibliography" not in rewritten

    entry.write_text(ENTRY.format(definition="Second definition.").replace(
        "{cite:p}`mpst2001`.", "{cite:p}`mpst2001`, as Voslensky describes {cite:p}`voslensky1984`."),
        encoding="utf-8")
    proc = build(project, out)
    assert "bibliography" in pages(proc.stdout)[1], proc.stdout
    bibliography = (out / "bibliography.html").read_text(encoding="utf-8")
    voslensky = bibliography.split("The Soviet Ruling Class</em>", 1)[1].split("</div>", 1)[0]
    assert re.search(r'<em>Glossary: R</em> <a class="reference internal" href="terms/r\.html#', voslensky)

    entry.unlink()
    build(project, out)
    assert "gloss-rostselmash" not in (out / "terms" / "r.html").read_text(encoding="utf-8")
    assert "gloss-rostselmash" not in (out / "glossary.html").read_text(encoding="utf-8")
    assert "gloss-rostselmash" not in (out / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")
    assert "rostselmash" not in definitions(out)


def test_a_hostile_entry_stops_the_build_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "glossary" / "bad.md").write_text(
        ENTRY.format(definition="Fine.").replace("named in the text", "<script>alert(1)</script>"),
        encoding="utf-8")
    proc = sphinx_build("html", tmp_path / "html", cwd=project)
    assert proc.returncode != 0
    assert "Glossary error" in proc.stderr and "[edition.glossary]" in proc.stderr
    assert "[edition.witness]" not in proc.stderr  # a glossary's problem, not a witness's
    assert ("docs/glossary/bad.md:7: raw HTML is not allowed; use Markdown (in a glossary entry) "
            "[markup-unsafe]") in proc.stderr
    assert "Traceback" not in proc.stderr
