"""Parity round 3: what a page may hold that the check and the ``-W`` build judged differently.

- Inline code given a language by MyST's inline attributes (`` `x`{l=python} ``, ``lexer``,
  ``language``) is highlighted by the build as a code block is: a language Pygments does not know, or
  a text its lexer cannot read, warns. The check now lexes it as it lexes code blocks.
- Tables of contents that name each other in a circle, or name a page without a title, warn as the
  build resolves them (and a circle reachable from the root page made Sphinx recurse without end,
  a traceback: the build's guard now stops on it with the pages named). The check now resolves the
  tables of contents together, as the build does, hidden ones only where the build follows them.
- ``{sourcecode}`` and ``{code}``, Sphinx's other names of a code block, were refused by the check
  and built by the build: they are now allowed and judged as ``{code-block}`` is.
- A ``{toctree}``'s body is read by one reader, MyST-Parser's own (``toctree_lines``), for its
  addresses and its pages alike.

Every attack has a near miss beside it that must pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.data.markup import (
    PageToctree,
    TocEntry,
    inline_code_language,
    judge_page,
    page_outline,
    toctree_addresses,
    toctree_entries,
    toctree_lines,
)
from edition.data.targets import Targets, toctree_resolution_problems
from edition.sphinxext.safety import circular_toctrees


def _problems(page: str) -> list:
    return judge_page(page, "docs/p.md")


@pytest.mark.parametrize("attrs, language", [
    ({"l": "python"}, "python"), ({"lexer": "json"}, "json"), ({"language": "c"}, "c"),
    # in their order, the last of the three names winning, as MyST-Parser copies them
    ({"language": "a", "l": "b"}, "b"), ({"l": "b", "lexer": "a"}, "a"),
    # not highlighted: keyboard input, an empty language, names in capitals (MyST reads none of them)
    ({"l": "python", "class": "x kbd"}, ""), ({"l": ""}, ""), ({"L": "python"}, ""), ({"Language": "c"}, ""),
    ({"class": "code"}, ""), ({}, ""),
])
def test_inline_code_s_language_is_read_as_myst_reads_it(attrs, language):
    assert inline_code_language(attrs) == language


@pytest.mark.parametrize("page, said", [
    ("See `x`{l=nosuchlexer}.", "the inline code's language 'nosuchlexer' is not one Pygments knows"),
    ("- item `x`{lexer=nosuchlexer}", "is not one Pygments knows"),
    ("> quoted `x`{language=nosuchlexer .code}", "is not one Pygments knows"),
    (":::{note}\n`{'a': 1}`{l=json}\n:::", "the inline code's text is not 'json'"),
    (":::{card} A `{'a'`{l=json}\ntext\n:::", "Pygments cannot read it"),
    ("## A heading `{'a'`{l=json}", "Pygments cannot read it"),
    ("`x`{l=python l=nosuchlexer}", "is not one Pygments knows"),
])
def test_inline_code_the_build_cannot_highlight_is_refused(page, said):
    problems = _problems(page)
    assert any(said in p.message for p in problems), problems
    assert all(p.line for p in problems)


@pytest.mark.parametrize("page", [
    "`x = 1`{l=python}", "`{\"a\": 1}`{language=json}", "`{'a'`{l=json .kbd}", "`{'a'`{L=json}",
    "`x`{l=nosuchlexer .kbd}", "`{'a'`{l=default}", "`{'a'` {l=json}", "`x` and `y`{.code}",
    "```\n`x`{l=nosuchlexer}\n```",
])
def test_near_misses_of_inline_code_pass(page):
    assert _problems(page) == []


@pytest.mark.parametrize("page, said", [
    ("```{sourcecode} json\n{'a': 1}\n```", "Pygments cannot read it"),
    ("- ```{SourceCode} nosuchlexer\n  x\n  ```", "is not one Pygments knows"),
    ("> ```{code} json\n> {'a'\n> ```", "Pygments cannot read it"),
    (":::{note}\n```{Code} nosuchlexer\nx\n```\n:::", "is not one Pygments knows"),
    ("```{code} python\n```", "the {code} directive has no text"),
    ("```{code}\n:class: a\n```", "the {code} directive has no text"),
    ("```{sourcecode} python\n:emphasize-lines: 3\nx = 1\n```", "names lines it does not have"),
    ("```{sourcecode} python\n:dedent: 4\nx = 1\n```", ":dedent: 4 would strip"),
    ("```{code} python\n:dedent: 2\n  x = 1\n```", "the option :dedent: of {code} is not allowed"),
    ("```{code} python\n:caption: A\nx = 1\n```", "may not have a :caption:"),
    ("```{sourcecode} python\n:caption: A\nx = 1\n```", "may not have a :caption:"),
])
def test_code_blocks_by_their_other_names_are_judged_as_code_blocks(page, said):
    problems = _problems(page)
    assert any(said in p.message for p in problems), problems


@pytest.mark.parametrize("page", [
    "```{sourcecode} python\n:linenos:\nx = 1\n```", "```{sourcecode}\n```", "```{code}\nplain {'a'\n```",
    "```{code} python\n:number-lines: 3\n:class: a\n:name: c1\nx = 1\n```", "```{code} json\n:force:\n{'a'\n```",
    "```{code} python\n---\nnumber-lines:\n---\nx = 1\n```", "```{sourcecode} json\n---\nforce:\n---\n{'a'\n```",
])
def test_near_misses_of_code_blocks_by_their_other_names_pass(page):
    assert _problems(page) == []


@pytest.mark.parametrize("argument, content", [
    ("", ":hidden:\n:caption: A: title, with colons\n\nintro\nTitle <https://a.org/x?y=1>\n"),
    ("", "---\nhidden:\ncaption: 'a: b'\n---\nintro\n\n  https://a.org/\n"),
    ("", "---\nmaxdepth: 2\n--- intro\nself\nS <self>\n"),
    ("", "\n% a comment is an entry\nintro\n\n\nhttps://a.org/\n"),
    ("intro", "Title <intro.md>\n a/b://c\nhttps://a.org/ \n"),
    ("", ":glob:\n\nt*\nAll <https://a.org/>\n"),
])
def test_a_table_of_contents_body_is_read_once_for_its_addresses_and_its_pages(argument, content):
    lines, _options = toctree_lines(argument, content, 10)
    addresses = toctree_addresses(argument, content, 10)
    pages = toctree_entries(argument, content, 10)
    # every entry the build reads is a page, an address, 'self' or a relative link ('a/b://c'), at the line
    # the one reader gives it, and none is two of them
    written = {line for line, _entry in lines}
    assert {line for line, _ref in addresses} | {entry.line for entry in pages} <= written
    assert not {line for line, _ref in addresses} & {entry.line for entry in pages}
    others = {line for line, entry in lines if entry.endswith(("self", "<self>")) or "://" in entry}
    assert written == {line for line, _ref in addresses} | {entry.line for entry in pages} | others
    assert {line for line, entry in lines if "://" in entry and "a/b" not in entry} == {
        line for line, _ref in addresses}


def test_a_table_of_contents_body_s_tricky_lines():
    # options with colons, a --- block whose closing line holds an entry, blank lines, comments, blanks kept
    assert toctree_lines("", ":caption: a: b\n\nintro\n", 3) == ([(6, "intro")], {"caption": "a: b"})
    assert toctree_lines("", "---\nhidden:\n--- intro\nb\n", 3) == ([(6, "intro"), (7, "b")], {"hidden": None})
    assert toctree_lines("", "---\nhidden:\n---\n\n% c\n  x \n", 3)[0] == [(8, "% c"), (9, "  x ")]
    assert toctree_addresses("", "---\nhidden:\n---\n\n T <http://127.0.0.1/>\n", 3) == [(8, "http://127.0.0.1/")]
    assert toctree_entries("", "---\nhidden:\n---\n\n% c\n", 3) == [TocEntry(8, "% c")]
    # options MyST-Parser cannot read it drops, with a warning (refused as options), and reads the entries
    assert toctree_lines("", ":maxdepth: x\nintro\n", 3) == ([(5, "intro")], {})
    assert toctree_lines("", "---\n[a\n---\nintro\n", 3) == ([(7, "intro")], {})
    assert toctree_addresses("", ":nosuch: 1\nhttp://127.0.0.1/\n", 3) == [(5, "http://127.0.0.1/")]


@pytest.mark.parametrize("page, titled", [
    ("# T\n", True), ("Text\n\nT\n=\n", True), ("---\norphan: true\n---\n# T\n", True),
    (":::{only} html\n# T\n:::\n", True), ("```{toctree}\n:hidden:\n```\n", True),
    ("- x\n\n  :::{note}\n  ```{toctree}\n  a\n  ```\n  :::\n", True),
    # a heading in a quote, a list, a div or a directive other than {only} is a rubric
    ("> # T\n", False), ("- # T\n", False), (":::{note}\n# T\n:::\n", False), (":::x\n# T\n:::\n", False),
    ("- x\n\n  :::{only} html\n  # T\n  :::\n", False), ("Text only.\n", False), ("```\n# T\n```\n", False),
    ("```{toctree}\n:maxdepth: x\n```\n", True),
])
def test_a_page_s_title_is_what_sphinx_s_table_of_contents_finds(page, titled):
    assert page_outline(page).titled is titled


def test_a_page_s_tables_of_contents_are_found_at_any_depth():
    page = ("# T\n\n```{toctree}\n:hidden:\na\n```\n\n- x\n\n  > :::{note}\n  > ```{TocTree}\n  > ---\n"
            "  > maxdepth: 1\n  > ---\n  > b.md\n  > ```\n  > :::\n")
    outline = page_outline(page)
    assert outline.toctrees == (PageToctree(3, True, (TocEntry(5, "a"),)),
                                PageToctree(11, False, (TocEntry(15, "b"),)))


def _targets(pages: dict[str, tuple[bool, list[tuple[bool, list[str]]]]]) -> Targets:
    targets = Targets()
    for name, (titled, tocs) in pages.items():
        targets.docnames.add(name)
        if titled:
            targets.titled.add(name)
        targets.toctrees[name] = tuple(PageToctree(i * 10, hidden, tuple(TocEntry(i * 10 + j + 1, e)
                                                                         for j, e in enumerate(entries)))
                                       for i, (hidden, entries) in enumerate(tocs))
    return targets


@pytest.mark.parametrize("pages, refused", [
    # a circle of trees the build resolves: between two pages, through three, and from the root through hidden ones
    ({"index": (True, []), "a": (True, [(False, ["b"])]), "b": (True, [(False, ["a"])])}, {"a", "b"}),
    ({"index": (True, []), "a": (True, [(False, ["b"])]), "b": (True, [(False, ["c"])]),
      "c": (True, [(False, ["a"])])}, {"a", "b", "c"}),
    ({"index": (True, [(True, ["a"])]), "a": (True, [(True, ["b"])]), "b": (True, [(True, ["a"])])}, {"b"}),
    ({"index": (True, [(True, ["a"])]), "a": (True, [(True, ["index"])])}, {"index"}),
    # a page without a title, named where the build resolves the tree
    ({"index": (True, []), "a": (True, [(False, ["b"])]), "b": (False, [])}, {"a"}),
    ({"index": (True, [(True, ["a"])]), "a": (True, [(True, ["b"])]), "b": (False, [])}, {"a"}),
    # near misses: hidden circles and untitled pages that nothing resolves, and trees that only meet
    ({"index": (True, []), "a": (True, [(True, ["b"])]), "b": (True, [(True, ["a"])])}, set()),
    ({"index": (True, []), "a": (True, [(False, ["b"])]), "b": (True, [(True, ["a"])])}, set()),
    ({"index": (True, []), "a": (True, [(True, ["b"])]), "b": (False, [])}, set()),
    ({"index": (True, [(False, ["a", "b"])]), "a": (True, [(False, ["c"])]), "b": (True, [(False, ["c"])]),
      "c": (True, [])}, set()),
])
def test_tables_of_contents_are_resolved_together_as_the_build_resolves_them(pages, refused):
    problems = toctree_resolution_problems(_targets(pages), Path("docs"), "index")
    assert {Path(p.path).stem for p in problems} == refused, [str(p) for p in problems]
    assert all(p.line and ("circle" in p.message or "no title" in p.message) for p in problems)


def test_the_build_stops_on_a_circle_reachable_from_the_root():
    assert circular_toctrees({"index": ["a"], "a": ["b"], "b": ["a"]}, "index") == [("b", "a")]
    assert circular_toctrees({"index": ["a"], "a": ["index"]}, "index") == [("a", "index")]
    # near misses: a page naming itself (Sphinx warns, and stops there), a circle the root does not reach,
    # two trees naming one page
    assert circular_toctrees({"index": ["a"], "a": ["a"]}, "index") == []
    assert circular_toctrees({"index": ["a"], "b": ["c"], "c": ["b"]}, "index") == []
    assert circular_toctrees({"index": ["a", "b"], "a": ["c"], "b": ["c"]}, "index") == []
