"""Red team 12 (issue 16's round): what got past the check or the build on surfaces not tried before.

- Pages in a folder below one that ``edition sync`` makes (``docs/texts/sub/page.md``,
  ``docs/terms/sub/page.md``) were taken for generated pages: the check skipped them, the build's
  allow-list of directive options did not judge them, and sync removed only its folders' top. Now sync
  removes every page it did not make in its folders at any depth (a run whose inputs are unchanged too),
  such a page is a hand-written page to the build's guard, and ``edition check`` names it.

Every attack has a near miss beside it that must pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.check import check_pages
from edition.cli import main
from edition.data.targets import generated_source

EVIL = "---\norphan: true\n---\n# A page of its own\n\n```{eval-rst}\n.. sidebar:: RST\n\n   hello\n```\n"


@pytest.mark.parametrize("relative, generated", [
    ("texts/soviet-mirage.md", True), ("terms/n.md", True), ("_generated/texts.md", True),
    # a folder below: a hand-written page, judged as one
    ("texts/sub/evil.md", False), ("terms/sub/x.md", False), ("texts/a/b/c.md", False),
])
def test_a_page_below_sync_s_folders_is_no_generated_page(relative, generated):
    assert generated_source(relative) is generated


def test_check_names_a_page_below_sync_s_folders(tmp_path):
    docs = tmp_path / "docs"
    for relative in ("texts/sub/evil.md", "terms/sub/x.md", "texts/top.md", "index.md"):
        (docs / relative).parent.mkdir(parents=True, exist_ok=True)
        (docs / relative).write_text(EVIL if "sub" in relative else "# A page\n\nText.\n", encoding="utf-8")
    problems = check_pages(docs)
    named = sorted(Path(p.path).relative_to(docs).as_posix() for p in problems)
    assert named == ["terms/sub/x.md", "texts/sub/evil.md"], problems
    assert all("sync removes it" in p.message for p in problems)


@pytest.fixture
def synced(sync_inputs):
    docs, args = sync_inputs
    assert main(["sync", *args]) == 0
    return docs, args


def test_sync_removes_pages_below_its_folders_even_when_its_inputs_are_unchanged(synced):
    docs, args = synced
    stray = [docs / "texts" / "sub" / "evil.md", docs / "terms" / "sub" / "deeper" / "x.md"]
    for page in stray:
        page.parent.mkdir(parents=True)
        page.write_text(EVIL, encoding="utf-8")
    # --check reports them and leaves them
    assert main(["sync", "--check", *args]) == 1
    assert all(page.exists() for page in stray)
    # the inputs are those of the last run, but the folders hold pages sync did not make: a full run
    assert main(["sync", *args]) == 0
    assert not any(page.exists() for page in stray)
    # near miss: sync's own pages and the glossary's entries (data, outside its folders) are kept
    assert (docs / "terms" / "n.md").exists() and (docs / "glossary" / "nomenklatura.md").exists()


# -- Parity: what a hand-written page holds that the build refuses (the hostile corpus has the attacks) ----

def _judged(page: str) -> tuple[list, list]:
    from edition.data.markup import judge_page

    references: list = []
    return judge_page(page, "docs/p.md", references=references), references


@pytest.mark.parametrize("page", [
    "```{code-block} python\nx = 1\n```", "```{code-block}\nplain\n```", "```{code-block} none\nplain\n```",
    "```{code-block} py\n:emphasize-lines: 1-2\nx = 1\ny = 2\n```",
    "```{code-block} python\n---\nemphasize-lines: 2\n---\nx = 1\ny = 2\n```",
    "An {abbr}`RT (red team)` here.", ":::{dropdown} D\n:icon: alert\ny\n:::",
])
def test_near_misses_of_the_page_s_parity_holes_pass(page):
    problems, _references = _judged(page)
    assert problems == []


@pytest.mark.parametrize("page, said", [
    ("```{code-block} nosuchlexer\nx\n```", "not one Pygments knows"),
    ("```{code-block} python\n:emphasize-lines: 2-3\nx = 1\ny = 2\n```", "names lines it does not have (it has 2)"),
    ("```{code-block} python\n:emphasize-lines: 0\nx = 1\n```", "names lines it does not have"),
    (":::{dropdown} D\n:icon: no-such-icon\ny\n:::", "takes the name of an icon sphinx-design has"),
    (":::{card} C\n:link: x\n:link-type: any\ntext\n:::", "takes one of 'url', 'ref', 'doc'"),
    ("See {numref}`x`.", "the role {numref} is not allowed"),
])
def test_a_page_s_parity_holes_are_refused_with_their_reason(page, said):
    problems, _references = _judged(page)
    assert any(said in p.message for p in problems), problems


def test_a_table_of_contents_names_pages_to_be_found():
    from edition.data.targets import Targets, resolve

    page = ("```{toctree}\n:maxdepth: 1\nself\nabout\nThe texts <texts/soviet-mirage.md>\n"
            "x <javascript:alert(1)>\nhttps://example.org/\n```\n\n:::{toctree}\n:glob:\nterms/*\n:::")
    problems, references = _judged(page)
    assert problems == []
    assert [(r.role, r.target, r.line, r.toctree) for r in references] == [
        ("toctree", "about", 4, 1), ("toctree", "texts/soviet-mirage", 5, 1), ("toctree", "javascript:alert(1)", 6, 1),
        ("toctree-glob", "terms/*", 12, 10)]
    targets = Targets(docnames={"about", "texts/soviet-mirage"})
    found = [resolve(r, "index", targets) for r in references[:3]]
    assert found[:2] == [None, None]
    assert found[2] is not None
    assert "the table of contents entry 'javascript:alert(1)' (an entry without '://' is a page's name) names no " \
        "page" in found[2].message


def test_an_abbreviation_s_explanation_is_an_attribute_the_build_keeps():
    from edition.sphinxext.safety import NODE_ATTRIBUTES

    assert "explanation" in NODE_ATTRIBUTES and "style" not in NODE_ATTRIBUTES


# -- A PDF or EPUB a pull request commits is never offered as the edition's -----------------------------

def test_a_committed_pdf_is_never_offered_and_a_placed_one_is(tmp_path, monkeypatch):
    from edition.pipeline import PLACED_RECORD, placed_edition_files

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    downloads = tmp_path / "docs" / "_generated" / "downloads"
    downloads.mkdir(parents=True)
    fake = downloads / "russian-question.pdf"
    fake.write_bytes(b"%PDF-1.4\n% not the edition's\n")
    assert placed_edition_files(downloads) == set()
    # a record the pull request writes itself, without this machine's key, is not believed
    import hashlib
    import json
    (downloads / PLACED_RECORD).write_text(json.dumps({"files": {fake.name: hashlib.sha256(fake.read_bytes())
                                                                 .hexdigest()}, "signature": "00"}), "utf-8")
    assert placed_edition_files(downloads) == set()
    # placed by the full build: offered; changed after that: no longer
    built = tmp_path / "build"
    built.mkdir()
    (built / "russian-question.pdf").write_bytes(b"%PDF-1.7\n% the edition\n")
    (built / "russian-question.epub").write_bytes(b"PK epub")
    assert main(["place-downloads", str(built / "russian-question.pdf"), str(built / "russian-question.epub"),
                 "--docs", str(tmp_path / "docs")]) == 0
    assert placed_edition_files(downloads) == {"russian-question.pdf", "russian-question.epub"}
    (downloads / "russian-question.epub").write_bytes(b"PK another")
    assert placed_edition_files(downloads) == {"russian-question.pdf"}


def test_placing_a_file_that_is_missing_or_not_the_edition_s_is_an_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    docs = ["--docs", str(tmp_path / "docs")]
    assert main(["place-downloads", str(tmp_path / "russian-question.pdf"), *docs]) == 1
    (tmp_path / "other.pdf").write_bytes(b"%PDF")
    assert main(["place-downloads", str(tmp_path / "other.pdf"), *docs]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and "not one of the edition's files" in err and "Traceback" not in err


def test_the_downloads_page_lists_only_the_placed_files():
    from edition.site.downloads import downloads_page

    class Manifest:
        witnesses: list = []

    page = downloads_page(Manifest(), {}, {"russian-question.epub"})
    assert "russian-question.epub" in page and "russian-question.pdf" not in page


# -- An entry's headings set as rubrics on the parser's tokens; a link's relation ---------------------

@pytest.mark.parametrize("body, rubric", [
    ("Body.\n\n   ## In these texts\n\n- An item.\n", "~~~{rubric} In these texts\n~~~\n"),
    ("Body.\n\nIn these texts\n--------------\n\nMore.\n", "~~~{rubric} In these texts\n~~~\n"),
    ("## Usage ##\n\nText.\n", "~~~{rubric} Usage\n~~~\n"),
    # backticks or tildes in the heading's text: the rubric is still one directive, and the rest stays text
    ("## a ``` b\n\nRest.\n\n```\n", "~~~{rubric} a ``` b\n~~~\n"),
    ("## a ~~~~ b\n\nRest.\n", "~~~~~{rubric} a ~~~~ b\n~~~~~\n"),
])
def test_every_heading_of_an_entry_s_body_is_a_rubric(body, rubric):
    from edition.data.markup import parser
    from edition.site.glossary import headings_to_rubrics

    made = headings_to_rubrics(body)
    assert rubric in made
    tokens = parser().parse(made, {})
    assert not any(t.type == "heading_open" for t in tokens)
    assert [(t.info.split() or [""])[0] for t in tokens if t.type == "fence"][:1] == ["{rubric}"]


def test_a_line_that_only_looks_like_a_heading_is_left_as_written():
    from edition.site.glossary import headings_to_rubrics

    body = "A sentence with # a sign.\n\n    ## an indented code line\n"
    assert headings_to_rubrics(body) == body


@pytest.mark.parametrize("rel, refused", [
    ("opener", True), ("noopener opener", True), ("noopener noreferrer", False), ("", False), ("nofollow", False),
])
def test_a_link_s_relation_is_judged_by_an_allow_list(rel, refused):
    from edition.data.markup import judge_page, link_relation_refusal

    assert (link_relation_refusal(rel) is not None) is refused
    page = f"[x](https://www.marxists.org/){{rel=\"{rel}\"}}\n" if rel else "[x](https://www.marxists.org/)\n"
    assert bool(judge_page(page, "docs/p.md")) is refused


# -- Red team, second round: addresses inside addresses read as forms and redirectors read them ---------

@pytest.mark.parametrize("address", [
    "https://www.google.com/url?q=+http://127.0.0.1/admin",  # '+' a blank, as a form is read
    "https://x.org/?u=%2B%2F%2F127.0.0.1", "https://x.org/?u=+localhost", "https://x.org/?q=+cache:127.0.0.1",
    "https://href.li/?//127.0.0.1:8080/", "https://href.li/?127.0.0.1",  # an item without '=' is a value
    "https://app.example.org/#/login?next=//127.0.0.1/", "https://app.example.org/#/login?next=127.0.0.1",
    "https://x.org/?u=127.0.0.1/?a=b",
    # five deep, and escaped more often than read: refused, as what cannot be read to its end
    "https://www.google.com/url?q=" + "https://www.google.com/url?q=" * 4 + "http://169.254.169.254/latest/",
    "https://www.google.com/url?q=" + "https://www.google.com/url?q=" * 4 + "https://www.marxists.org/",
    "https://x.org/?q=%25252568ttp://127.0.0.1/", "https://x.org/?q=%252525252525252F%252525252525252F127.0.0.1/",
])
def test_an_address_a_redirector_reads_in_a_query_is_refused(address):
    from edition.data.weblinks import address_refusal

    assert address_refusal(address) is not None


@pytest.mark.parametrize("address", [
    "https://www.google.com/url?q=https://www.marxists.org/", "https://x.org/search?q=soviet+union&lang=en",
    "https://x.org/?scale=0.5", "https://x.org/?v=10.1", "https://x.org/#section-2", "https://x.org/page?x=a%20b",
    "https://books.google.com/books?id=abc&pg=PA12&dq=state+capitalism#v=onepage&q&f=false",
    "https://x.org/?git+https://github.com/a/b",
])
def test_near_misses_of_the_query_forms_pass(address):
    from edition.data.weblinks import address_refusal

    assert address_refusal(address) is None


def test_a_folder_named_like_a_page_is_named_by_the_check_and_removed_by_sync(synced):
    docs, args = synced
    folder = docs / "terms" / "x.md"
    folder.mkdir()
    (folder / "readme.txt").write_text("hi\n", encoding="utf-8")
    problems = check_pages(docs)
    assert [Path(p.path).relative_to(docs).as_posix() for p in problems] == ["terms/x.md"]
    assert "a folder named like a page" in problems[0].message
    assert main(["sync", *args]) == 0
    assert not folder.exists() and (docs / "terms" / "n.md").exists()


@pytest.mark.parametrize("target, refused", [
    ("edition", True), ("_top", True), ("_parent", True), ("_self", True), ("_blank", False),
])
def test_a_link_s_target_is_judged_by_an_allow_list(target, refused):
    from edition.data.markup import judge_page

    page = f"[x](https://www.marxists.org/){{target=\"{target}\"}}\n"
    assert bool(judge_page(page, "docs/p.md")) is refused


@pytest.mark.parametrize("field, value", [("sources", "[1]"), ("sources", "[[x]]"), ("sources", "[{a: b}]"),
                                          ("related", "[1]"), ("sources", "trotsky1936")])
def test_an_entry_s_list_of_another_type_is_named_at_its_file_not_a_crash(tmp_path, field, value):
    from edition.data.glossary import load_glossary

    folder = tmp_path / "glossary"
    folder.mkdir()
    meta = {"sources": "[trotsky1936]", "related": "[]", field: value}
    (folder / "zzprobe.md").write_text("---\nterm: zzprobe\nvariants: []\ndefinition: A probe.\n"
                                       + "".join(f"{k}: {v}\n" for k, v in meta.items())
                                       + "---\nBody {cite:p}`trotsky1936`.\n", encoding="utf-8")
    _entries, problems = load_glossary(folder)
    assert any(p.path.endswith("zzprobe.md") and f"the field {field!r} must be" in p.message for p in problems)


@pytest.mark.parametrize("page, refused", [
    ("```nosuchlexer\nx\n```", True), ("~~~nosuchlexer\nx\n~~~", True),
    ("- item\n\n  ```nosuchlexer\n  x\n  ```", True),
    ("```{code-block} python\n:emphasize-lines: 2-1\nx = 1\ny = 2\n```", True),
    # near misses: a plain fence in a known language, or in none; a range that runs forward
    ("```python\nx = 1\n```", False), ("```\nplain\n```", False),
    ("```{code-block} python\n:emphasize-lines: 1-2\nx = 1\ny = 2\n```", False),
])
def test_a_plain_code_fence_s_language_and_a_backward_range_are_judged(page, refused):
    problems, _references = _judged(page)
    assert bool(problems) is refused, problems


# -- red team 2, H4 and H5 (notes/redteam2.md): what a page may hold that the -W build refuses -------------

@pytest.mark.parametrize("source, language, refused", [
    ("{\"a\": 'bad'}\n", "json", True), ("{'a': 1}", "JSON", True), ("{\"a\": 1}\n", "json", False),
    ("x = 1\n", "python", False), ("<p>\n", "html", False),
    # the language of a block without one fails in silence, as Sphinx lets it; a language it does not know is
    # refused as such, not here
    ("{'a'", "default", False), ("{'a'", "nosuchlexer", False),
])
def test_code_is_lexed_as_the_build_s_highlighting_lexes_it(source, language, refused):
    from edition.data.markup import highlighting_refusal

    why = highlighting_refusal(source, language)
    assert (why is not None) is refused, why
    if refused:
        assert "Pygments cannot read it" in why and "(the build warns and stops)" in why


@pytest.mark.parametrize("page, said", [
    # code that does not lex: a fence of backticks or tildes, in any case, in a list item, in an admonition,
    # a code block in either fence, with its options in either form
    ("```json\n{\"a\": 'bad'}\n```", "Pygments cannot read it"), ("~~~JSON\n{'a'\n~~~", "Pygments cannot read it"),
    ("- item\n\n  ```json\n  {'a'\n  ```", "Pygments cannot read it"),
    (":::{note}\n```{code-block} json\n{'a': 1}\n```\n:::", "Pygments cannot read it"),
    (":::{code-block} json\n:linenos:\n{'a'\n:::", "Pygments cannot read it"),
    ("```{code-block} json\n---\nlinenos:\n---\n{'a'\n```", "Pygments cannot read it"),
    # a :dedent: that strips more than blanks, in either form of options
    ("```{code-block} python\n:dedent: 8\nx = 1\n```", ":dedent: 8 would strip more than blanks"),
    (":::{tip}\n```{code-block} python\n---\ndedent: 3\n---\n  x\n```\n:::", ":dedent: 3 would strip"),
    ("```{code-block}\n:dedent: 2\n  a\n b\n```", ":dedent: 2 would strip"),
    # links without a scheme: files of the repository, a percent-encoded path:, a page, an anchor, by reference
    ("[b](../conf.py)", "has no http:, https: or mailto: address"),
    ("[h](%70ath:../conf.py)", "has no http:, https: or mailto: address"),
    ("- [x][r]\n\n  [r]: references.bib", "has no http:, https: or mailto: address"),
    ("[x](introduction.md)", "use {doc} or {ref}"), ("[x](introduction)", "use {doc} or {ref}"),
    ("[x](#label)", "has no http:"), (":::{note}\n[x](/_static/edition.js)\n:::", "has no http:"),
    ("| a |\n|---|\n| [x](file.txt) |", "has no http:"), ("Text[^1].\n\n[^1]: [x](file.txt)", "has no http:"),
    (":::{dropdown} [x](file.txt)\ny\n:::", "has no http:"), ("term\n: [x](file.txt)", "has no http:"),
    # an image of a file of the repository (or of anything: the build removes images)
    ("![x](../conf.py)", "an image ('../conf.py') is not allowed"),
    # a plain or indented code block's lines, set by an attribute block, that it does not have or in no order
    ("{emphasize-lines=\"5\"}\n```python\nx = 1\n```", "names lines it does not have (it has 1)"),
    ("{emphasize-lines=3}\n\n    code\n", "names lines it does not have (it has 1)"),
    ("- {emphasize-lines=\"2-1\"}\n  ~~~python\n  x = 1\n  y\n  ~~~", "is not a list of lines"),
    # a colon fence that names no directive is a div whose body is MyST, not code
    (":::note\n[x](../conf.py)\n:::", "has no http:"), (":::foo\n```json\n{'a'\n```\n:::", "Pygments cannot"),
    ("::::foo\n:::{note}\n<b>x</b>\n:::\n::::", "raw HTML"),
])
def test_a_page_s_code_and_links_the_build_refuses_are_refused(page, said):
    problems, _references = _judged(page)
    assert any(said in p.message for p in problems), problems
    assert all(p.path == "docs/p.md" and p.line for p in problems)


@pytest.mark.parametrize("page", [
    # near misses: code that lexes, a forced block, text in no language, a :dedent: of blanks or of none
    "```json\n{\"a\": [1, 2]}\n```", "```{code-block} json\n:force:\n{'a'\n```", "```\n{'a'\n```",
    "```{code-block} python\n:dedent: 2\n  x = 1\n\n  y = 2\n```", "```{code-block} python\n:dedent:\n    x = 1\n```",
    "```{code-block} python\n:dedent: 0\nx = 1\n```", "```text\n{'a'\n```",
    # links with an address, or marked external (the build links them as written, a page of this site)
    "[x](https://www.marxists.org/)", "[x](mailto:editors@example.org)", "[x](../conf.py){.external}",
    "{doc}`introduction`", "`[x](file.txt)` in code", "```\n[x](file.txt)\n```",
    # lines it has
    "{emphasize-lines=\"1-2\"}\n```python\nx = 1\ny = 2\n```", "{emphasize-lines=1}\n\n    code\n",
    # a div named by a word, whatever the word: its body is text, no code of that language
    ":::json\n{'a'\n:::", ":::nosuchlexer\ntext\n:::",
])
def test_near_misses_of_a_page_s_code_and_links_pass(page):
    problems, _references = _judged(page)
    assert problems == []


def test_a_table_of_contents_is_read_as_sphinx_reads_its_entries():
    from edition.data.markup import TocEntry, toctree_entries

    # the first line's text is an entry (the directive takes no argument); blanks are kept, as Sphinx keeps
    # them; a pattern only under :glob: and without a title; self and addresses name no page
    assert toctree_entries("intro", "next\n", 3) == [TocEntry(3, "intro"), TocEntry(4, "next")]
    assert toctree_entries("", " intro\nintro.md \n\n  \n", 3) == [TocEntry(4, " intro"), TocEntry(5, "intro.md "),
                                                                    TocEntry(7, "  ")]
    assert toctree_entries("", ":glob:\nt*\nAll <t*>\nself\nhttps://example.org/\n", 3) == [
        TocEntry(5, "t*", pattern=True), TocEntry(6, "t*")]
    assert toctree_entries("", "---\nglob:\n---\nt?\n", 3) == [TocEntry(7, "t?", pattern=True)]
    assert toctree_entries("", "t*\n", 3) == [TocEntry(4, "t*")]


def _toc(page: str, *entries: tuple[str, str]):
    from edition.data.markup import Reference
    from edition.data.targets import Targets, toctree_problems

    targets = Targets(docnames={"index", "about", "notes/a", "notes/b", "texts/x"})
    references = [Reference(role, target, "docs/p.md", line, toctree=1)
                  for line, (role, target) in enumerate(entries, 2)]
    return [(p.line, p.message) for p in toctree_problems(references, page, targets)]


def test_a_table_of_contents_names_each_page_once_and_its_patterns_match_pages():
    # a pattern that matches nothing, or only pages named before it, or only the index pages
    assert "pattern 'nothing*' matches no page" in _toc("index", ("toctree-glob", "nothing*"))[0][1]
    assert _toc("index", ("toctree", "notes/a"), ("toctree", "notes/b"), ("toctree-glob", "notes/*"))[0][0] == 4
    assert "matches no page" in _toc("index", ("toctree-glob", "gen*"))[0][1]
    # a page naming itself (relative or from the top), or a page twice (by another spelling too)
    assert "names its own page" in _toc("notes/a", ("toctree", "a"))[0][1]
    assert "names its own page" in _toc("notes/a", ("toctree", "/notes/a"))[0][1]
    assert "a second time" in _toc("index", ("toctree", "about"), ("toctree", "./about"))[0][1]
    assert "a second time" in _toc("index", ("toctree-glob", "notes/*"), ("toctree", "notes/a"))[0][1]
    assert "names no page" in _toc("index", ("toctree", " about"))[0][1]
    # near misses: a pattern relative to the page, the index pages by name, '..' above docs/ as Sphinx clamps it,
    # a page of another table of contents, the page itself not matched by its own pattern
    assert _toc("notes/a", ("toctree-glob", "*"), ("toctree", "/genindex"), ("toctree", "../../about")) == []
    assert _toc("index", ("toctree", "genindex"), ("toctree", "search")) == []
    assert _toc("index", ("toctree-glob", "notes/*")) == []
    assert _toc("notes/a", ("toctree-glob", "*")) == []
    assert _toc("notes/a", ("toctree", "b"), ("toctree", "/about")) == []


def test_the_build_s_guard_refuses_a_markdown_link_without_a_scheme_by_its_form():
    from types import SimpleNamespace

    from sphinx import addnodes

    from edition.sphinxext.safety import _refused_address

    app = SimpleNamespace(config=SimpleNamespace(edition_download_pages=("downloads",)))
    for node in (addnodes.pending_xref(reftype="myst", reftarget="introduction", refdomain="doc"),
                 addnodes.download_reference(reftype="myst", reftarget="../conf.py"),
                 addnodes.download_reference(reftype="myst", reftarget="references.bib")):
        assert "a link without an http:, https: or mailto: address" in (_refused_address(app, "downloads", node)
                                                                        or "")
    # near misses: the roles' references ({doc}, {ref}, {download} of the edition's own file where it is offered)
    assert _refused_address(app, "notes", addnodes.pending_xref(reftype="doc", reftarget="introduction")) is None
    assert _refused_address(app, "downloads", addnodes.download_reference(reftype="download",
                                                                          reftarget="references.bib")) is None


# -- The third red team of issue 16's round: schemes in capitals, a bare :dedent:, a fence's first word ------

@pytest.mark.parametrize(("href", "external", "auto", "reference"), [
    ("https://www.wikipedia.org/", False, False, False),
    ("mailto:editors@example.org", False, False, False),
    ("Https://www.wikipedia.org/", False, False, True),  # MyST matches its schemes case and all
    ("HTTP://www.wikipedia.org/", False, False, True),
    ("MAILTO:a/../../conf.py", False, False, True),
    ("../conf.py", False, False, True),
    ("../conf.py", True, False, False),  # {.external}: a plain link, no file
    ("Https://www.wikipedia.org/", False, True, False),  # an autolink: an address as written
])
def test_a_link_myst_makes_its_own_reference_is_told_as_myst_tells_it(href, external, auto, reference):
    from edition.data.markup import myst_reference

    assert myst_reference(href, external, auto) is reference


@pytest.mark.parametrize(("page", "refused"), [
    ("See [x](Https://www.wikipedia.org/).\n", True),
    ("See [x](https://www.wikipedia.org/).\n", False),
    ("```{code-block} hexdump\n:dedent:\n\n  x\n```\n", True),  # dedented to "x", which is no hexdump
    ("```{code-block} python\n:dedent:\n\n  x = 1\n```\n", False),
    ("```{note}}\nx\n```\n", True),  # the directive "note}"
    ("```{note}x\nx\n```\n", True),  # no directive: a code block in the language "{note}x"
    ("```{note}\nx\n```\n", False),
    ("```{note} A title\nx\n```\n", False),
])
def test_the_check_reads_links_dedents_and_fences_as_myst_and_sphinx_do(page, refused):
    from edition.data.markup import judge_page

    assert bool(judge_page(page, "p.md")) is refused


def test_an_entry_s_link_with_a_scheme_in_capitals_is_refused_at_its_line(tmp_path):
    from edition.data.glossary import load_glossary

    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "caste.md").write_text("---\nterm: caste\ndefinition: A closed social group.\nsources: [k]\n---\n"
                                     "A body.\n\nSee [x](Https://www.wikipedia.org/wiki/Caste).\n", encoding="utf-8")
    problems = [p for p in load_glossary(folder)[1] if "lower case" in p.message]
    assert [(Path(p.path).name, p.line) for p in problems] == [("caste.md", 8)]
