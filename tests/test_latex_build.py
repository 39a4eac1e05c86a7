"""The printed edition, read back from the PDF with pdfinfo, pdffonts and pdftotext (issue 17)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import zlib
from functools import cache
from pathlib import Path

import pytest

from conftest import ROOT, build_pdf, sphinx_build
from edition.writers.printed import read_citation_file

pytestmark = [pytest.mark.build, pytest.mark.latex]
TEXTS = ROOT / "docs" / "texts"
LIBERTINE = Path("/usr/share/fonts/opentype/linux-libertine")


def run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


@cache
def pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages by form feeds), line-end hyphens rejoined."""
    text = run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    return [" ".join(re.sub(r"-\n(?=[a-z])", "", page).split()) for page in text.split("\f")]


def page_offset(texts: list[str]) -> int:
    """Physical page minus printed page number in the main matter (the front matter is in roman)."""
    for physical, text in enumerate(texts, start=1):
        m = re.search(r"(\d+)$", text)
        if physical > 10 and m and "Index of persons" in text[:40]:
            return physical - int(m.group(1))
    raise AssertionError("no index page with a page number found")


@pytest.fixture(scope="module")
def pdf(pdf_build) -> Path:
    return pdf_build / "russian-question.pdf"


@pytest.fixture(scope="module")
def pdf_a5_build(tmp_path_factory) -> Path:
    """The PDF in the trade size, built once for the tests of this module that read both sizes."""
    out = build_pdf(tmp_path_factory.mktemp("latex-a5"), "-D", "edition_paper=a5")
    # A5, 148 × 210 mm (pdfinfo names A4, not A5)
    assert re.search(r"^Page size:\s+419\.\d+ x 595\.\d+ pts", run("pdfinfo", str(out / "russian-question.pdf")), re.M)
    return out


@pytest.fixture(params=["a4", "a5"])
def paper_build(request, pdf_build) -> Path:
    """The build of each paper size (the A4 one is the session's, shared with the other tests)."""
    return pdf_build if request.param == "a4" else request.getfixturevalue("pdf_a5_build")


def test_the_metadata_name_the_edition_and_its_editors(pdf):
    info = run("pdfinfo", str(pdf))
    editors = ", ".join(read_citation_file(ROOT / "CITATION.cff").authors)
    assert re.search(r"^Title:\s+The Russian Question: An annotated critical edition$", info, re.M)
    assert re.search(rf"^Author:\s+{re.escape(editors)}$", info, re.M)
    assert re.search(r"^Subject:\s+An annotated critical edition of five texts", info, re.M)
    assert re.search(r"^Keywords:.*Trotskyism", info, re.M)
    assert re.search(r"^Page size:.*\(A4\)", info, re.M)
    catalogue = pdf_objects(pdf)
    assert b"/Lang(en)" in catalogue  # the language, in the catalogue
    assert b"/Outlines" in catalogue and b"/PageLabels" in catalogue  # bookmarks; pages i, ii … 1, 2


def pdf_objects(pdf: Path) -> bytes:
    """The PDF's objects, those in compressed object streams included (zlib, as xdvipdfmx writes them)."""
    data = pdf.read_bytes()
    parts = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            parts.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    return b"".join(parts)


def test_every_font_is_embedded_and_the_text_face_is_libertine(pdf):
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
    names = " ".join(row.split()[0] for row in rows)
    assert "LinLibertineO" in names and "LinLibertineOI" in names


def test_the_face_has_every_character_of_the_texts(pdf_build):
    """Every character the .tex sets is in Linux Libertine (roman and italic), and XeTeX missed none."""
    tex = (pdf_build / "russian-question.tex").read_text(encoding="utf-8")
    body = tex.split(r"\begin{document}", 1)[1]
    used = {c for c in body if ord(c) > 127}
    for face in ("LinLibertine_R.otf", "LinLibertine_RI.otf"):
        charset = set()
        for part in run("fc-query", "--format=%{charset}", str(LIBERTINE / face)).split():
            first, _, last = part.partition("-")
            charset.update(range(int(first, 16), int(last or first, 16) + 1))
        missing = sorted(c for c in used if ord(c) not in charset)
        assert not missing, f"{face} lacks {missing}"
    log = (pdf_build / "russian-question.log").read_text(encoding="utf-8", errors="replace")
    assert "Missing character" not in log


