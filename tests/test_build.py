"""The HTML and PDF builds of the edition."""

from __future__ import annotations

import re
import subprocess

import pytest

from htmltext import page_text

pytestmark = pytest.mark.build


def test_one_page_per_text(html_build, manifest):
    for record in manifest.witnesses:
        assert (html_build / "texts" / f"{record['id']}.html").is_file()


def test_landing_page_presents_every_text_as_a_card(html_build, manifest):
    html = (html_build / "index.html").read_text(encoding="utf-8")
    cards = re.findall(r'<div class="sd-card [^"]*text-card.*?</a>\s*</div>', html, re.S)
    assert len(cards) == len(manifest.witnesses)
    for record, card in zip(manifest.witnesses, cards, strict=True):
        assert record["title"] in card
        assert record["author"] in card
        assert record["tradition"] in card
        assert f'href="texts/{record["id"]}.html' in card
        year = re.match(r"\d{4}", record["written"])
        if year:
            assert year.group(0) in card


def test_paragraphs_have_stable_numbered_anchors(html_build):
    html = (html_build / "texts" / "soviet-mirage.html").read_text(encoding="utf-8")
    ids = [int(n) for n in re.findall(r'id="p(\d+)"', html)]
    assert ids == list(range(1, len(ids) + 1)) and len(ids) > 50
    assert '<a class="paranum" href="#p12"' in html


def test_author_note_numbers_are_the_witness_numbers(html_build):
    html = (html_build / "texts" / "russian-capitalism.html").read_text(encoding="utf-8")
    labels = re.findall(r'<span class="label"><span class="fn-bracket">\[</span>(?:<a[^>]*>)?(\d+)', html)
    assert labels == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert "The witness has a marker for note 6 but no text for it." in html
    assert html.count('<span class="note-by">(Translator)</span>') == 3


def test_editor_notes_are_a_separate_lettered_series(html_build):
    html = (html_build / "texts" / "capitalist-restoration.html").read_text(encoding="utf-8")
    text = page_text(html_build / "texts" / "capitalist-restoration.html")
    assert "Apparatus" in text
    assert "Set aside as site furniture" in text
    assert "Mikhail Gorbachev in 1987" in text
    assert html.count('class="reading"') >= 5


def test_each_text_lists_the_works_its_citations_link_to(html_build, manifest):
    bibliography = (html_build / "bibliography.html").read_text(encoding="utf-8")
    entries = dict(re.findall(r'<div class="citation" id="([^"]+)" role="listitem">.*?<p>(.*?)</p>',
                              bibliography, re.S))
    for record in manifest.witnesses:
        html = (html_build / "texts" / f"{record['id']}.html").read_text(encoding="utf-8")
        works_cited = html.partition('<p class="rubric">Works cited</p>')[2].partition("</ul>")[0]
        listed = re.findall(r"<li[^>]*><p>(.*?)</p></li>", works_cited, re.S)
        # the citations of the header, text and notes (the editor's notes cite sources of their own)
        linked = re.findall(r'<span class="citation-link"><span class="bibtex-citation"[^>]*>[^<]*'
                            r'<a [^>]*href="\.\./bibliography\.html#([^"]+)"', html)
        assert linked, record["id"]
        assert sorted(listed) == sorted({entries[i] for i in linked}), record["id"]


def test_furniture_is_not_in_the_running_text(html_build):
    html = (html_build / "texts" / "stalinism-new-ruling-class.html").read_text(encoding="utf-8")
    body, _, apparatus = html.partition('id="apparatus"')
    assert "Latest articles" not in body
    assert "Latest articles" in apparatus


@pytest.mark.latex
def test_pdf_builds_with_curly_quotes_and_diacritics(pdf_build):
    pdf = pdf_build / "russian-question.pdf"
    assert pdf.is_file()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "“real existing socialism”" in text
    assert "Montréal" in text
    assert "Encyclopædia" in text
    assert "??" not in text
    log = (pdf_build / "russian-question.log").read_text(encoding="utf-8", errors="replace")
    assert not re.search(r"^! ", log, re.M), "LaTeX errors in the log"
    assert "undefined" not in log.lower()


@pytest.mark.latex
def test_pdf_embeds_all_fonts(pdf_build):
    out = subprocess.run(["pdffonts", str(pdf_build / "russian-question.pdf")], capture_output=True,
                         text=True).stdout.splitlines()[2:]
    assert out
    for line in out:
        assert line.split()[-5] == "yes", line


def test_every_internal_link_reaches_its_target(html_build):
    """Links between the pages (paragraphs, notes, glossary, indexes) all land somewhere."""
    pages = {p.relative_to(html_build).as_posix(): p.read_text(encoding="utf-8")
             for p in html_build.rglob("*.html") if "_static" not in p.parts}
    ids = {name: set(re.findall(r'\bid="([^"]+)"', page)) for name, page in pages.items()}
    broken = []
    for name, page in pages.items():
        base = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
        for href in re.findall(r'href="([^"#:]*\.html)?#([^"]+)"', page):
            target = (base + href[0]) if href[0] else name
            parts = []
            for part in target.split("/"):
                if part == "..":
                    parts.pop()
                elif part:
                    parts.append(part)
            target = "/".join(parts)
            if target in pages and href[1] not in ids[target]:
                broken.append(f"{name} → {target}#{href[1]}")
    assert not broken, "\n".join(broken[:20])


def test_two_clean_builds_are_identical(html_build, tmp_path):
    """Reproducible builds: with SOURCE_DATE_EPOCH set, a second clean build writes the same HTML."""
    from conftest import sphinx_build

    proc = sphinx_build("html", tmp_path / "again", "-E")
    assert proc.returncode == 0, proc.stderr
    first = {p.relative_to(html_build): p.read_bytes() for p in html_build.rglob("*")
             if p.is_file() and ".doctrees" not in p.parts}
    second = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*")
              if p.is_file() and ".doctrees" not in p.parts}
    assert first.keys() == second.keys()
    different = [str(name) for name in first if first[name] != second[name]]
    assert different == []
