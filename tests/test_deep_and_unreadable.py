"""Inputs nested too deep to be read, and data files that cannot be read, found by the third red team of
issue 16: each is a problem naming its file and line, in ``edition check`` as in the build, never a
traceback ("the check stopped on an input it could not read") and never text dropped in silence."""

from __future__ import annotations

import tomllib

import pytest

from conftest import copy_project
from edition.data.markup import MAX_DIRECTIVE_DEPTH, judge_page, nesting_problems
from edition.errors import read_toml, toml_error_line


def test_toml_nested_too_deep_is_a_toml_error_at_its_line():
    source = 'a = 1\nb = "x"\ndeep = ' + "[" * 3000 + "]" * 3000 + "\n"
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        read_toml(source)
    assert toml_error_line(caught.value) == 3
    assert "nested too deep" in str(caught.value)
    # near misses: what tomllib reads, read the same; its own errors as they were
    assert read_toml("a = [[1], [2]]\n[t]\nb = {c = 1}\n") == tomllib.loads("a = [[1], [2]]\n[t]\nb = {c = 1}\n")
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        read_toml("a = 1\nb = \n")
    assert toml_error_line(caught.value) == 2


def _nested(depth: int, body: str = "Deep.") -> str:
    """A page of *depth* notes, each inside the last (colon fences, the outer one the longest)."""
    return "# Page\n\n" + "".join(":" * (depth + 3 - n) + "{note}\n" for n in range(depth)) + body + "\n" + "".join(
        ":" * (depth + 3 - n) + "\n" for n in range(depth - 1, -1, -1))


def test_directives_nested_too_deep_are_refused_at_the_first_too_deep():
    assert nesting_problems(_nested(MAX_DIRECTIVE_DEPTH), "p.md") == []  # near miss: as deep as allowed
    found = nesting_problems(_nested(MAX_DIRECTIVE_DEPTH + 1), "p.md")
    assert [(p.path, p.line) for p in found] == [("p.md", 3 + MAX_DIRECTIVE_DEPTH)]
    assert "nested more than" in found[0].message
    assert found[0] in judge_page(_nested(MAX_DIRECTIVE_DEPTH + 1), "p.md")  # the check says so too
    assert nesting_problems(_nested(200), "p.md")  # the red team's page: the build ended in a traceback


def test_blocks_as_deep_as_the_reader_s_limit_are_refused_not_dropped():
    notes, indent = "# Page\n\nText[^a0].\n\n", ""
    for n in range(22):
        notes += f"{indent}[^a{n}]: Note {n} [^a{n + 1}]\n\n"
        indent += "    "
    found = nesting_problems(notes + indent + "The rest.\n", "p.md")
    assert len(found) == 1 and "drops the rest of the page" in found[0].message
    assert found[0].line is not None and found[0].line > 4
    # near miss: notes nested a few deep, all read
    few, indent = "# Page\n\nText[^a0].\n\n", ""
    for n in range(4):
        few += f"{indent}[^a{n}]: Note {n}\n\n"
        indent += "    "
    assert nesting_problems(few, "p.md") == []
    assert nesting_problems("# Page\n\n" + "".join("  " * n + "- item\n" for n in range(5)), "p.md") == []


def test_unreadable_data_files_are_named_by_the_check_at_their_lines(tmp_path):
    from edition.check import check_project

    root = copy_project(tmp_path)
    (root / "docs" / "glossary" / "zzprobe.md").write_bytes(
        b"---\nterm: zzprobe\ndefinition: A pr\xff\xfeobe.\nsources: [trotsky1936]\n---\nBody.\n")
    with (root / "docs" / "indexes" / "persons.toml").open("ab") as out:
        out.write(b"\n# \xff\n")
    editorial = sorted((root / "seeds" / "editorial").glob("*.toml"))[0]
    editorial.write_text(editorial.read_text(encoding="utf-8") + "\ndeep = " + "{a=" * 1500 + "1" + "}" * 1500
                         + "\n", encoding="utf-8")
    (root / "docs" / "glossary" / "x.md").mkdir()
    (root / "docs" / "glossary" / "x.md" / "f.txt").write_text("hi", encoding="utf-8")
    problems = check_project(root)  # before: one "please report this as a bug" line, no file named
    named = {(p.path.replace(str(root) + "/", ""), p.code) for p in problems}
    assert ("docs/glossary/zzprobe.md", "glossary-encoding") in named
    assert ("docs/indexes/persons.toml", "index-encoding") in named
    assert (str(editorial.relative_to(root)), "editorial-toml") in named
    assert ("docs/glossary/x.md", "glossary-filename") in named
    lines = {p.code: p.line for p in problems}
    assert lines["glossary-encoding"] == 3 and lines["index-encoding"] is not None
    assert lines["editorial-toml"] == len(editorial.read_text(encoding="utf-8").splitlines())


def _chain(depth: int) -> dict[str, list[str]]:
    """Tables of contents *depth* deep: the root names p0, each page the next."""
    return {"index": ["p0"], **{f"p{n}": [f"p{n + 1}"] for n in range(depth - 1)}}


def test_tables_of_contents_nested_too_deep_are_refused_by_the_check_and_the_build_without_a_traceback():
    """A reviewer's: 1500 pages each naming the next in its table of contents ended the check and the build's
    guard in Python's recursion error (and Sphinx itself recurses through them)."""
    from pathlib import Path

    from edition.data.markup import PageToctree, TocEntry
    from edition.data.targets import TOCTREE_DEPTH_MOST, Targets, toctree_resolution_problems, toctree_too_deep
    from edition.sphinxext.safety import circular_toctrees

    assert toctree_too_deep(_chain(1500), "index") is not None
    assert circular_toctrees(_chain(1500), "index") == []  # no circle, and no recursion past its depth
    assert toctree_too_deep(_chain(TOCTREE_DEPTH_MOST), "index") is None  # near miss: as deep as allowed
    assert toctree_too_deep({"index": ["a", "b"], "a": ["b"], "b": []}, "index") is None  # trees that meet
    chain = _chain(1500)
    targets = Targets()
    for page, entries in chain.items():
        targets.docnames.add(page)
        targets.titled.add(page)
        targets.toctrees[page] = (PageToctree(3, False, tuple(TocEntry(4, e) for e in entries)),)
    targets.docnames.add("p1499")
    targets.titled.add("p1499")
    problems = toctree_resolution_problems(targets, Path("docs"), "index")
    assert problems and all("nest more than" in p.message and p.line == 4 for p in problems)


@pytest.mark.parametrize("label, anchor, own", [
    ("gloss-caste", "gloss-caste", True),
    # the id docutils makes of a label with an underscore is hyphened: the anchor must be that id
    ("gloss_caste", "gloss-caste", True),
    ("gloss_caste", "gloss_caste", False),  # a reviewer's: the check let it pass, the build stopped
    ("gloss-caste", "GLOSS-CASTE", False),
    ("gloss-caste", "gloss-castes", False),
])
def test_a_search_entry_s_anchor_is_the_id_of_a_label_of_its_own_page(label, anchor, own):
    from edition.data.markup import Reference
    from edition.data.targets import Targets, resolve

    targets = Targets()
    targets.docnames |= {"terms/c", "other"}
    targets.labels[label] = ["terms/c"]
    found = resolve(Reference("entry", anchor, "docs/terms/c.md", 3), "terms/c", targets)
    assert (found is None) == own
    # near miss: the same anchor on a page whose label it is not
    assert resolve(Reference("entry", anchor, "docs/other.md", 3), "other", targets) is not None