def test_the_front_matter_is_a_book_s(pdf):
    texts = pages(pdf)
    assert texts[0].casefold() == "the russian question"  # the half-title, in small capitals
    title = next(t for t in texts[:4] if "edited by" in t)
    assert "The editors of The Russian Question" in title and "Version 0.1" in title
    imprint = next(t for t in texts[:6] if "how to cite" in t.lower())
    manifest = tomllib.loads((ROOT / "seeds" / "manifest.toml").read_text(encoding="utf-8"))
    for witness in manifest["witness"]:
        assert " ".join(witness["rights"].split()[:6]) in imprint, witness["id"]
    assert "Linux Libertine" in imprint and "xindy" in imprint
    assert any(t.startswith("Contents") for t in texts[:8])
    assert not any("Release" in t or "CHAPTER" in t for t in texts)


def test_running_heads_carry_the_edition_and_each_text_s_short_title(pdf):
    texts = pages(pdf)
    versos = [t for t in texts if re.match(r"\d+ the russian question ", t)]
    rectos = [t for t in texts if re.match(r"Capitalist restoration in Russia \d+ ", t)]
    assert len(versos) > 50
    assert len(rectos) > 3


def _first_words(markdown: str, count: int = 5) -> list[str]:
    """The first words of a note, without MyST's markup."""
    text = re.sub(r"\[\{cite:[^\]]*\]\{[^}]*\}|\{(?:ednote|cite:\w+)\}`[^`]*`|<[^>]*>", " ", markdown)
    text = re.sub(r"\{\w+\}`([^`<]*?)\s*<[^`]*>`", r"\1", text)  # a link keeps its text
    text = re.sub(r"\{\w+\}`([^`]*)`", r"\1", text)
    return re.findall(r"\w+", text)[:count]


def _notes():
    """(text, label, word before the marker, first words of the note), for every note with one marker."""
    for path in sorted(TEXTS.glob("*.md")):
        source = re.sub(r"\{\w+\}`([^`<]*?)\s*<[^`]*>`", r"\1", path.read_text(encoding="utf-8"))
        source = re.sub(r"\[\{cite:[^\]]*\]\{\.citation-link\}", "", source)  # printed as [Author, year]
        bodies = dict(re.findall(r"^:::\{ednote\} (\w+)\n(.+?)\n:::", source, re.M | re.S))
        bodies |= {label: body for label, body in re.findall(r"^\[\^(\d+)\]: (.+)$", source, re.M)}
        markers = re.findall(r"(\S+?)(?:\{ednote\}`(\w+)`|\[\^(\d+)\](?!:))", source)
        labels = [a or b for _, a, b in markers]
        for before, a, b in markers:
            label = a or b
            words = re.findall(r"\w+", before)
            if labels.count(label) == 1 and label in bodies and words:
                yield path.stem, label, words[-1], _first_words(bodies[label])


def test_each_note_is_at_the_foot_of_the_page_of_its_marker(paper_build):
    """The author's notes (numbers) and the editor's (letters) alike, in both paper sizes: a note
    that does not fit below its marker's line begins there and runs over to the next page."""
    texts = pages(paper_build / "russian-question.pdf")
    checked, wrong = 0, []
    for text, label, before, start in _notes():
        if len(start) < 3:
            continue
        pattern = re.compile(r"[a-z]{0,2}\W+".join(map(re.escape, start)))  # "Kurzu, Der": an editor's mark
        where = [i for i, t in enumerate(texts) if pattern.search(t)]
        assert where, f"{text} note {label}: “{' '.join(start)}” not found"
        checked += 1
        after = "(?![a-z])" if label.isalpha() else r"(?!\d)"  # "communea2": note a, then note 2
        # between the word and the marker: a glossary mark (→ page) or a citation ([Author, year])
        marker = re.compile(rf"{re.escape(before)}(?:→\d+)?\W{{0,3}}(?:\[[^\]]{{0,80}}\]\W{{0,2}})?{label}{after}")
        if not any(marker.search(texts[i]) for i in where):
            wrong.append((text, label, [i + 1 for i in where]))
    assert checked > 80
    assert not wrong, wrong


def test_a_paragraph_cited_outside_its_text_is_given_its_page(pdf):
    """The introduction's "(¶ 1, p. 43)": page 43 is where paragraph 1 of The Soviet Mirage begins."""
    texts = pages(pdf)
    offset = page_offset(texts)
    intro = next(t for t in texts if "The five texts of this edition" in t)
    page = int(re.search(r"Lucien van der Walt \(¶ 1, p\. (\d+)\)", intro).group(1))
    source = (TEXTS / "soviet-mirage.md").read_text(encoding="utf-8")
    opening = re.search(r"^\{#p1 \.para\}\n(.+)$", source, re.M).group(1)
    words = _first_words(opening, 6)
    assert re.search(r"[a-z]{0,2}\W+".join(map(re.escape, words)), texts[page + offset - 1])


