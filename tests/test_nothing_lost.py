"""Nothing lost: every word of every witness is in the edition, in order.

For each witness, the words of the witness outside the furniture set aside,
with each recorded intervention applied, must appear in order in the built
HTML page of its text; and every reading the apparatus records (the
furniture included) must appear in the page too.
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from htmltext import page_text, words


def expected_words(witness_text: str, apparatus: list[dict]) -> list[tuple[str, int]]:
    """The witness's words with the interventions applied, each with its line."""
    out: list[tuple[str, int]] = []
    pos = 0

    def take(text: str, offset: int):
        for match in __import__("re").finditer(r"[^\W\d_]+", text):
            out.append((match.group(0), witness_text.count("\n", 0, offset + match.start()) + 1))

    # a "citation" entry remarks on a wrong citation and changes no word
    interventions = [e for e in apparatus if e["kind"] != "citation"]
    # a note at a PDF page's foot is set aside line by line and printed among the notes, where its own
    # interventions (a hyphen, a blank line) are made: those lie inside its lines and change no word here
    moved = foot_note_regions(witness_text, interventions)
    # so is a caption printed after the paragraph it interrupts ("moved"): its own interventions (a hyphen at its
    # lines' ends) are made where it is printed, its words checked there (test_property)
    moved += [(e["start"], e["end"]) for e in interventions if e["kind"] == "moved"]
    interventions = [e for e in interventions if e["kind"] in ("furniture", "moved")
                     or not any(s <= e["start"] and e["end"] <= end for s, end in moved)]
    for entry in sorted(interventions, key=lambda e: e["start"]):
        assert entry["start"] >= pos, f"overlapping apparatus entries at line {entry['lineno']}"
        take(witness_text[pos:entry["start"]], pos)
        if entry["kind"] != "furniture":
            for word in words(entry["lemma"]):
                out.append((word, entry["lineno"]))
        pos = entry["end"]
    take(witness_text[pos:], pos)
    return out


FOOT_NOTE_RE = __import__("re").compile(r"^note (\S+) at the page's foot\b")


def foot_note_regions(witness_text: str, apparatus: list[dict]) -> list[tuple[int, int]]:
    """The witness's spans of each note set aside at a page's foot: its lines' entries, joined where
    nothing but white space lies between two of the same note."""
    regions: list[tuple[int, int, str]] = []
    for entry in sorted(apparatus, key=lambda e: e["start"]):
        found = FOOT_NOTE_RE.match(entry.get("note", "")) if entry["kind"] == "furniture" else None
        if not found:
            continue
        label = found.group(1)
        if regions and regions[-1][2] == label and not witness_text[regions[-1][1]:entry["start"]].strip():
            regions[-1] = (regions[-1][0], entry["end"], label)
        else:
            regions.append((entry["start"], entry["end"], label))
    return [(start, end) for start, end, _ in regions]


def first_missing(expected: list[tuple[str, int]], found: list[str]):
    """The first expected word not found in order in *found*, or None."""
    i = 0
    for word, line in expected:
        try:
            i = found.index(word, i) + 1
        except ValueError:
            return word, line
    return None


@pytest.fixture(scope="module")
def texts(manifest):
    return manifest.witnesses


@pytest.mark.build
@pytest.mark.parametrize("index", range(5))
def test_every_word_of_the_witness_is_in_its_page(index, texts, html_build, manifest):
    record = texts[index]
    witness_text = manifest.witness_path(record).read_text(encoding="utf-8")
    data = json.loads((ROOT / "docs" / "texts" / f"{record['id']}.apparatus.json").read_text("utf-8"))
    found = words(page_text(html_build / "texts" / f"{record['id']}.html"))
    expected = expected_words(witness_text, data["apparatus"])
    assert len(expected) > 500
    missing = first_missing(expected, found)
    assert missing is None, f"{record['file']}:{missing[1]}: the word {missing[0]!r} is not in the page in order"


@pytest.mark.build
@pytest.mark.parametrize("index", range(5))
def test_every_recorded_reading_is_shown_in_the_apparatus(index, texts, html_build):
    record = texts[index]
    data = json.loads((ROOT / "docs" / "texts" / f"{record['id']}.apparatus.json").read_text("utf-8"))
    page = " ".join(words(page_text(html_build / "texts" / f"{record['id']}.html")))
    for entry in data["apparatus"]:
        reading = " ".join(words(entry["reading"]))
        assert reading in page, f"{record['file']}:{entry['lineno']}: reading {entry['reading']!r} not shown"


def test_the_check_itself_detects_a_lost_word():
    expected = expected_words("alpha beta gamma", [])
    assert first_missing(expected, ["alpha", "gamma"]) == ("beta", 1)
    assert first_missing(expected, ["gamma", "beta", "alpha"]) == ("beta", 1)
    assert first_missing(expected, ["x", "alpha", "y", "beta", "gamma"]) is None


def test_a_note_set_aside_at_a_pages_foot_takes_its_own_interventions_with_it():
    witness = "Text.1\n1 A note on Naturwis-\n\nsenschaften.\n2 Another.\nMore text.\n"

    def entry(kind, reading, lemma="", note=""):
        start = witness.index(reading)
        return {"kind": kind, "start": start, "end": start + len(reading), "lineno": 1,
                "reading": reading, "lemma": lemma, "note": note}

    foot = "note {} at the page's foot set aside from the running text"
    apparatus = [entry("furniture", "1 A note on Naturwis-\n\n", note=foot.format(1)),
                 entry("furniture", "senschaften.\n", note=foot.format(1)),
                 entry("hyphenation", "Naturwis-\n\nsenschaften", "Naturwissenschaften"),
                 entry("furniture", "2 Another.\n", note=foot.format(2))]
    first, second, after = witness.index("1 A"), witness.index("2 Another"), witness.index("More")
    assert foot_note_regions(witness, apparatus) == [(first, second), (second, after)]
    assert [w for w, _ in expected_words(witness, apparatus)] == ["Text", "More", "text"]
    # an intervention reaching out of the note's lines still overlaps, and is still refused
    apparatus[2] = entry("hyphenation", "senschaften.\n2", "x")
    with pytest.raises(AssertionError, match="overlapping"):
        expected_words(witness, apparatus)


def test_interventions_replace_what_they_cover():
    witness = "A new forma-\ntion\nCaption end"

    def entry(kind, reading, lemma):
        start = witness.index(reading)
        return {"kind": kind, "start": start, "end": start + len(reading), "lineno": 1,
                "reading": reading, "lemma": lemma}

    apparatus = [entry("hyphenation", "forma-\ntion", "formation"), entry("furniture", "Caption", "")]
    assert [w for w, _ in expected_words(witness, apparatus)] == [
        "A", "new", "formation", "end",
    ]
