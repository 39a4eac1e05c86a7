"""The printed edition's rules (edition.writers.printed), on small strings: no build."""

from __future__ import annotations

from conftest import ROOT
from edition.writers.printed import (
    PAPERS,
    breakable,
    index_entry,
    read_citation_file,
    short_title,
    sort_key,
    xindy_quote,
)


def test_a_running_head_carries_the_title_up_to_its_colon():
    assert short_title("Capitalist restoration in Russia: A balance sheet") == "Capitalist restoration in Russia"
    assert short_title("The Soviet Mirage") == "The Soviet Mirage"
    assert short_title(": odd") == ": odd"


def test_the_editors_and_keywords_come_from_the_citation_file():
    citation = read_citation_file(ROOT / "CITATION.cff")
    assert citation.authors == ["The editors of The Russian Question"]
    assert "Trotskyism" in citation.keywords and "critical edition" in citation.keywords
    assert citation.abstract.startswith("A critical edition of five texts")


def test_the_citation_file_reader_reads_only_its_own_sections(tmp_path):
    cff = tmp_path / "CITATION.cff"
    cff.write_text('title: "X"\nauthors:\n  - name: "A"\n  - name: "B"\nkeywords:\n  - one\n  - "two"\n'
                   "version: 1\n", encoding="utf-8")
    citation = read_citation_file(cff)
    assert citation.authors == ["A", "B"]
    assert citation.keywords == ["one", "two"]


def test_sort_keys_ignore_case_accents_and_leading_quotes():
    assert sort_key("“Éclat”") == sort_key("eclat")
    assert sorted(["Zhivkov", "Károlyi", "kautsky"], key=sort_key) == ["Károlyi", "kautsky", "Zhivkov"]


def test_xindy_special_characters_are_quoted():
    assert xindy_quote('a!b@c|d"e') == 'a"!b"@c"|d""e'
    assert index_entry("Gorbachev, Mikhail") == "Gorbachev, Mikhail"
    assert index_entry("Gorbachev, Mikhail", in_note=True) == "Gorbachev, Mikhail|textit"


def test_only_long_unbroken_runs_are_cut():
    assert breakable("a short file.txt") == ["a ", "short ", "file.", "txt"]
    digest = "cf07a3dfd10bcc1c0a2ad34679d7048e"
    pieces = breakable(digest)
    assert "".join(pieces) == digest and max(map(len, pieces)) <= 16 and len(pieces) > 1


def test_both_papers_leave_a_margin_for_the_paragraph_numbers():
    assert set(PAPERS) == {"a4", "a5"}
    for latex_paper, size, geometry in PAPERS.values():
        assert latex_paper.endswith("paper") and size.endswith("pt")
        assert "marginparwidth" in geometry and "outer" in geometry


def test_addresses_in_running_text_break_after_their_punctuation():
    from edition.writers.printed import ADDRESS_RE, address_pieces

    text = "Retrieved from http://struggle.ws/eastern/russia_global99.html. Next (see https://a.org/b?c=1)"
    found = [m.group(0) for m in ADDRESS_RE.finditer(text)]
    assert found == ["http://struggle.ws/eastern/russia_global99.html", "https://a.org/b?c=1"]
    pieces = address_pieces(found[0])
    assert "".join(pieces) == found[0] and pieces[0] == "http://" and "ws/" in pieces


def test_a_siglum_its_paragraph_mark_and_number_are_tied():
    from edition.writers.printed import tie_paragraph_marks

    assert tie_paragraph_marks("K ¶ 18, W ¶ 6") == "K\u00a0¶\u00a018, W\u00a0¶\u00a06"
    assert tie_paragraph_marks("(¶ 1, p. 43)") == "(¶\u00a01, p. 43)"
    assert tie_paragraph_marks("the ¶ sign") == "the ¶ sign"


def test_the_build_rules_are_added_to_sphinx_s_support_files_once(tmp_path):
    """latexmk makes the PDF once, from the last run's .xdv, and ignores the .aux's page count."""
    from edition.sphinxext.latex import LATEXMK_RULES, _append_rules

    rc = tmp_path / "latexmkrc"
    rc.write_text("$latex = 'xelatex';\n", encoding="utf-8")
    _append_rules(rc, LATEXMK_RULES)
    _append_rules(rc, LATEXMK_RULES)  # a second build: the rules once, still
    text = rc.read_text(encoding="utf-8")
    assert text == "$latex = 'xelatex';" + LATEXMK_RULES
    assert "$pdf_mode = 5;" in text and text.count("@ARGV") == 2
    # the Perl string in single quotes is the pattern ^\\gdef \\@abspage@last\{
    assert r"'^\\\\gdef \\\\@abspage@last\\{'" in text
