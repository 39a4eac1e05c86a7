"""Citations: links from the texts to the shared bibliography, and back."""

from __future__ import annotations

import re
import textwrap

import pytest

from conftest import ROOT
from edition.check import check_project
from edition.cli import main
from edition.convert import convert
from edition.data.apparatus import load_editorial
from edition.data.bibliography import Citing, check_bibliography, keys_in_role
from edition.model import Citation, Emendation, Emphasis, Text
from edition.witness.reading import read_text
from edition.writers.myst import cite_role, render

WITNESS = textwrap.dedent("""\
    A title for the test

    As Buick and Crump show (Buick and Crump, pp. 98–9), trade mattered. [1] More. [4]

    [1] A. Author, /A Book/, London 1990, p. 13.

    [2] Ibid., p. 40.

    [3] Ibid., pp. 82–3.

    [4] Ibid.
    """)

EDITORIAL = textwrap.dedent("""\
    [[citation]]
    at = "(Buick and Crump, pp. 98–9)"
    key = "buick1986"
    pages = "98–9"

    [[citation]]
    at = "London 1990, p. 13."
    key = "author1990"
    pages = "13"
    discrepancy = "The book was published in Leeds."
    """)


@pytest.fixture
def edition(tmp_path):
    data = tmp_path / "x.toml"
    data.write_text(EDITORIAL, encoding="utf-8")
    return convert(read_text(WITNESS), editorial=load_editorial(data, WITNESS))


def cites(pieces):
    return [(p.key, p.pages) for p in pieces if isinstance(p, Citation)]


def test_inline_reference_is_linked_after_the_witness_words(edition):
    pieces = edition.blocks[0].pieces
    text = "".join(p.value if isinstance(p, Text) else f"<{p}>" for p in pieces)
    assert "(Buick and Crump, pp. 98–9)<Citation(key='buick1986', pages='98–9')>, trade mattered." in text


def test_note_citation_keeps_the_authors_wording(edition):
    first = edition.notes[0].paragraphs[0]
    words = "".join(p.value for p in first if isinstance(p, (Text, Emphasis)))
    assert words == "A. Author, A Book, London 1990, p. 13."
    assert cites(first) == [("author1990", "13")]


def test_ibid_chain_resolves_to_the_previous_work_with_its_own_page(edition):
    assert [cites(n.paragraphs[0]) for n in edition.notes] == [
        [("author1990", "13")], [("author1990", "40")], [("author1990", "82–3")], [("author1990", "")],
    ]


def test_ibid_without_a_previous_citation_stays_unlinked():
    ed = convert(read_text("A title for the test\n\nText. [1]\n\n[1] Ibid., p. 4.\n"))
    assert cites(ed.notes[0].paragraphs[0]) == []


def test_wrong_citation_is_recorded_in_the_apparatus_without_changing_the_text(edition):
    (entry,) = [e for e in edition.apparatus if e.kind == "citation"]
    assert entry.reading == entry.lemma == "London 1990, p. 13."
    assert entry.note == "The book was published in Leeds." and entry.in_note == "1"
    myst = render(edition, "X")
    assert "n. 1, line 5: [London 1990, p. 13.]{.reading} *X*: The book was published in Leeds." in myst


def test_cite_role_pages():
    assert cite_role("north1989", "13") == "[{cite:p}`north1989{p. 13}`]{.citation-link}"
    assert cite_role("buick1986", "98–9") == "[{cite:p}`buick1986{pp. 98–9}`]{.citation-link}"
    assert cite_role("ellman1998", "16, 104") == "[{cite:p}`ellman1998{pp. 16, 104}`]{.citation-link}"
    assert cite_role("trotsky1936") == "[{cite:p}`trotsky1936`]{.citation-link}"


def test_works_cited_section_only_when_the_text_cites(edition):
    myst = render(edition)
    assert "```{rubric} Works cited" in myst
    # the works are listed by key, once each, sorted; a bullet list, not citation targets
    block = myst.split("```{rubric} Works cited", 1)[1].split("```{bibliography}", 1)[1].split("```", 1)[0]
    keys = edition.cited_keys()
    assert keys == sorted(set(keys)) and block.split() == [":list:", "bullet", ":filter:", "False", *keys]
    assert "Works cited" not in render(convert(read_text("Title line\n\nNo citations.\n")))


# -- edition check -------------------------------------------------------------------

GOOD_BIB = textwrap.dedent("""\
    @book{buick1986,
      author = {Buick, Adam and Crump, John},
      title = {State Capitalism},
      publisher = {Macmillan},
      year = {1986},
    }

    @article{frank1983,
      author = {Frank, Andre Gunder},
      title = {Global Crisis and Transformation},
      journal = {Development and Change},
      year = {1983},
    }
    """)


def write(tmp_path, text):
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_bibliography_passes(tmp_path):
    bib = write(tmp_path, GOOD_BIB)
    assert check_bibliography(bib, [Citing("buick1986", "a.md", 1), Citing("frank1983", "b.md", 2)]) == []


