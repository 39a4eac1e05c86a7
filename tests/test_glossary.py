"""The glossary: entry files, their checks, term links and usages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition.cli import main
from edition.convert import convert
from edition.data.glossary import MAX_BYTES, glossary_letter, load_glossary, new_entry, read_entry
from edition.errors import EditionError
from edition.linking.terms import RELINK_AFTER, TermMatcher, link_terms
from edition.model import TermRef, Text
from edition.site.glossary import render_glossary
from edition.witness.reading import read_text
from edition.writers.myst import render

GOOD = """\
---
term: nomenklatura
variants: [nomenclatura, номенклатура]
cyrillic: номенклатура
definition: >-
  The list of leading posts filled by Party appointment, and the people holding them.
related: [perestroika]
sources: [voslensky1984]
---
The word means a list of names {cite:p}`voslensky1984`.

## In these texts

- {doc}`/texts/soviet-mirage`: used of the ruling class.
"""

OTHER = """\
---
term: perestroika
definition: Gorbachev's programme of restructuring, from 1985.
related: [nomenklatura]
sources: [voslensky1984]
---
Restructuring.
"""


def folder_with(tmp_path, **files):
    folder = tmp_path / "glossary"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


def problems_of(tmp_path, text, **others):
    folder = folder_with(tmp_path, entry=text, **others)
    _, problems = load_glossary(folder, {"voslensky1984"})
    return [(p.line, p.code, p.message) for p in problems]


def test_a_good_entry_is_read_with_all_its_fields(tmp_path):
    folder = folder_with(tmp_path, nomenklatura=GOOD, perestroika=OTHER)
    entries, problems = load_glossary(folder, {"voslensky1984"})
    assert problems == []
    assert [e.slug for e in entries] == ["nomenklatura", "perestroika"]
    entry = entries[0]
    assert entry.forms == ["nomenklatura", "nomenclatura", "номенклатура"]
    assert entry.cyrillic == "номенклатура" and entry.related == ["perestroika"]
    assert entry.definition.startswith("The list of leading posts")
    assert entry.lines["definition"] == 5 and entry.lines["body"] == 10


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("Text <script>alert(1)</script>.", 7, "raw HTML is not allowed"),
        ("Text <b>bold</b>.", 7, "raw HTML is not allowed"),
        ("Line\n\n```{raw} html\n<p>x</p>\n```", 9, "code blocks and directives are not allowed"),
        ("Line\n\n:::{include} /etc/passwd\n:::", 9, "directives (':::') are not allowed"),
        ("See [here](javascript:alert(1)).", 7, "links may only be http:, https: or mailto: addresses"),
        ("See [img](data:text/html;base64,xx).", 7, "links may only be http:, https: or mailto: addresses"),
        ("A {{ substitution }}.", 7, "MyST substitutions are not allowed"),
        ("Text {eval-rst}`x`.", 7, "the role {eval-rst} is not allowed"),
        ("Line\n\n> - {Download}`x </etc/passwd>`", 9, "the role {Download} is not allowed"),
    ],
)
def test_hostile_markup_is_refused_with_its_line(tmp_path, body, line, message):
    text = OTHER.replace("Restructuring.", body)
    found = problems_of(tmp_path, text)
    assert any(ln == line and code == "markup-unsafe" and message in msg for ln, code, msg in found), found


def test_schema_problems(tmp_path):
    assert problems_of(tmp_path, "no front matter\n") == [
        (1, "glossary-front-matter", "an entry starts with a '---' line and its fields (see CONTRIBUTING.md)")
    ]
    missing = problems_of(tmp_path, "---\nterm: x\n---\nText.\n")
    assert {(code, msg) for _, code, msg in missing} == {
        ("glossary-schema", "the field 'definition' is required"),
        ("glossary-schema", "the field 'sources' is required"),
    }
    wrong = problems_of(tmp_path, OTHER.replace("related: [nomenklatura]", "related: nomenklatura\ncolour: red"))
    assert (4, "glossary-schema", "the field 'related' must be a list of strings") in wrong
    assert any(code == "glossary-schema" and "unknown field 'colour'" in msg for _, code, msg in wrong)


def test_yaml_errors_name_the_line(tmp_path):
    found = problems_of(tmp_path, OTHER.replace("sources: [voslensky1984]", "sources: [voslensky1984"))
    assert found and found[0][1] == "glossary-yaml"


def test_python_objects_in_yaml_are_refused(tmp_path):
    found = problems_of(tmp_path, OTHER.replace("related: [nomenklatura]", "related: !!python/object:os.system x"))
    assert found and found[0][1] == "glossary-yaml"


def test_too_large_and_wrongly_encoded_files(tmp_path):
    big = OTHER + "word " * MAX_BYTES
    assert problems_of(tmp_path, big)[0][1] == "glossary-size"
    folder = folder_with(tmp_path / "other")
    (folder / "latin.md").write_bytes(OTHER.replace("Restructuring.", "Caf\u00e9.").encode("latin-1"))
    _, problems = load_glossary(folder)
    assert [(p.line, p.code) for p in problems] == [(7, "glossary-encoding")]


def test_duplicate_and_colliding_terms(tmp_path):
    clash = OTHER.replace("term: perestroika", "term: Nomenclatura")
    folder = folder_with(tmp_path, nomenklatura=GOOD, perestroika=OTHER, zclash=clash)
    _, problems = load_glossary(folder, {"voslensky1984"})
    # reported in both files, since either may be the contribution
    assert sorted((Path(p.path).name, p.line, p.code) for p in problems) == [
        ("nomenklatura.md", 3, "glossary-duplicate"), ("zclash.md", 2, "glossary-duplicate")]
    assert "is the same term as" in problems[0].message


def test_unknown_related_entry_and_source(tmp_path):
    folder = folder_with(tmp_path, nomenklatura=GOOD.replace("voslensky1984]", "nobody2000]"))
    _, problems = load_glossary(folder, {"voslensky1984"})
    assert {(p.line, p.code) for p in problems} == {(7, "glossary-related"), (8, "glossary-source")}


def test_an_entry_refused_for_its_own_problem_is_still_there_for_the_entries_related_to_it(tmp_path):
    # raw HTML in nomenklatura.md: one problem, at its line, not also one in every entry naming it as related
    folder = folder_with(tmp_path, nomenklatura=GOOD + "\n<b>bold</b>\n", perestroika=OTHER)
    _, problems = load_glossary(folder, {"voslensky1984"})
    assert [(Path(p.path).name, p.code) for p in problems] == [("nomenklatura.md", "markup-unsafe")]


def test_new_entry_from_the_template(tmp_path, capsys):
    folder = tmp_path / "glossary"
    assert main(["glossary", "new", "Socialism in one country", "--folder", str(folder)]) == 0
    path = folder / "socialism-in-one-country.md"
    entry, _ = read_entry(path)  # the template must be filled in before it passes
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\nterm: "Socialism in one country"\n')
    assert main(["glossary", "new", "Socialism in one country", "--folder", str(folder)]) == 1
    assert "the entry exists already" in capsys.readouterr().err
    with pytest.raises(EditionError, match="the entry exists already"):
        new_entry(folder, "Socialism in one country")


def test_new_entry_refuses_a_term_another_entry_gives(tmp_path, capsys):
    """``glossary new`` says at once what the check would refuse as a duplicate: the term of another entry, or
    one of its variants, in any case or with letters that look alike; a term beside them is written."""
    folder = folder_with(tmp_path, nomenklatura=GOOD, perestroika=OTHER)
    for taken in ("Nomenclatura", "NOMENCLATURA", "n\u043emenclatura"):  # the last with a Cyrillic o
        with pytest.raises(EditionError, match="is already .*nomenklatura.md's variant 'nomenclatura'"):
            new_entry(folder, taken)
    assert main(["glossary", "new", "Nomenclatura", "--folder", str(folder)]) == 1
    assert "edit that entry instead" in capsys.readouterr().err
    assert new_entry(folder, "nomenklaturist").name == "nomenklaturist.md"  # a term beside it


def test_the_template_s_own_words_are_refused_until_replaced(tmp_path):
    """The definition and the body ``glossary new`` writes name what to write: an entry that keeps them is refused,
    at their lines; once replaced, nothing is."""
    folder = tmp_path / "glossary"
    path = new_entry(folder, "sovnarkhoz")
    path.write_text(path.read_text(encoding="utf-8").replace("sources: []", "sources: [voslensky1984]"),
                    encoding="utf-8")
    _, problems = load_glossary(folder)
    template = [(p.line, p.code) for p in problems if p.code == "glossary-template"]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert template == [(lines.index("definition: >-") + 1, "glossary-template"),
                        (next(i for i, x in enumerate(lines) if x.startswith("The full entry")) + 1,
                         "glossary-template"),
                        (next(i for i, x in enumerate(lines) if "how this text uses" in x) + 1, "glossary-template")]
    path.write_text("---\nterm: sovnarkhoz\ndefinition: A regional council of the national economy.\n"
                    "sources: [voslensky1984]\n---\nThe councils of 1957 replaced many ministries.\n",
                    encoding="utf-8")
    assert [p for p in load_glossary(folder)[1] if p.code == "glossary-template"] == []


# -- Terms in the texts -------------------------------------------------------------


def entries(tmp_path):
    folder = folder_with(tmp_path, nomenklatura=GOOD, perestroika=OTHER)
    return load_glossary(folder)[0]


def text_with(paragraphs: list[str], notes: str = "") -> str:
    return "A title for the test\n\n" + "\n\n".join(paragraphs) + "\n" + notes


def test_first_occurrence_is_linked_and_every_occurrence_is_a_usage(tmp_path):
    source = text_with([
        "The nomenklatura ruled. The nomenklatura's privileges grew.",
        "Under perestroika the Nomenklatura changed.",
        "Perestroika failed. [1]",
    ], "\n[1] On perestroika see below.\n")
    edition, usages = link_terms(convert(read_text(source)), TermMatcher(entries(tmp_path)))
    linked = [p for b in edition.blocks for p in b.pieces if isinstance(p, TermRef)]
    assert linked == [TermRef("nomenklatura", "nomenklatura"), TermRef("perestroika", "perestroika")]
    assert [(u.slug, u.paragraph, u.note, u.surface) for u in usages] == [
        ("nomenklatura", 1, "", "nomenklatura"),
        ("nomenklatura", 1, "", "nomenklatura's"),
        ("perestroika", 2, "", "perestroika"),
        ("perestroika", 3, "", "Perestroika"),
        ("perestroika", 3, "1", "perestroika"),
    ]
    assert usages[1].snippet == "The nomenklatura ruled. The nomenklatura's privileges grew."


def test_a_term_is_linked_again_after_ten_paragraphs(tmp_path):
    paragraphs = [f"Paragraph {i} on the nomenklatura." for i in range(1, 2 * RELINK_AFTER + 2)]
    edition, _ = link_terms(convert(read_text(text_with(paragraphs))), TermMatcher(entries(tmp_path)))
    linked_in = [b.number for b in edition.blocks if any(isinstance(p, TermRef) for p in b.pieces)]
    assert linked_in == [1, 1 + RELINK_AFTER, 1 + 2 * RELINK_AFTER]


def test_headings_are_not_linked(tmp_path):
    source = "A title for the test\n\nThe nomenklatura\n\nIt ruled the nomenklatura state.\n"
    edition, usages = link_terms(convert(read_text(source)), TermMatcher(entries(tmp_path)))
    assert edition.blocks[0].kind == "heading" and all(isinstance(p, Text) for p in edition.blocks[0].pieces)
    assert [type(p) for p in edition.blocks[1].pieces] == [Text, TermRef, Text]


def test_term_links_in_myst_and_the_glossary_page(tmp_path):
    source = text_with(["The nomenklatura ruled."])
    edition, usages = link_terms(convert(read_text(source), record={"id": "t1", "title": "T"}),
                                 TermMatcher(entries(tmp_path)))
    assert "The {gloss}`nomenklatura <nomenklatura>` ruled." in render(edition)
    pages = render_glossary(entries(tmp_path), usages, {"t1": "T"})
    page = pages["terms/n.md"]
    assert "(gloss-nomenklatura)=\n## nomenklatura" in page
    assert "~~~{rubric} In these texts\n~~~" in page
    assert "- {doc}`T </texts/t1>`:\n  - {para}`texts/t1#1` “The nomenklatura ruled.”" in page
    assert "*Related:* {ref}`perestroika <gloss-perestroika>`" in page
    assert "*Not used in the texts.*" in pages["terms/p.md"]


def _entry(term: str, definition: str = "A definition for the test.") -> str:
    return f"---\nterm: {term}\ndefinition: {definition}\nsources: [voslensky1984]\n---\nA body.\n"


def test_the_glossary_has_a_page_per_letter_and_an_overview_of_the_terms(tmp_path):
    folder = folder_with(tmp_path, emigre=_entry("Émigré"), elite=_entry("elite"), ezra=_entry("Ezra"),
                         year=_entry('"1917"'),
                         zemstvo=_entry("zemstvo"), duma=_entry("Duma", "An assembly, defined here."),
                         cyrillic=_entry("Дума"))
    found, problems = load_glossary(folder, {"voslensky1984"})
    assert problems == []
    pages = render_glossary(found, [], {})
    # letters in order, accents ignored; what does not begin with a Latin letter comes last
    assert list(pages) == ["glossary.md", "terms/d.md", "terms/e.md", "terms/z.md", "terms/other.md"]
    assert re.findall(r"\(gloss-([a-z-]+)\)=", pages["terms/e.md"]) == ["elite", "emigre", "ezra"]
    assert re.findall(r"\(gloss-([a-z-]+)\)=", pages["terms/other.md"]) == ["year", "cyrillic"]
    assert pages["terms/other.md"].count("# Glossary: other terms\n") == 1
    # each letter's page leads to the others and back to the overview
    assert "{doc}`All terms </glossary>` · {doc}`D <d>` · **E** · {doc}`Z <z>`" in pages["terms/e.md"]
    overview = pages["glossary.md"]
    assert "- **{doc}`E <terms/e>`**: {ref}`elite <gloss-elite>` · {ref}`Émigré <gloss-emigre>`" in overview
    assert overview.endswith("```{toctree}\n:hidden:\n\nterms/d\nterms/e\nterms/z\nterms/other\n```\n")
    # the overview names the terms, not their definitions: editing one leaves it as it was
    assert "An assembly, defined here." in pages["terms/d.md"] and "defined here" not in overview


@pytest.mark.parametrize(("term", "letter"), [
    ("nomenklatura", ("N", "n")), ("Nomenklatura", ("N", "n")), ("Émigré", ("E", "e")),
    ("1917", ("#", "other")), ("номенклатура", ("#", "other")), ('"Quoted"', ("#", "other")),
])
def test_the_letter_of_a_term(term, letter):
    assert glossary_letter(term) == letter


# -- The matcher finds what its pattern finds --------------------------------------------------
#
# TermMatcher compares strings where its pattern (one alternation of every form) would match
# (linking.terms._Literal), so as not to compile that pattern on every run: each rule of the
# pattern is tried here, on the real glossary and index in the real texts and on made-up forms.

ROOT = Path(__file__).resolve().parents[1]


def by_pattern(matcher: TermMatcher, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(matcher.pattern, text)] if matcher.pattern else []


def found(matcher: TermMatcher, text: str) -> list[tuple[int, int]]:
    return list(matcher.spans(text))


def test_the_matcher_finds_in_the_texts_what_its_pattern_finds():
    from edition.data.indexes import load_indexes

    glossary, _ = load_glossary(ROOT / "docs" / "glossary")
    index, _ = load_indexes(ROOT / "docs" / "indexes")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").rglob("*.txt"))]
    for matcher in (TermMatcher(glossary), TermMatcher(forms=[(f, e.slug) for e in index for f in e.forms])):
        total = 0
        for text in texts:  # whole, and a paragraph at a time (as they are linked)
            for part in [text, *text.split("\n\n")]:
                spans = by_pattern(matcher, part)
                assert found(matcher, part) == spans
                total += len(spans)
        assert total > 100  # the texts do use the terms and the names


FORMS = [
    ("war", "war"), ("war communism", "wc"), ("warlord", "warlord"), ("War Office", "wo"),
    ("soviet", "soviet"), ("Soviet Union", "su"), ("the Thaw", "thaw"), ("the civil war", "cw"),
    ("U.S.", "us"), ("anarcho-syndicalism", "as"), ("class", "class"), ("workers’ control", "control"),
    ("1917", "y"), ("a", "a"), ("NEP", "nep"), ("état", "etat"), ("Sovnarkom", "sov"),
]
TRICKY = [
    "War communism. war-communism war communisms; War\ncommunism “war” ‘War’ \"War Office\" warlords",
    "The soviet met. Soviet Union. Soviets rule. “Soviet power”: Soviet\nUnion, soviet's, soviets’.",
    "the Thaw, the  civil\twar; The civil war. THE THAW. the Thawing, the thaw",
    "U.S.A. U.S. U.S.’s the U.S, anarcho-syndicalism's anarcho-syndicalist anarcho-syndicalism-",
    "classes class’s class-conscious subclass classy _class class_ 1917s 19170 a an A. a-b",
    "workers’ control workers' control workers’ controls Workers’ control. NEP’s NEPs nep",
    "État états état’s état-major Sovnarkom’s Sovnarkomes war\u00a0communism war\u2028communism",
    "Power. Soviet Russia fell. “Soviet Georgia”. ‘Soviet\nArmenia’ Soviet power. Class War. Warlords Rule",
    # a soft hyphen (U+00AD) is inside its word: no form begins or ends beside it
    "Sovi\u00adet power, the class\u00ad struggle, sub\u00adclass, war\u00adlord, Soviet\u00ad\u00adUnion, NEP\u00ad",
]


@pytest.mark.parametrize("text", TRICKY)
def test_the_matcher_follows_each_rule_of_its_pattern(text):
    matcher = TermMatcher(forms=FORMS)
    assert found(matcher, text) == by_pattern(matcher, text)


def test_forms_with_other_blanks_are_matched_by_their_pattern():
    """Forms with two spaces or a tab are left to the pattern (one per first character)."""
    forms = [*FORMS, ("state capitalism", "sc"), ("state  capitalism", "sc"), ("left\tcommunism", "lc"),
             ("left communism", "lc")]
    matcher = TermMatcher(forms=forms)
    text = "state  capitalism, state capitalism, state \n capitalism; left\tcommunism left communism"
    assert found(matcher, text) == by_pattern(matcher, text) == [(0, 17), (19, 35), (37, 55), (57, 71), (72, 86)]


def test_the_matcher_finds_what_its_pattern_finds_in_made_up_texts():
    """Made-up forms, and texts made of them (capitalised, with endings, run together) and of blanks,
    quotes, sentence ends, hyphens and capitals."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    word = st.text(st.sampled_from(list("aAbBcé-'’.1")), min_size=1, max_size=4)
    forms = st.lists(st.lists(word, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8)
    noise = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", ". ", "! ", ": ", "“", "\"", "‘", "’", "'", "-", "_",
                             ",", "s", "es", "’s", "A", "Bc", " C", "x", "1"])

    @settings(max_examples=600, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(forms, st.data())
    def check(forms, data):
        def piece(form: str) -> st.SearchStrategy[str]:
            cased = st.sampled_from([form, form[:1].upper() + form[1:], form.upper()])
            return cased.map(lambda f: f.replace(" ", data.draw(st.sampled_from([" ", "\n", "  ", " \t"]))))

        text = "".join(data.draw(st.lists(st.one_of(noise, st.sampled_from(forms).flatmap(piece)), max_size=14)))
        # longer forms first in the alternation: these stand before the made-up ones, as most forms would
        longer = [(f"{'q' * 30}{i}", "q") for i in range(60)]
        matcher = TermMatcher(forms=[*longer, *((f, f"k{i % 3}") for i, f in enumerate(forms))])
        assert found(matcher, text) == by_pattern(matcher, text)

    check()


def test_the_glossary_pages_name_the_configured_folder_of_the_entries(tmp_path):
    found, _ = load_glossary(folder_with(tmp_path, duma=_entry("Duma")), {"voslensky1984"})
    default = render_glossary(found, [], {})
    assert "<edit:docs/glossary/duma.md>" in default["terms/d.md"]
    pages = render_glossary(found, [], {}, folder="docs/entries")
    assert "<edit:docs/entries/duma.md>" in pages["terms/d.md"] and "docs/glossary" not in pages["terms/d.md"]
    assert pages["glossary.md"].startswith("% Generated by `edition sync` from docs/entries/*.md;")
    assert "{doc}`D <terms/d>`" in pages["glossary.md"]  # the letters' pages stay where sync makes them


def test_new_entry_goes_to_the_folder_conf_py_names(tmp_path, monkeypatch, capsys):
    (tmp_path / "conf.py").write_text('edition_glossary_dir = "entries"\n', encoding="utf-8")
    (tmp_path / "docs").mkdir()  # an edition's project: its conf.py names the folder
    monkeypatch.chdir(tmp_path)
    assert main(["glossary", "new", "Quorum"]) == 0
    assert (tmp_path / "docs" / "entries" / "quorum.md").is_file()
    assert not (tmp_path / "docs" / "glossary").exists()
    (tmp_path / "conf.py").write_text('edition_glossary_dir = "../elsewhere"\n', encoding="utf-8")
    assert main(["glossary", "new", "Soviet"]) == 1
    assert "error: conf.py: edition_glossary_dir must be a path inside the project" in capsys.readouterr().err


def test_a_conf_py_that_fails_to_run_is_an_error_naming_it_not_a_traceback(tmp_path, monkeypatch, capsys):
    # red team round 8: edition glossary new and edition convert run conf.py for the folder
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    for conf in ("import no_such_theme_here\n", "raise SystemExit(3)\n", "x = (\n"):
        (tmp_path / "conf.py").write_text(conf, encoding="utf-8")
        assert main(["glossary", "new", "Quorum"]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: conf.py: it could not be run (") and "Traceback" not in err
    assert main(["glossary", "new", "Quorum", "--folder", "docs/glossary"]) == 0  # named: conf.py not needed


def test_every_command_reports_a_conf_py_that_fails_to_run_the_same_way(tmp_path, monkeypatch, capsys):
    # edition check took it for a bug of its own, edition sync ended in a traceback
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    for conf in ("import no_such_theme_here\n", "raise SystemExit(3)\n"):
        (tmp_path / "conf.py").write_text(conf, encoding="utf-8")
        assert main(["check"]) == 1
        err = capsys.readouterr().err
        assert "conf.py: it could not be run (" in err and "bug" not in err and "Traceback" not in err
        assert main(["sync"]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: conf.py: it could not be run (") and "Traceback" not in err


def test_a_folder_without_docs_runs_no_conf_py(tmp_path, monkeypatch):
    (tmp_path / "conf.py").write_text("raise SystemExit(3)\n", encoding="utf-8")  # another project's
    (tmp_path / "a.txt").write_text("A title\n\nA paragraph of the text.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["convert", "a.txt", "--out-dir", "out"]) == 0


# -- Issue 16: no link inside a word a soft hyphen breaks; no English gloss linked as a Russian term ----------

@pytest.mark.parametrize("text, linked", [
    ("Vladi\u00admir came to the mir.", ["mir"]),  # "Vladi­mir" holds no "mir"
    ("The mir\u00ads met, and the mir met.", ["mir"]),  # a soft hyphen after a form: the word goes on
    ("The mir met, and Vladimir saw it.", ["mir"]),  # the near miss: the form alone is linked as before
])
def test_a_soft_hyphen_is_part_of_the_word_never_a_place_a_form_begins_or_ends(text, linked):
    matcher = TermMatcher(forms=[("mir", "mir"), ("Vladi", "v")])
    assert [text[a:b] for a, b, _ in matcher.find(text)] == linked
    assert found(matcher, text) == by_pattern(matcher, text)


def _russian_entry(tmp_path, variants: str) -> Path:
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "glasnost.md").write_text(
        "---\nterm: glasnost\nvariants: [" + variants + "]\ncyrillic: гласность\n"
        "definition: Openness, a policy of the late Soviet years.\nrelated: []\nsources: [brown1996]\n---\nText.\n",
        encoding="utf-8")
    return folder


def test_an_english_gloss_given_as_a_russian_term_s_variant_is_refused(tmp_path):
    from edition.data.glossary import translated_variants

    entries, _ = load_glossary(_russian_entry(tmp_path, "glasnost’, transparency, openness, гласность"))
    found_ = translated_variants(entries)
    assert [p.code for p in found_] == ["glossary-gloss", "glossary-gloss"]
    assert "'transparency' is an English word" in found_[0].message and found_[0].line == 3


@pytest.mark.parametrize("variants", [
    "glasnost’, glasnostʹ, гласность",  # its spellings
    "glasnostnik, glasnosti",  # transliterations: no English words
    "Transparency International",  # a name of several words, capitalised: no gloss of one word
])
def test_a_russian_term_s_own_forms_are_no_glosses(tmp_path, variants):
    from edition.data.glossary import translated_variants

    entries, _ = load_glossary(_russian_entry(tmp_path, variants))
    assert len(entries) == 1 and translated_variants(entries) == []


def test_an_english_term_s_english_variants_are_its_own(tmp_path):
    from edition.data.glossary import translated_variants

    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "bureaucracy.md").write_text(
        "---\nterm: bureaucracy\nvariants: [officialdom, administration]\ndefinition: The officials.\n"
        "related: []\nsources: [weber1922]\n---\nText.\n", encoding="utf-8")
    entries, _ = load_glossary(folder)
    # no Cyrillic form: no Russian term, its variants its own
    assert len(entries) == 1 and translated_variants(entries) == []


def test_the_edition_s_glossary_gives_no_english_gloss_as_a_russian_term_s_form():
    from edition.data.glossary import translated_variants

    entries, _ = load_glossary(ROOT / "docs" / "glossary")
    assert translated_variants(entries) == []
    glasnost = next(e for e in entries if e.slug == "glasnost")
    assert "transparency" not in glasnost.forms and "openness" not in glasnost.forms


# -- an abbreviation that opens a licence's code ("CC" of "CC BY-SA 4.0") is no usage ---------------------------

LICENCE_FORMS = [("Central Committee", "central-committee"), ("CC", "central-committee"), ("GNU", "gnu")]


@pytest.mark.parametrize("sentence", [
    "Photo: Ann Lee / Wikimedia Commons, CC BY-SA 4.0",
    "Map by Bo Kim (CC BY 2.0).",
    "Licensed CC BY-NC-ND 3.0 by the author",
    "Released under CC\u00a0BY-SA",
    "Text: GNU FDL 1.3",
])
def test_abbreviation_in_a_licence_code_is_no_usage(sentence):
    found = [sentence[a:b] for a, b, _ in TermMatcher(forms=LICENCE_FORMS).find(sentence)]
    assert "CC" not in found and "GNU" not in found


@pytest.mark.parametrize(("sentence", "surface"), [
    ("In 1921 the CC decided to meet again.", "CC"),
    ("the CC by March had met twice", "CC"),  # "by" in lower case: no code
    ("The CC BYELORUSSIAN bureau", "CC"),  # a letter after "BY": no code
    ("The CC, BY then", "CC"),  # a comma between: no code
    ("a CC Plenum", "CC"),
    ("the Central Committee BY-SA", "Central Committee"),  # no code's first word
    ("GNU Emacs", "GNU"),
])
def test_abbreviation_outside_licence_codes_is_still_found(sentence, surface):
    found = [sentence[a:b] for a, b, _ in TermMatcher(forms=LICENCE_FORMS).find(sentence)]
    assert surface in found


def test_licence_credit_not_linked_in_a_converted_text(tmp_path):
    source = ("Title\n\nThe CC met in March and the Central Committee voted.\n\n"
              "Photo: Ann Lee, CC BY-SA 4.0\n")
    matcher = TermMatcher(forms=LICENCE_FORMS)
    _, usages = link_terms(convert(read_text(source)), matcher)
    surfaces = [u.surface for u in usages]
    assert surfaces.count("CC") == 1 and "Central Committee" in surfaces


def test_a_term_inside_a_longer_name_of_another_thing_is_not_found():
    # "American Civil War" is no "Civil War" of the term whose longer form is "Russian Civil War"
    from edition.linking.terms import TermMatcher
    m = TermMatcher(forms=[("Russian Civil War", "rcw"), ("Civil War", "rcw"), ("Gulag", "gulag")])
    assert list(m.find("veterans of the American Civil War met")) == []
    assert list(m.find("American Civil War veterans met")) == []
    # near misses: the term itself, at a sentence's start after a common word, its own longer form, and a
    # capitalised word no longer form of the term qualifies it by
    assert [s for _, _, s in m.find("during the Civil War")] == ["rcw"]
    assert [s for _, _, s in m.find("During Civil War the towns emptied")] == ["rcw"]
    assert [(a, b) for a, b, _ in m.find("the Russian Civil War")] == [(4, 21)]
    assert [s for _, _, s in m.find("the Soviet Gulag")] == ["gulag"]


def test_an_acronym_made_plural_is_no_usage_of_the_acronym():
    from edition.linking.terms import TermMatcher
    m = TermMatcher(forms=[("GPU", "state-security")])
    assert list(m.find("the cluster's GPUs and CPUs")) == []
    assert [s for _, _, s in m.find("the GPU arrested him; the GPU's agents")] == ["state-security", "state-security"]
