"""Indexes of persons, places and organisations, and parallel passages."""

from __future__ import annotations

import textwrap

from edition.convert import convert
from edition.data.indexes import load_indexes, load_parallels
from edition.linking.terms import TermMatcher, link_terms
from edition.pipeline import place_parallels
from edition.site.indexes import render_index
from edition.site.parallels import render_parallels
from edition.witness.reading import read_text
from edition.writers.myst import render

PERSONS = """\
[[entry]]
heading = "Gorbachev, Mikhail"
forms = ["Gorbachev", "Gorbachov"]
variants = ["Gorbachov"]
note = "General Secretary of the CPSU, 1985–1991"

[[entry]]
heading = "Zhivkov, Todor"
forms = ["Zhivkov", "Zivkoff"]
variants = ["Zivkoff"]
"""

PLACES = """\
[[entry]]
heading = "Novocherkassk"
forms = ["Novocherkassk"]
"""

TEXT_A = textwrap.dedent("""\
    Title: Text A
    Notes: Written in Novocherkassk.

    Gorbachev came to power in 1985.

    Later Gorbachov's reforms failed, as Zivkoff feared. [1]

    [1] On Gorbachev see any history.
    """)

TEXT_B = "Text B\n\nThe strike at Novocherkassk in 1962 was crushed.\n\nNothing here.\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def editions():
    return [(convert(read_text(TEXT_A), record={"id": "a", "title": "Text A"}), TEXT_A),
            (convert(read_text(TEXT_B), record={"id": "b", "title": "Text B"}), TEXT_B)]


def test_index_files_are_read_and_checked(tmp_path):
    write(tmp_path, "persons.toml", PERSONS)
    write(tmp_path, "places.toml", PLACES + '\n[[entry]]\nheading = "Elsewhere"\nforms = ["Gorbachev"]\n')
    entries, problems = load_indexes(tmp_path)
    assert [e.heading for e in entries] == ["Gorbachev, Mikhail", "Zhivkov, Todor", "Novocherkassk", "Elsewhere"]
    assert [(p.line, p.code) for p in problems] == [(5, "index-duplicate")]
    assert "'Gorbachev' belongs to 'Gorbachev, Mikhail' already" in problems[0].message


def test_entries_without_forms_or_with_stray_variants(tmp_path):
    write(tmp_path, "persons.toml", '[[entry]]\nheading = "X"\n\n[[entry]]\nheading = "Y"\nforms = ["Y"]\n'
                                    'variants = ["Z"]\n')
    _, problems = load_indexes(tmp_path)
    assert [(p.line, p.code) for p in problems] == [(1, "index-schema"), (4, "index-schema")]


def test_every_mention_and_variant_is_found(tmp_path):
    write(tmp_path, "persons.toml", PERSONS)
    write(tmp_path, "places.toml", PLACES)
    entries, _ = load_indexes(tmp_path)
    names = TermMatcher(forms=[(f, e.slug) for e in entries for f in e.forms])
    mentions = []
    for edition, _ in editions():
        mentions += link_terms(edition, names, link=False)[1]
    found = sorted({(m.slug, m.text_id, m.paragraph, m.note) for m in mentions})
    assert found == [
        ("ix-persons-gorbachev-mikhail", "a", 1, ""),
        ("ix-persons-gorbachev-mikhail", "a", 2, ""),
        ("ix-persons-gorbachev-mikhail", "a", 2, "1"),
        ("ix-persons-zhivkov-todor", "a", 2, ""),
        ("ix-places-novocherkassk", "a", 0, ""),
        ("ix-places-novocherkassk", "b", 1, ""),
    ]
    page = render_index("persons", "Index of persons", [e for e in entries if e.index == "persons"],
                        mentions, {"a": "Text A", "b": "Text B"}, {"a": "A", "b": "B"})
    assert ("**Gorbachev, Mikhail** (General Secretary of the CPSU, 1985–1991): *A* {para}`texts/a#1`, "
            "{para}`texts/a#2`, {para}`n. 1 <texts/a#2>`") in page
    assert "Gorbachov, *see* {ref}`Gorbachev, Mikhail <ix-persons-gorbachev-mikhail>`" in page
    assert "Zivkoff, *see* {ref}`Zhivkov, Todor <ix-persons-zhivkov-todor>`" in page


