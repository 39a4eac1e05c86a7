"""Round 14: the findings of red team 3 (``notes/redteam3.md``) that the check and the build judged
differently, or let through.

- F5: ``CITATION.cff``, read by the printed edition beside ``conf.py`` (outside the sources), was read
  through a symbolic link into the PDF's metadata and title page; a file not in UTF-8 stopped the
  LaTeX build with a traceback. It is now read only as itself, in UTF-8, by the check and the build.

Every attack has a near miss beside it that must pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, copy_project, sphinx_build
from edition.check import citation_file_problems
from edition.errors import EditionError
from edition.writers.printed import citation_file_refusal, read_citation_file

CFF = 'cff-version: 1.2.0\nauthors:\n  - name: "The editors"\nkeywords:\n  - "edition"\n'


def _cff(root: Path, form: str) -> Path:
    """``CITATION.cff`` under *root* in one of the forms a pull request can commit."""
    path = root / "CITATION.cff"
    secret = root / "elsewhere.cff"
    secret.write_text('authors:\n  - name: "SECRET-OF-THE-MACHINE"\n', encoding="utf-8")
    if form == "link":
        path.symlink_to(secret)
    elif form == "dangling-link":
        path.symlink_to(root / "nothing-there.cff")
    elif form == "folder":
        path.mkdir()
    elif form == "not-utf8":
        path.write_bytes(CFF.encode() + b'  - "caf\xe9"\n')
    elif form == "file":
        path.write_text(CFF, encoding="utf-8")
    elif form == "utf8-letters":  # a near miss: letters outside ASCII, in UTF-8
        path.write_text(CFF + '  - "Čech, café"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("form, line, said", [
    ("link", None, "a symbolic link"), ("dangling-link", None, "a symbolic link"),
    ("folder", None, "not a regular file"), ("not-utf8", 6, "not UTF-8"),
])
def test_a_citation_file_is_read_only_as_itself_in_utf8(tmp_path, form, line, said):
    path = _cff(tmp_path, form)
    why = citation_file_refusal(path)
    assert why is not None and why[0] == line and said in why[1]
    with pytest.raises(EditionError) as err:
        read_citation_file(path)
    assert said in err.value.message and err.value.path == str(path) and err.value.line == line
    (problem,) = citation_file_problems(tmp_path)
    assert (problem.path, problem.line, problem.code) == (str(path), line, "citation-file")


@pytest.mark.parametrize("form", ["file", "utf8-letters", "none"])
def test_near_misses_of_the_citation_file_pass(tmp_path, form):
    path = _cff(tmp_path, form)
    assert citation_file_refusal(path) is None and citation_file_problems(tmp_path) == []
    if form != "none":
        assert read_citation_file(path).authors == ["The editors"]
    assert citation_file_refusal(ROOT / "CITATION.cff") is None  # the edition's own


@pytest.mark.build
@pytest.mark.parametrize("form, said", [("link", "CITATION.cff: a symbolic link"),
                                        ("not-utf8", "CITATION.cff:6: not UTF-8")])
def test_the_latex_build_stops_on_a_citation_file_it_cannot_read_as_itself(tmp_path, form, said):
    root = copy_project(tmp_path / "project")
    _cff(root, form)
    proc = sphinx_build("latex", tmp_path / "latex", "-q", cwd=root)
    assert proc.returncode == 2 and said in proc.stderr, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "SECRET-OF-THE-MACHINE" not in proc.stderr
    assert not (tmp_path / "latex" / "russian-question.tex").exists()
