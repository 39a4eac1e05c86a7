"""The other outputs: TEI P5, plain text, EPUB, and the Downloads page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, sphinx_build
from edition.data.glossary import load_glossary
from edition.linking.terms import TermMatcher, link_terms
from edition.pipeline import editions
from edition.writers.plaintext import to_plain_text
from edition.writers.tei import SCHEMA, TEI_NS, to_tei

NS = {"tei": TEI_NS}


@pytest.fixture(scope="module")
def converted(manifest):
    """The editions as the build makes them, glossary terms linked."""
    matcher = TermMatcher(load_glossary(ROOT / "docs" / "glossary")[0])
    linked = (link_terms(ed, matcher)[0] for ed, _ in editions(manifest))
    return list(zip(manifest.witnesses, linked, strict=True))


@pytest.fixture(scope="module")
def schema():
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def test_every_tei_file_is_well_formed_and_valid(converted, schema):
    for record, edition in converted:
        doc = etree.fromstring(to_tei(edition, record, record["siglum"]).encode("utf-8"))
        assert schema.validate(doc), f"{record['id']}: {schema.error_log}"


def test_tei_header_comes_from_the_manifest(converted):
    record, edition = converted[2]
    doc = etree.fromstring(to_tei(edition, record, record["siglum"]).encode("utf-8"))
    assert doc.findtext(".//tei:titleStmt/tei:title", namespaces=NS) == record["title"]
    assert doc.findtext(".//tei:sourceDesc//tei:idno[@type='sha256']", namespaces=NS) == record["sha256"]
    assert doc.find(".//tei:titleStmt/tei:author", namespaces=NS).get("cert") == "medium"  # editorial


def test_tei_paragraphs_notes_and_interventions(converted):
    record, edition = converted[0]  # notes, a translator's note, a missing note, an emendation
    doc = etree.fromstring(to_tei(edition, record, record["siglum"]).encode("utf-8"))
    numbers = [int(p.get("n")) for p in doc.iterfind(".//tei:body//*[@n]", namespaces=NS)
               if p.tag != f"{{{TEI_NS}}}note"]
    assert numbers == list(range(1, edition.paragraphs + 1))
    notes = {n.get("n"): n for n in doc.xpath(".//tei:note[@type!='editorial']", namespaces=NS)}
    assert notes["4"].get("type") == "translator" and notes["1"].get("type") == "author"
    assert notes["6"].find("tei:gap", NS) is not None
    (choice,) = doc.iterfind(".//tei:choice[@type='emendation']", namespaces=NS)
    assert (choice.findtext("tei:sic", namespaces=NS), choice.findtext("tei:corr", namespaces=NS)) == (
        "for pursing social", "for pursuing social")
    assert doc.find(".//tei:note[@type='editorial'][@resp='#editors']", NS) is not None
    assert doc.find(".//tei:term[@ref]", NS) is not None
    assert doc.find(".//tei:bibl[@type='link']/tei:ptr", NS).get("target").startswith("references.bib#")


def test_tei_normalisations_are_orig_and_reg(converted):
    record, edition = converted[2]
    doc = etree.fromstring(to_tei(edition, record, record["siglum"]).encode("utf-8"))
    kinds = {c.get("type"): (c[0].tag.split("}")[1], c[1].tag.split("}")[1])
             for c in doc.iterfind(".//tei:choice", NS)}
    assert kinds["hyphenation"] == ("orig", "reg") and kinds["separation"] == ("sic", "corr")


def test_plain_text_has_every_paragraph_and_note(converted):
    record, edition = converted[0]
    text = to_plain_text(edition, record)
    assert re.findall(r"^\[¶ (\d+)\]", text, re.M) == [str(n) for n in range(1, edition.paragraphs + 1)]
    assert "[6] (the witness has no text for this note)" in text


@pytest.mark.build
def test_downloads_page_links_every_output(html_build, manifest):
    page = (html_build / "downloads.html").read_text(encoding="utf-8")
    for record in manifest.witnesses:
        for ext in ("xml", "txt", "md"):
            assert re.search(rf'href="_downloads/\w+/{record["id"]}\.{ext}"', page), (record["id"], ext)
    assert re.search(r'href="_downloads/\w+/references\.bib"', page)
    for href in re.findall(r'href="(_downloads/[^"]+)"', page):
        assert (html_build / href).is_file(), href


@pytest.mark.build
def test_epub_passes_epubcheck(tmp_path):
    proc = sphinx_build("epub", tmp_path / "epub", "-d", str(tmp_path / "doctrees"))
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    epub = tmp_path / "epub" / "russian-question.epub"
    assert epub.is_file()
    jar = Path("/usr/share/java/epubcheck.jar")
    if shutil.which("java") is None or not jar.exists():
        pytest.fail("epubcheck is needed (Debian package epubcheck, see README)")
    check = subprocess.run(["java", "-jar", jar, str(epub)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 fatals / 0 errors" in check.stdout


def test_lines_of_code_are_an_ab_of_type_code_in_tei_and_indented_in_plain_text(schema):
    from edition.convert import convert
    from edition.witness.reading import read_text

    source = ("Title: Code\n\nThe value is computed as follows, with the commands of the package:\n\n"
              "> m <- 3\n> sigma <- diag(m)\n\nThe matrix is then passed to the function.\n")
    edition = convert(read_text(source))
    doc = etree.fromstring(to_tei(edition, {"id": "code", "title": "Code"}).encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    (ab,) = doc.iterfind(".//tei:body//tei:ab", NS)
    assert ab.get("type") == "code" and ab.text == "> m <- 3\n> sigma <- diag(m)"
    assert "[¶ 2]\n    > m <- 3\n    > sigma <- diag(m)\n" in to_plain_text(edition, {"id": "code", "title": "Code"})


def test_a_definition_list_s_items_are_glosses_in_tei(schema):
    from edition.convert import convert
    from edition.witness.reading import read_text

    source = ("The language of the style file knows three kinds of variables, and each of them\n"
              "is declared by a command of its own, as the reader sees in the list below here:\n"
              "global variables These are declared using an INTEGERS or STRINGS command.\n"
              "entry variables These are declared using the ENTRY command of the file, as\n"
              "the manual says of them in the next section of the manual, which follows.\n")
    edition = convert(read_text(source))
    doc = etree.fromstring(to_tei(edition, {"id": "gloss", "title": "Gloss"}).encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    glosses = list(doc.iterfind(".//tei:body//tei:list[@type='gloss']", NS))
    assert [g.findtext("tei:label", namespaces=NS) for g in glosses] == ["global variables", "entry variables"]
    assert "[¶ 2] global variables\n    These are declared" in to_plain_text(edition, {"id": "gloss", "title": "Gloss"})


def test_a_note_marked_twice_is_written_once_and_pointed_to(schema):
    from edition.convert import convert
    from edition.witness.reading import read_text

    source = (
        "Title: Twice\n\nThe first claim.[1] A second paragraph of the text, long enough to be one.\n\n"
        "The same source again.[1] And another note.[2]\n\nNotes\n\n[1] A source.\n\n[2] Another source.\n"
    )
    doc = etree.fromstring(to_tei(convert(read_text(source)), {"id": "twice", "title": "Twice"}).encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    assert len(doc.findall(".//tei:note[@xml:id='n1']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"})) == 1
    assert [p.get("target") for p in doc.iterfind(".//tei:ptr[@type='noteref']", NS)] == ["#n1"]


def test_notes_signed_with_signs_have_xml_names_for_ids_in_tei(schema):
    """A note's label may be a sign ("*", "†", a page's "p.4*"): its xml:id is still an XML name, one per note."""
    from edition.convert import convert
    from edition.witness.reading import read_text
    from edition.writers.tei import note_id

    source = ("Title: Signs\n\nThe congress met in the spring of that year and the delegates argued for days.* "
              "The vote was close.\n\nA second paragraph of the text follows here, with a second note at its end.†\n\n"
              "* The minutes survive in part.\n† Only in the first edition.\n")
    edition = convert(read_text(source))
    assert [n.label for n in edition.notes] == ["*", "†"]
    doc = etree.fromstring(to_tei(edition, {"id": "signs", "title": "Signs"}).encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    ids = [n.get("{http://www.w3.org/XML/1998/namespace}id") for n in doc.iterfind(".//tei:note[@n]", NS)]
    assert ids == ["n-2a-", "n-2020-"]
    labels = ["*", "†", "p.4*", "p.42a-", "12", "a", "p4", "p.4"]
    made = [note_id(label) for label in labels]
    assert len(set(made)) == len(labels)
    assert all(re.fullmatch(r"[A-Za-z_][\w.-]*", i) and i.isascii() for i in made)