def test_index_page_numbers_point_at_pages_naming_the_entry(pdf):
    texts = pages(pdf)
    offset = page_offset(texts)
    forms = {}
    for name in ("persons", "places", "organisations"):
        data = tomllib.loads((ROOT / "docs" / "indexes" / f"{name}.toml").read_text(encoding="utf-8"))
        forms |= {entry["heading"]: entry["forms"] for entry in data["entry"]}
    index_text = " ".join(t for t in texts if t.startswith("Index of") or "Index of" in t[:60])
    checked, wrong = 0, []
    for heading, names in forms.items():
        m = re.search(rf"{re.escape(heading)}, (\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*)", index_text)
        if not m:
            continue
        for ref in re.findall(r"\d+(?:–\d+)?", m.group(1)):
            first, _, last = ref.partition("–")
            for page in range(int(first), int(last or first) + 1):
                checked += 1
                # a name broken across the page break has one of its words on the page
                if not any(word in texts[page + offset - 1] for form in names for word in form.split()):
                    wrong.append((heading, page))
    assert checked > 150
    assert not wrong, wrong


def test_the_bibliography_is_author_year_with_the_citing_pages(pdf):
    texts = pages(pdf)
    bibliography = " ".join(t for t in texts if "Bibliography" in t[:40] or "Abrahams, 2015" in t)
    assert "Abrahams, 2015 Fred C. Abrahams." in bibliography
    assert re.search(r"\[pp?\. \d+", bibliography)
    assert not re.search(r"^\[\d+\] ", bibliography, re.M)


def test_no_line_sticks_out_more_than_ten_points(paper_build):
    log = (paper_build / "russian-question.log").read_text(encoding="utf-8", errors="replace")
    widths = [float(w) for w in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)]
    assert not [w for w in widths if w > 10], sorted(widths)[-5:]


def test_latexmk_needs_two_xelatex_runs_and_xindy_once_per_index(paper_build):
    """The page references and back-references hold still between runs (preamble.tex,
    ``\\edpageref``), so latexmk needs the run that writes the .aux and .idx files and the one
    that reads them with xindy's indexes, no third in A4 (``nox -s bench`` times the PDF's build).
    In A5 the contents change once more after the second run (latexmk: the .aux and .toc changed),
    and a third run is allowed, no fourth."""
    log = (paper_build / "latexmk.out").read_text(encoding="utf-8")
    runs = re.findall(r"^Running '(?:internal )?(\S+)", log, re.M)
    a5 = "a5paper" in (paper_build / "russian-question.tex").read_text(encoding="utf-8")
    assert runs.count("xelatex") in ((2, 3) if a5 else (2,)), runs
    assert runs.count("xdvipdfmx") == 1, runs
    # once for each index of names, after the first run; no general index, which nothing prints
    assert runs.count("xindy") == 3, runs


def test_the_trade_size_is_one_option(tmp_path):
    proc = sphinx_build("latex", tmp_path, "-D", "edition_paper=a5")
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    tex = (tmp_path / "russian-question.tex").read_text(encoding="utf-8")
    assert r"\documentclass[a5paper,10pt,english]{sphinxmanual}" in tex
    assert re.search(r"\\usepackage\[a5paper,[^]]*\]\{geometry\}", tex)


def test_the_glossary_is_a_printed_one(pdf):
    """The printed head note, no screen navigation, and each paragraph cited with its page, once."""
    texts = pages(pdf)
    start = next(i for i, t in enumerate(texts) if t.startswith("Glossary Terms that readers"))
    end = next(i for i, t in enumerate(texts) if i > start and t.startswith("Parallel passages"))
    glossary = " ".join(texts[start:end])
    assert "raised arrow and the page of its entry" in glossary
    assert "hovering" not in glossary and "All terms ·" not in glossary and "Glossary: A" not in glossary
    cited = re.findall(r"¶ \d+, p\. (\d+)(, p\. \d+)?", glossary)
    assert len(cited) > 300
    assert not [page for page, again in cited if again], "a paragraph given its page twice"


def test_every_bibliography_entry_begins_with_its_author_year_label(pdf_build):
    """Works with no person as author too: the body that speaks for them, or their title."""
    tex = (pdf_build / "russian-question.tex").read_text(encoding="utf-8")
    entries = re.split(r"\\bibitem\[", tex.split(r"\begin{sphinxthebibliography}", 1)[1])[1:]
    assert len(entries) > 300
    unlabelled = [e[:80] for e in entries if not re.match(r"[^\n]*\n\\sphinxAtStartPar\n\\edbiblabel\{[^}]", e)]
    assert not unlabelled, unlabelled[:3]