def test_an_entry_is_printed_by_the_style_once_and_an_edited_one_again(tmp_path, monkeypatch):
    from edition.data import bibliography

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    printed = []
    real = bibliography.check_style
    monkeypatch.setattr(bibliography, "check_style", lambda path, line, key, entry: printed.append(key)
                        or real(path, line, key, entry))
    citing = [Citing("buick1986", "a.md", 1), Citing("frank1983", "b.md", 2)]
    bib = write(tmp_path, GOOD_BIB)
    assert check_bibliography(bib, citing) == [] and sorted(printed) == ["buick1986", "frank1983"]
    printed.clear()
    assert check_bibliography(bib, citing) == [] and printed == []  # both known to the cache
    write(tmp_path, GOOD_BIB.replace("{1983}", "{1984}"))
    assert check_bibliography(bib, citing) == [] and printed == ["frank1983"]


def test_an_entry_the_style_cannot_print_is_refused_every_time(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    bib = write(tmp_path, GOOD_BIB + "\n@booklet{nothing2026, title={T}}\n")
    citing = [Citing("buick1986", "a.md", 1), Citing("frank1983", "b.md", 2), Citing("nothing2026", "c.md", 3)]
    for _ in range(2):
        assert [p.code for p in check_bibliography(bib, citing)] == ["bib-style"]


def test_a_cache_of_printed_entries_that_cannot_be_read_is_ignored(tmp_path, monkeypatch):
    from edition.data.bibliography import PRINTED_CACHE

    monkeypatch.setenv("EDITION_CACHE", str(tmp_path / "cache"))
    cache = tmp_path / "cache" / "edition" / PRINTED_CACHE
    cache.parent.mkdir(parents=True)
    bib = write(tmp_path, GOOD_BIB + "\n@booklet{nothing2026, title={T}}\n")
    citing = [Citing("buick1986", "a.md", 1), Citing("frank1983", "b.md", 2), Citing("nothing2026", "c.md", 3)]
    for junk in ["{not json", '{"a": 1}', "[1, 2]"]:
        cache.write_text(junk, encoding="utf-8")
        assert [p.code for p in check_bibliography(bib, citing)] == ["bib-style"]


@pytest.mark.parametrize("address", ["http://156.54.191.164/enciclopedia/karaganda", "https://[2001:db8::1]/page",
                                     "https://127.0.0.1:8080/"])
def test_a_url_that_names_its_host_by_a_number_is_refused(tmp_path, address):
    bib = write(tmp_path, GOOD_BIB.replace("  year = {1986},", f"  year = {{1986}},\n  url = {{{address}}},", 1))
    citing = [Citing("buick1986", "a.md", 1), Citing("frank1983", "b.md", 2)]
    (problem,) = check_bibliography(bib, citing)
    assert problem.code == "bib-url" and "by a number" in problem.message and problem.line is not None


def test_a_url_with_a_number_in_its_name_is_allowed(tmp_path):
    url = "  url = {https://1917.example.org/a},"
    bib = write(tmp_path, GOOD_BIB.replace("  year = {1986},", "  year = {1986},\n" + url, 1))
    assert check_bibliography(bib, [Citing("buick1986", "a.md", 1), Citing("frank1983", "b.md", 2)]) == []


def test_syntax_error_names_the_line(tmp_path):
    bib = write(tmp_path, GOOD_BIB + "\n@book{broken,\n  title = {Unclosed,\n")
    (problem,) = [p for p in check_bibliography(bib, []) if p.code == "bib-syntax"]
    assert problem.path == str(bib) and problem.line is not None and problem.line >= 15


def test_duplicate_key_names_both_lines(tmp_path):
    bib = write(tmp_path, GOOD_BIB + "\n" + GOOD_BIB.split("\n\n")[0] + "\n")
    problems = check_bibliography(bib, [Citing("buick1986", "a.md", 1), Citing("frank1983", "b.md", 2)])
    assert [(p.code, p.line) for p in problems] == [("bib-duplicate", 15)]
    assert "first defined on line 1" in problems[0].message


def test_missing_required_field(tmp_path):
    bib = write(tmp_path, GOOD_BIB.replace("  publisher = {Macmillan},\n", ""))
    problems = check_bibliography(bib, [Citing("buick1986", "a", 1), Citing("frank1983", "b", 1)])
    assert [str(p) for p in problems] == [f"{bib}:1: @book 'buick1986' lacks publisher [bib-missing-field]"]


def test_unknown_key_and_uncited_entry(tmp_path):
    bib = write(tmp_path, GOOD_BIB)
    problems = check_bibliography(bib, [Citing("buick1986", "seeds/editorial/x.toml", 7),
                                        Citing("nobody2000", "seeds/editorial/x.toml", 12)])
    assert [str(p) for p in problems] == [
        f"seeds/editorial/x.toml:12: cites 'nobody2000', which is not in {bib} [bib-unknown-key]",
        f"{bib}:8: entry 'frank1983' is cited nowhere [bib-uncited]",
    ]


def test_unknown_entry_type(tmp_path):
    bib = write(tmp_path, GOOD_BIB.replace("@article{frank1983", "@pamphlet{frank1983"))
    problems = check_bibliography(bib, [Citing("buick1986", "a", 1), Citing("frank1983", "b", 1)])
    assert [p.code for p in problems] == ["bib-type"]


def test_keys_in_roles():
    assert keys_in_role("{see}buick1986,frank1983{p. 3}") == ["buick1986", "frank1983"]


def test_edition_check_on_the_project_passes(capsys):
    assert check_project(ROOT) == [], "\n".join(str(p) for p in check_project(ROOT))
    assert main(["check", "--root", str(ROOT)]) == 0


def test_edition_check_exits_non_zero_on_a_bad_bibliography(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    write(tmp_path / "docs", "@book{x,\n  title = {T},\n}\n").rename(tmp_path / "docs" / "references.bib")
    (tmp_path / "docs" / "page.md").write_text("See {cite:p}`x`.\n", encoding="utf-8")
    assert main(["check", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "docs/references.bib:1: @book 'x' lacks author or editor [bib-missing-field]" in err


# -- The built edition ---------------------------------------------------------------

@pytest.mark.build
def test_every_citation_links_to_an_entry_that_links_back(html_build, manifest):
    bibliography = (html_build / "bibliography.html").read_text(encoding="utf-8")
    entries = dict(re.findall(r'<div class="citation" id="([^"]+)"[^>]*>(.*?)</div>', bibliography, re.S))
    checked = 0
    for record in manifest.witnesses:
        page_path = html_build / "texts" / f"{record['id']}.html"
        page = page_path.read_text(encoding="utf-8")
        page_ids = set(re.findall(r'id="([^"]+)"', page))
        for target in set(re.findall(r'href="\.\./bibliography\.html#([^"]+)"', page)):
            assert target in entries, f"{record['id']}: a citation links to a missing entry {target}"
            backs = re.findall(rf'href="texts/{record["id"]}\.html#([^"]+)"', entries[target])
            assert backs, f"{record['id']}: bibliography entry {target} does not link back"
            assert set(backs) <= page_ids
            checked += 1
    assert checked >= 5


@pytest.mark.build
def test_the_parallel_build_gives_the_same_back_links(html_build, tmp_path):
    from conftest import sphinx_build

    proc = sphinx_build("html", tmp_path / "html", "-j", "2")
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    serial = (html_build / "bibliography.html").read_text(encoding="utf-8")
    parallel = (tmp_path / "html" / "bibliography.html").read_text(encoding="utf-8")
    assert re.findall(r'class="cited-in".*?</p>', serial, re.S) == re.findall(
        r'class="cited-in".*?</p>', parallel, re.S
    )


def test_a_citation_inside_an_emended_word_is_moved_after_it_not_lost(tmp_path):
    witness = (
        "A paper set in a PDF, whose lines are wrapped at a fixed width, as the\n"
        "extraction left them; the Encyclopaedia of the Revolutionwhich is cited\n"
        "here is a standard work, and the sentence goes on here on a full line of\n"
        "text, then it goes on for one more line and another until it stops at\n"
        "last.\n"
    )
    data = tmp_path / "x.toml"
    data.write_text('[[citation]]\nat = "Encyclopaedia of the Revolution"\nkey = "shukman1988"\n', encoding="utf-8")
    ed = convert(read_text(witness), editorial=load_editorial(data, witness))
    pieces = ed.blocks[0].pieces
    assert cites(pieces) == [("shukman1988", "")]
    text = "".join(p.shown if isinstance(p, (Text, Emendation)) else "<cite>" for p in pieces)
    assert "Revolution which<cite> is cited" in text


def test_a_citation_in_a_header_field_is_linked(tmp_path):
    witness = "Title: T\nNotes: Published in Some Book, Moscow, 1999.\n\nText.\n"
    data = tmp_path / "x.toml"
    data.write_text('[[citation]]\nat = "Some Book, Moscow, 1999."\nkey = "roth1999"\n', encoding="utf-8")
    ed = convert(read_text(witness), editorial=load_editorial(data, witness))
    assert ed.header[1].cites == [Citation("roth1999")]
    assert ": Published in Some Book, Moscow, 1999. [{cite:p}`roth1999`]{.citation-link}" in render(ed)


def test_keys_cited_by_the_editors_notes_are_checked(tmp_path):
    from edition.data.bibliography import gather_citations

    (tmp_path / "seeds" / "editorial").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds" / "editorial" / "t.toml").write_text(
        '[[annotation]]\nafter = "x"\ntext = "Born 1862 {cite:p}`britannica1922stolypin`."\n', encoding="utf-8")
    cited = gather_citations(tmp_path)
    assert [(c.key, c.line) for c in cited] == [("britannica1922stolypin", 3)]