PARALLELS = """\
[[theme]]
id = "novocherkassk-1962"
title = "Novocherkassk, 1962"
summary = "Both texts mention the strike."

[[theme.passage]]
text = "a"
quote = "Gorbachov's reforms failed"
gloss = "Reforms."

[[theme.passage]]
text = "b"
quote = "The strike at Novocherkassk"
gloss = "The strike."
"""


def test_parallel_passages_link_both_ways(tmp_path):
    path = write(tmp_path, "parallels.toml", PARALLELS)
    themes, problems = load_parallels(path, {"a", "b"})
    assert problems == []
    manifest = type("M", (), {"witnesses": [{"id": "a", "siglum": "A"}, {"id": "b", "siglum": "B"}]})()
    linked, located, problems = place_parallels(editions(), themes, manifest)
    assert problems == []
    assert located[("novocherkassk-1962", 0)][:2] == ("a", 2)
    assert located[("novocherkassk-1962", 1)][:2] == ("b", 1)
    a, b = (render(ed) for ed in linked)
    assert "[⇄ {ref}`Novocherkassk, 1962 <parallel-novocherkassk-1962>`: {para}`B ¶ 1 <texts/b#1>`]" in a
    assert "[⇄ {ref}`Novocherkassk, 1962 <parallel-novocherkassk-1962>`: {para}`A ¶ 2 <texts/a#2>`]" in b
    page = render_parallels(themes, located, {"a": "Text A", "b": "Text B"}, {"a": "A", "b": "B"})
    assert "(parallel-novocherkassk-1962)=\n## Novocherkassk, 1962" in page
    assert "{para}`texts/b#1` — *The strike.*" in page


def test_bad_parallels_are_reported_with_their_line(tmp_path):
    bad = PARALLELS.replace('text = "b"', 'text = "zz"')
    themes, problems = load_parallels(write(tmp_path, "p.toml", bad), {"a", "b"})
    assert [(p.line, p.code) for p in problems] == [(11, "parallel-text"), (1, "parallel-schema")]
    missing = PARALLELS.replace("The strike at Novocherkassk", "Not in the text")
    themes, _ = load_parallels(write(tmp_path, "q.toml", missing), {"a", "b"})
    manifest = type("M", (), {"witnesses": [{"id": "a", "siglum": "A"}, {"id": "b", "siglum": "B"}]})()
    _, _, problems = place_parallels(editions(), themes, manifest)
    assert [(p.line, p.code) for p in problems] == [(11, "parallel-quote")]
    assert "occurs 0 times" in problems[0].message


def test_an_identification_needs_sources_and_they_are_cited(tmp_path):
    from edition.check import check_indexes
    from edition.data.bibliography import citations_in_toml

    folder = tmp_path / "indexes"
    folder.mkdir()
    (folder / "persons.toml").write_text(PERSONS.replace(
        'note = "General Secretary of the CPSU, 1985–1991"\n',
        'note = "General Secretary of the CPSU, 1985–1991"\nsources = ["brown1996", "gorbachev1987"]\n')
        + '\n[[entry]]\nheading = "Stolypin, Pyotr"\nforms = ["Stolypin"]\nnote = "Prime Minister, 1906–1911"\n',
        encoding="utf-8")
    (folder / "places.toml").write_text(PLACES.replace(
        'forms = ["Novocherkassk"]', 'forms = ["Novocherkassk"]\nnote = "A city"\nsources = "oops"'),
        encoding="utf-8")
    found = [(p.path.split("/")[-1], p.line, p.code) for p in check_indexes(folder)]
    assert found == [("places.toml", 1, "index-schema"), ("persons.toml", 13, "index-unsourced"),
                     ("places.toml", 1, "index-unsourced")]
    cited = [(c.key, c.line) for c in citations_in_toml(folder / "persons.toml", "entry", "sources")]
    assert cited == [("brown1996", 6), ("gorbachev1987", 6)]


def test_the_index_page_cites_the_sources_of_an_identification(tmp_path):
    (tmp_path / "persons.toml").write_text(PERSONS, encoding="utf-8")
    entries = [e._replace(sources=["brown1996"]) for e in load_indexes(tmp_path)[0]]
    page = render_index("persons", "Index of persons", entries, [], {"a": "Text A"}, {"a": "A"})
    assert "**Gorbachev, Mikhail** (General Secretary of the CPSU, 1985–1991 [{cite:p}`brown1996`]" in page

