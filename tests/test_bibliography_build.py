"""A broken or hostile bibliography stops the build with its file and line, as ``edition check`` does."""

from __future__ import annotations

import re

import pytest

from conftest import copy_project, sphinx_build

pytestmark = pytest.mark.build

GOOD = ("@book{sound2020,\n  author = {Ann Author},\n  title = {A Sound Book},\n  year = {2020},\n"
        "  publisher = {P},\n}\n")


@pytest.mark.parametrize(("record", "expected"), [
    ("@book{broken2020,\n  author = {Someone},\n  title = {Unclosed,\n", "syntax error"),
    ("@book{mpst2001,\n  author = {A},\n  title = {Again},\n  year = {2001},\n  publisher = {P},\n}\n",
     "duplicate key 'mpst2001'"),
    ("@weird{odd2020,\n  title = {Odd},\n}\n", "unknown type @weird"),
    ("@book{notitle2020,\n  author = {A},\n  year = {2020},\n}\n", "lacks title"),
    ("@book{script2020,\n  author = {A},\n  title = {<script>alert(1)</script>,\n  year = {2020},\n}\n",
     "syntax error"),
    # an address TeX's braces disguise, judged as the page prints it (http://127.0.0.1/x)
    ("@misc{tex2020, title = {T}, year = {2020}, note = {See ht{}tp://127.0.0.1/x}}\n",
     "'http://127.0.0.1/x' names its host by a number"),
])
def test_a_bad_record_stops_the_build(tmp_path, record, expected):
    project = copy_project(tmp_path / "project")
    bib = project / "docs" / "references.bib"
    before = bib.read_text(encoding="utf-8")
    bib.write_text(before + "\n" + GOOD + "\n" + record, encoding="utf-8")
    line = (before + "\n" + GOOD + "\n").count("\n") + 1
    proc = sphinx_build("html", tmp_path / "html", cwd=project)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "threw an exception" not in proc.stderr, proc.stderr
    assert "Bibliography error: docs/references.bib:" in proc.stderr, proc.stderr
    assert expected in proc.stderr
    if expected != "syntax error":
        assert f"docs/references.bib:{line}:" in proc.stderr, proc.stderr
    assert not (tmp_path / "html" / "index.html").exists(), "nothing is written"


def test_a_bibliography_in_another_encoding_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    bib = project / "docs" / "references.bib"
    record = "\n@book{latin2020, author={Müller}, title={T}, year={2020}}\n"
    bib.write_bytes(bib.read_bytes() + record.encode("latin-1"))
    proc = sphinx_build("html", tmp_path / "html", cwd=project)
    assert proc.returncode != 0
    assert re.search(r"Bibliography error: docs/references.bib:\d+: not UTF-8", proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_edited_record_is_formatted_again_in_an_incremental_build(tmp_path):
    """Formatted entries are kept between builds, but only while the .bib file is the same."""
    project = copy_project(tmp_path / "project")
    out = tmp_path / "html"
    assert sphinx_build("html", out, cwd=project).returncode == 0
    assert (out / ".doctrees" / "edition-search-stems.json").exists()
    page = (out / "bibliography.html").read_text(encoding="utf-8")
    assert "The Gorbachev Factor" in page
    bib = project / "docs" / "references.bib"
    source = bib.read_text(encoding="utf-8")
    assert "{The {Gorbachev} Factor}" in source
    bib.write_text(source.replace("{The {Gorbachev} Factor}", "{The {Gorbachev} Factor Revised}"), encoding="utf-8")
    proc = sphinx_build("html", out, cwd=project)
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    assert "The Gorbachev Factor Revised" in (out / "bibliography.html").read_text(encoding="utf-8")
    # a file checked by an earlier build is checked again once it changes
    bib.write_text(bib.read_text(encoding="utf-8") + "\n@book{broken2020,\n  title = {Unclosed,\n", encoding="utf-8")
    proc = sphinx_build("html", out, cwd=project)
    assert proc.returncode != 0 and "Bibliography error: docs/references.bib:" in proc.stderr, proc.stderr
