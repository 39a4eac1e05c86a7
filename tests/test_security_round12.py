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
    assert [(r.role, r.target, r.line) for r in references] == [
        ("toctree", "about", 4), ("toctree", "texts/soviet-mirage", 5), ("toctree", "javascript:alert(1)", 6)]
    targets = Targets(docnames={"about", "texts/soviet-mirage"})
    found = [resolve(r, "index", targets) for r in references]
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