def test_addresses_and_paragraph_marks_break_only_where_they_may(pdf_build):
    """A long address in running text may break after its slashes; "K ¶ 18" is tied."""
    tex = (pdf_build / "russian-question.tex").read_text(encoding="utf-8")
    assert re.search(r"http://\\allowbreak\{\}|struggle\.\\allowbreak\{\}ws/", tex)
    assert "K\u00a0¶\u00a018" in tex or re.search(r"[A-Z]\u00a0¶\u00a0\d", tex)
    assert not re.search(r"\b[A-Z] ¶ \d", tex.split(r"\begin{document}", 1)[1])


#: the sources of a LaTeX build of the project at *root* (argv[1]) into argv[2], with ``edition sync``
#: off, so that a generated page edited by a test is built as edited
LATEX_AS_EDITED = """
import sys
from pathlib import Path
root = Path(sys.argv[1])
sys.path.insert(0, str(root / "tools"))
import edition.sync
edition.sync.sync = lambda *args, **kwargs: []
from sphinx.cmd.build import main
sys.exit(main(["-b", "latex", "-q", "--keep-going", "-c", str(root), str(root / "docs"), sys.argv[2]]))
"""


def test_an_editors_note_four_lists_deep_prints_where_its_passage_is_two_lists_deep(tmp_path):
    """The note is set where its marker stands (``\\edednotetext``), inside the passage's lists, and
    printed at the foot: its lists start again at the first level, so the four levels an editor's
    note may have (MAX_NESTING) never meet LaTeX's limit of four of one kind ("Too deeply nested")."""
    from conftest import copy_project, latexmk
    from edition.data.markup import MAX_NESTING

    root = copy_project(tmp_path / "project")
    marker = re.compile(r"^(?P<before>[^\n-][^\n]*?)\{ednote\}`(?P<label>[a-z]+)`", re.M)
    page, found = next((page, m) for page in sorted((root / "docs" / "texts").glob("*.md"))
                       for m in [marker.search(page.read_text(encoding="utf-8"))] if m)
    text = page.read_text(encoding="utf-8")
    # the marker's passage two lists deep; the note's body lists MAX_NESTING deep
    text = text[:found.start()] + "- A passage in a list.\n\n  - " + text[found.start():]
    lists = "".join(f"{'  ' * depth}- level {depth + 1}\n" for depth in range(MAX_NESTING))
    note = re.compile(rf"^:::\{{ednote\}} {found['label']}\n.*?\n:::$", re.M | re.S)
    text, count = note.subn(f":::{{ednote}} {found['label']}\nThe note's own lists.\n\n{lists}:::", text)
    assert count == 1
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "latex"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764000000"}
    proc = subprocess.run([sys.executable, "-c", LATEX_AS_EDITED, str(root), str(out)], cwd=root,
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    make = latexmk(out)
    assert "Too deeply nested" not in make.stdout + make.stderr
    assert make.returncode == 0, make.stdout[-4000:]
    printed = " ".join(pages(out / "russian-question.pdf"))
    assert f"The note's own lists. • level 1 – level 2 ∗ level 3 · level {MAX_NESTING}" in printed


@pytest.mark.sphinx("latex", testroot="bib-url-latex")
def test_a_bibliography_url_with_latex_s_special_characters_prints_and_links_as_written(app):
    """``_ % # & ~`` in a ``url`` (written as they are, as CONTRIBUTING says): the PDF's text and its
    link are the address as written, not LaTeX's escapes (``\\_``, ``\\%``) or a macro's name."""
    address = "https://www.example.org/a_b%20c~d/?x=1&y=2#frag"
    app.build()
    subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "anaddressinthepdf.tex"],
                   cwd=app.outdir, capture_output=True, check=True)
    text = "".join(run("pdftotext", "-enc", "UTF-8", str(app.outdir / "anaddressinthepdf.pdf"), "-").split())
    assert address in text and "\\" not in text, text
    data = (app.outdir / "anaddressinthepdf.pdf").read_bytes()
    streams = [data, *(zlib.decompress(m.group(1)) for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S)
                       if m.group(1)[:1] == b"x")]
    uris = {uri.decode() for stream in streams for uri in re.findall(rb"/URI\s*\(([^)]*)\)", stream)}
    assert uris == {address}, uris
