"""Round 15: red team 3's findings F3 (the rest), F7, F8 and F12 (``notes/redteam3.md``).

- F7: a bibliography of many entries whose notes hold braces and an address took minutes to check:
  each entry's hosts were read once for each kind of the sourcing policy, each printed field read by
  pybtex again, and pybtex's plain-text backend looked up among the installed packages at every read.
  Each entry's hosts are now read once, each field once, the backend found once.
- F8: letters the PDF's face lacks (CJK, emoji, Georgian, Hebrew …) passed the check and the HTML
  build and printed as boxes: the check and the build refuse any character outside the faces' set
  (``tools/edition/data/printable-characters.txt``, made from the fonts), naming it.
- F3: a directive's arguments (how many, a search entry's kind, an ``{only}``'s expression, a grid's
  columns) and sphinx-design's placement (a tab in a tab set, a grid's items in a grid) are judged as
  the build reads them.
- F12: an editor's note whose ``after`` ends inside a word split the word (and lost its glossary link).

Every attack has a near miss beside it that must pass.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edition.data import faces
from edition.data.markup import DIRECTIVE_ARGUMENTS, ENTRY_KINDS, PAGE_DIRECTIVES, judge, judge_page

# -- F7: the sourcing policy and the printed fields read once ---------------------------------------------


def _bib(count: int, unique: bool) -> str:
    return "".join(
        f"@misc{{zz{i},\n  author = {{Probe, Red}},\n  title = {{T}},\n  year = {{2020}},\n"
        f"  note = {{See h{{t}}{{t}}p:/{{/}}www.marxists.org/{{a}}{i if unique else ''}{'{x}' * 20}}},\n}}\n\n"
        for i in range(count))


def test_each_entry_s_hosts_are_read_once_not_once_for_each_kind_of_the_policy(tmp_path, monkeypatch):
    from pybtex.database.input.bibtex import Parser

    from edition.data import sourcing
    from edition.data.bibliography import entry_lines

    text = _bib(12, unique=True)
    bib = tmp_path / "references.bib"
    bib.write_text(text, encoding="utf-8")
    policy = tmp_path / "refused-sources.toml"
    rules = "".join(f'[[refused]]\nkind = "k{n}"\nreason = "r"\nhosts = ["h{n}.example"]\n\n' for n in range(6))
    policy.write_text(rules + '[general-reference]\nhosts = ["wikipedia.org"]\n', encoding="utf-8")
    calls = []
    real = sourcing.entry_hosts
    monkeypatch.setattr(sourcing, "entry_hosts", lambda fields: calls.append(1) or real(fields))
    problems = sourcing.check_sourcing(Parser().parse_string(text), bib, entry_lines(text), policy)
    assert not [p for p in problems if p.code == "sources-policy"], problems
    assert len(calls) == 12  # once for each entry, not 12 × 7


def test_a_printed_field_is_read_once_and_the_backend_found_once(monkeypatch):
    import pybtex.plugin

    from edition.data import bibliography

    bibliography._printed_text.cache_clear()
    bibliography._plain_text_backend.cache_clear()
    lookups = []
    real = pybtex.plugin.find_plugin
    monkeypatch.setattr(pybtex.plugin, "find_plugin", lambda *a, **k: lookups.append(a) or real(*a, **k))
    note = "See h{t}{t}p:/{/}www.marxists.org/{a}"
    for n in range(20):
        assert bibliography.printed_text(note) == "See http://www.marxists.org/a"
        assert bibliography.printed_text(f"{note}{n}") == f"See http://www.marxists.org/a{n}"
    assert bibliography._printed_text.cache_info().misses == 21  # each value read once
    assert len(lookups) <= 1  # the backend looked up once (pybtex looked it up at every render_as)
    assert bibliography.printed_text("plain words, no address") == "plain words, no address"


# -- F8: the characters the printed edition's face has ------------------------------------------------------

ENTRY = "---\nterm: zzprobe\ndefinition: A probe {definition}.\nsources: [trotsky1936]\n---\n{body}\n"


@pytest.mark.parametrize("text, said", [
    ("Body 你好世界 here.", "你 (U+4F60 CJK UNIFIED IDEOGRAPH-4F60)"), ("A fire 🔥.", "🔥 (U+1F525 FIRE)"),
    ("नमस्ते", "DEVANAGARI LETTER NA"), ("ქართული", "GEORGIAN LETTER AN"), ("سلام", "ARABIC LETTER SEEN"),
    ("Հայերեն", "ARMENIAN CAPITAL LETTER HO"), ("ภาษาไทย", "THAI CHARACTER PHO SAMPHAO"),
    ("Kyoto。", "U+3002 IDEOGRAPHIC FULL STOP"),
])
def test_a_letter_the_face_lacks_is_refused_at_its_line_with_its_name(text, said):
    found = judge(f"First line.\n\n{text}\n", "docs/glossary/zzprobe.md", 6).problems
    assert found and all(p.code == "markup-print" for p in found), found
    (problem,) = found
    assert problem.path == "docs/glossary/zzprobe.md" and problem.line == 8 and said in problem.message
    assert "would print as a box" in problem.message


@pytest.mark.parametrize("text", [
    "Plain ASCII, with (brackets) and 'quotes'.", "Čech, café, Łódź, Ørsted, Straße, naïve, œuvre",
    "Москва, Ёлкин, Україна, Беларусь", "Ἀθῆναι, λόγος", "“quoted” — dashes – and … ellipses; № 5, §3, ¶ 18",
    "the mark of a parallel passage ⇄", "ﬁ ligature and ½ a fraction", "Сталин’s «Правда»",
    "Hebrew שלום",  # Libertine has Hebrew letters (the red team's log named no Hebrew one)
])
def test_near_misses_the_face_has_pass(text):
    assert judge(text, "docs/glossary/zzprobe.md").problems == ()


def test_the_whole_message_names_every_character_of_a_line_up_to_a_few():
    (problem,) = judge("你好世界 नमस्ते", "e.md").problems
    assert "and 4 more" in problem.message and problem.message.count("(U+") == 6


def test_a_page_an_index_heading_and_the_bibliography_refuse_them_too():
    from edition.data.bibliography import stray_in_bib
    from edition.data.markup import PLAIN, page_character_problems

    page = "---\norphan: true\n---\n# P\n\nText 🔥 here.\n"
    found = page_character_problems(page, "docs/p.md")
    assert [(p.line, p.code) for p in found] == [(6, "page")] and "U+1F525" in found[0].message
    assert set(found) <= set(judge_page(page, "docs/p.md"))
    assert "U+6BDB" in judge("毛泽东", "docs/indexes/persons.toml", 4, PLAIN).problems[0].message
    bib = "@book{x,\n  title = {毛泽东},\n}\n"
    assert [(p.line, p.code) for p in stray_in_bib("docs/references.bib", bib)] == [(2, "bib-character")]
    assert page_character_problems("# P\n\nNo such letters: ⇄ Москва.\n", "docs/p.md") == []


def test_the_printable_set_is_made_from_the_fonts():
    """The data file is what :func:`faces.generate` makes of the installed faces (where they are)."""
    if shutil.which("fc-query") is None or not all((faces.FONT_DIR / f).exists() for f in faces.TEXT_FACES):
        pytest.skip("fontconfig or the faces (fonts-linuxlibertine, fonts-freefont-otf) are not installed")
    assert faces.generate() == faces.PRINTABLE_FILE.read_text(encoding="utf-8")


def test_the_printable_set_is_the_text_faces_and_the_edition_s_own_mark():
    chars = faces.printable()
    assert {"a", "Ж", "λ", "é", "—", "¶", "⇄", "\n"} <= chars
    assert not {"你", "🔥", "ქ", "\u3002"} & chars
    assert faces.unprintable("a你b好你") == ["你", "好"]
    assert faces.describe("\u0301") == "(U+0301 COMBINING ACUTE ACCENT)"  # a mark is named, not shown


# -- F3: a directive's arguments and sphinx-design's placement ----------------------------------------------

PAGE = "---\norphan: true\n---\n# Probe\n\n{block}\n"


@pytest.mark.parametrize("block, line, said", [
    ("```{edition:entry} bogus x\nName\n```", 6, "kind 'bogus' is not one the edition knows"),
    ("```{edition:entry} term\nName\n```", 6, "{edition:entry}: 2 argument(s) required, 1 supplied"),
    (":::{only} html and (\ntext\n:::", 6, "the {only} expression 'html and (' cannot be read"),
    ("::::{tab-item} Lone\ntext\n::::", 6, "a {tab-item} must stand directly in a {tab-set}"),
    ("::::{grid-item}\ntext\n::::", 6, "a {grid-item} must stand directly in a {grid}"),
    (":::{rubric}\n:::", 6, "{rubric}: 1 argument(s) required, 0 supplied"),
    (":::{ednote} arg here\ntext\n:::", 6, "{ednote}: maximum 1 argument(s) allowed, 2 supplied"),
    ("::::{tab-set}\n:::{tab-item} A\nx\n:::\n\nA paragraph.\n::::", 11, "a {tab-set} may hold only {tab-item}"),
    ("::::{grid} 1 2 3 4 5\n:::{grid-item}\nx\n:::\n::::", 6, "argument must be 1 or 4 (xs sm md lg) values"),
    # the same, a level down: in a note, in a list item, in a div
    (":::::{note}\n::::{grid}\n:::{tab-item} A\nx\n:::\n::::\n:::::", 8, "may hold only {grid-item}"),
    ("::::{tab-set}\n- :::{tab-item} A\n  x\n  :::\n::::", 7, "a {tab-set} may hold only {tab-item}"),
    ("::::{grid}\n:::{div}\n```{grid-item}\nx\n```\n:::\n::::", 7, "may hold only {grid-item}"),
    ("```{code-block} python extra\nx = 1\n```", 6, "maximum 1 argument(s) allowed, 2 supplied"),
    ("```{edition-generated}\n```", 6, "{edition-generated}: 1 argument(s) required, 0 supplied"),
])
def test_a_directive_s_arguments_and_place_are_judged_as_the_build_reads_them(block, line, said):
    found = judge_page(PAGE.format(block=block), "docs/rtp.md")
    assert any(p.line == line and said in p.message for p in found), found
    assert all(p.path == "docs/rtp.md" and p.code == "page" for p in found)


@pytest.mark.parametrize("block", [
    "```{edition:entry} person index-lenin\nLenin\n```", ":::{only} html and not latex\nok\n:::",
    ":::{only} latex or (html and not epub)\nok\n:::", ":::{rubric} A title with words\n:::",
    "::::{tab-set}\n% a comment\n(lbl-ok)=\n:::{tab-item} A tab with words\nx\n:::\n\n:::{tab-item} B\ny\n:::\n::::",
    "::::{grid} 1 2 3 4\n:::{grid-item}\nx\n:::\n:::{grid-item-card} T\ny\n:::\n::::",
    "::::{grid} auto\n:::{grid-item}\nx\n:::\n::::", ":::{admonition} A title with words\ntext\n:::",
    ":::{note} The first line of a note is its body\n:::", "```{code-block} python\nx = 1\n```",
    ":::{dropdown} A title\ntext\n:::",
])
def test_near_misses_of_directives_pass(block):
    found = judge_page(PAGE.format(block=block), "docs/rtp.md")
    assert not [p for p in found if p.code == "page"], found


def test_the_arguments_the_check_knows_are_those_of_the_build_s_directives(make_app, rootdir, tmp_path):
    """Each directive a page may hold takes, in the check, the arguments its class in the build takes; and
    the kinds of a search entry are the objects of the edition's domain."""
    from importlib import import_module

    from docutils.parsers.rst import directives

    srcdir = tmp_path / "minimal"
    shutil.copytree(rootdir / "test-minimal", srcdir)
    extensions = ["myst_parser", "sphinx_design", "sphinxcontrib.bibtex", "edition.sphinxext"]
    app = make_app("html", srcdir=srcdir, confoverrides={"extensions": extensions})
    domain = app.env.get_domain("edition")
    assert ENTRY_KINDS == set(domain.object_types)
    assert set(DIRECTIVE_ARGUMENTS) == PAGE_DIRECTIVES
    for name in sorted(PAGE_DIRECTIVES):
        if ":" in name:
            cls = domain.directives[name.partition(":")[2]]
        else:
            cls = directives._directives.get(name)  # registered by Sphinx and the extensions
            if cls is None:  # one of docutils' own, imported when first used
                module, attribute = directives._directive_registry[name]
                cls = getattr(import_module(f"docutils.parsers.rst.directives.{module}"), attribute)
        assert cls is not None, name
        taken = (cls.required_arguments, cls.optional_arguments)
        # whether the last argument may hold blanks matters only for a directive that takes one
        blanks = bool(cls.final_argument_whitespace) and any(taken)
        assert DIRECTIVE_ARGUMENTS[name] == (*taken, blanks), name


# -- F12: an editor's note inside a word ------------------------------------------------------------------


def _editorial(tmp_path: Path, after: str) -> list:
    from edition.data.apparatus import read_editorial

    path = tmp_path / "w.toml"
    path.write_text(f'[[annotation]]\nafter = "{after}"\ntext = "A note."\n', encoding="utf-8")
    return read_editorial(path, "The power committed by the oligarchy, in 1990s Russia.")[1]


@pytest.mark.parametrize("after, word", [("committed by the olig", "oligarchy"), ("in 199", "1990s"),
                                         ("The pow", "power")])
def test_an_editor_s_note_may_not_stand_inside_a_word(tmp_path, after, word):
    (problem,) = _editorial(tmp_path, after)
    assert problem.line == 2 and problem.code == "editorial-anchor"
    assert f"ends inside the word {word!r}" in problem.message


@pytest.mark.parametrize("after", ["committed by the oligarchy", "the oligarchy,", "in 1990s Russia.", "The",
                                   "The power committed by the oligarchy, in 1990s Russia"])
def test_near_misses_of_an_editor_s_note_s_place_pass(tmp_path, after):
    assert _editorial(tmp_path, after) == []
