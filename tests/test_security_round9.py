"""The holes of the red team's round 9, each closed by construction, with a near miss that passes.

- H1/H2: an entry's body is judged where its page holds it (:func:`edition.data.markup.placed_as_alone`,
  :func:`edition.site.glossary.entry_page`): a first line ``: …`` under the definition's paragraph or a
  last line of attributes above the sources' is refused at its line; and the build's own check of the
  doctree (:mod:`edition.sphinxext.safety`) refuses an attribute no construct sets (``style``) and, in
  an entry's section, a node no entry makes (``only``).
- H3: a definition is judged as it is kept (its words joined), and nothing of it is dropped in print.
- H4/H5: citation keys and role targets read with sphinxcontrib-bibtex's and Sphinx's own grammar.
- H6/H7: the bibliography screened for invisible characters, and for hosts that are numbers.
- H8: lists and quotes no deeper than the PDF prints.
"""

from __future__ import annotations

import textwrap

import pytest

from edition.data.bibliography import Citing, check_bibliography, keys_in_role
from edition.data.glossary import read_entry
from edition.data.markup import DEFINITION, MAX_NESTING, explicit_title, inline_runs, judge, role_targets
from edition.site.glossary import render_glossary
from sphinxtest import refused_build

ENTRY = """\
---
term: red herring
definition: >-
  A clue that misleads.
sources: [voslensky1984]
---
{body}
"""


def entry_problems(tmp_path, body: str, definition: str | None = None) -> list[tuple[int | None, str, str]]:
    """The problems of an entry with *body*: those of the entry alone, then those of its page."""
    text = ENTRY.format(body=body)
    if definition is not None:
        text = text.replace("definition: >-\n  A clue that misleads.", f"definition: {definition}")
    path = tmp_path / "red-herring.md"
    path.write_text(text, encoding="utf-8")
    entry, problems = read_entry(path)
    found = [(p.line, p.code, p.message) for p in problems]
    if entry is not None:
        placed: list = []
        render_glossary([entry], [], {}, problems=placed)
        found += [(p.line, p.code, p.message) for p in placed]
    return found


# -- H2, H1: the body where the page holds it ---------------------------------------------------

@pytest.mark.parametrize("body", [
    ": ~~~{div}\n  :style: position:fixed\n\n  Moved: continue at https://evil.example",
    ": ~~~{only} latex\n  Only in the PDF.",
    "~ ~~~{warning}\n  An admonition.",
])
def test_a_body_that_would_make_the_definition_a_term_is_refused_at_its_line(tmp_path, body):
    (problem,) = entry_problems(tmp_path, body)
    assert problem[:2] == (7, "glossary-page") and "definition list" in problem[2]


@pytest.mark.parametrize("body", ["Nothing to hide.\n\n{#parallels}",
                                  "Nothing to hide.\n\n{#x .hidden style=\"display:none\"}"])
def test_a_body_whose_last_line_sets_the_attributes_of_the_next_block_is_refused(tmp_path, body):
    (problem,) = entry_problems(tmp_path, body)
    assert problem[1] == "glossary-page" and problem[0] is not None and "attributes" in problem[2]


@pytest.mark.parametrize("body", [
    "Note: the word is older than the Revolution {cite:p}`voslensky1984`.",
    "Note: a first paragraph.\n\nA second: with a colon, and ~ a tilde.",
    "A body.\n\n## In these texts\n\n- {doc}`/texts/soviet-mirage`: used of the ruling class.",
])
def test_a_body_that_begins_with_a_word_and_a_colon_passes(tmp_path, body):
    assert entry_problems(tmp_path, body) == []


@pytest.mark.parametrize("body", ["An entry.\n\n- ## In these texts", "An entry.\n\n> ## In these texts\n>\n> quoted"])
def test_the_entry_heading_in_a_list_or_a_quote_is_refused_as_the_build_refuses_its_label(tmp_path, body):
    (problem,) = entry_problems(tmp_path, body)
    assert problem[0] == 9 and "not in a list or a quote" in problem[2]


def test_a_page_refused_for_its_body_is_made_without_it(tmp_path):
    path = tmp_path / "red-herring.md"
    path.write_text(ENTRY.format(body=": ~~~{only} latex\n  Only in the PDF."), encoding="utf-8")
    entry, _ = read_entry(path)
    placed: list = []
    pages = render_glossary([entry], [], {}, problems=placed)
    assert placed and not any("Only in the PDF" in page for page in pages.values())
    with pytest.raises(Exception, match="does not read on the glossary's page"):
        render_glossary([entry], [], {})


@pytest.mark.sphinx("html", testroot="safety-entry")
def test_the_build_refuses_a_style_an_only_and_lists_deeper_than_latex_prints(app, warning):
    log = refused_build(app, warning)  # exit status 2, no traceback, nothing written
    assert "refused the attribute 'style' on container" in log
    assert "refused the node 'only' in a glossary entry" in log
    assert "refused lists or block quotes 7 deep" in log
    assert "glossary/red-herring.md" in log


# -- H3: a definition judged as it is kept --------------------------------------------------------

def test_a_definition_whose_joined_lines_make_a_code_span_or_a_role_is_refused(tmp_path):
    definition = '"A clue, {doc}`as the\\n\\nrecord shows` and ``planted by\\n\\nthe prosecution`` in every trial."'
    found = entry_problems(tmp_path, "An entry.", definition)
    messages = " ".join(message for _, _, message in found)
    assert "role" in messages and "code" in messages and all(line == 3 for line, _, _ in found)


def test_a_definition_with_emphasis_over_two_lines_passes(tmp_path):
    assert entry_problems(tmp_path, "An entry.", '"A *clue that\\n misleads*, Dvořák’s word."') == []


def test_what_a_definition_cannot_render_is_printed_as_typed_never_dropped():
    runs = inline_runs("A {doc}`record` and ``code`` and [a link](https://example.org) &amp; more")
    text = "".join(text for text, _ in runs)
    assert text == "A {doc}`record` and ``code`` and a link &amp; more"
    assert judge("A {doc}`record`", "e.md", 1, DEFINITION).problems


# -- H4, H5: the grammar of sphinxcontrib-bibtex and of Sphinx ---------------------------------------

@pytest.mark.parametrize("content", ["vos{x}lensky1984", "{a}{b}voslensky1984", "title <voslensky1984>",
                                     "voslensky1984{p. 3}{p. 4}", "voslensky1984,,buick1986"])
def test_a_citation_sphinxcontrib_bibtex_cannot_read_is_refused_at_its_line(content):
    (problem,) = judge(f"Text.\n\nAn entry {{cite:p}}`{content}`.", "e.md", 7).problems
    assert problem.line == 9 and "keys of the bibliography" in problem.message


def test_a_citation_with_a_text_before_and_after_its_key_passes_and_the_texts_are_judged():
    judged = judge("An entry {cite:p}`{see}voslensky1984{p. 3},{cf.}buick1986`.", "e.md", 1)
    assert judged.problems == () and [r.target for r in judged.references] == ["voslensky1984", "buick1986"]
    assert keys_in_role("{see}voslensky1984{p. 3}") == ["voslensky1984"]
    assert keys_in_role("vos{x}lensky1984") == ["vos{x}lensky1984"]  # then reported as no key of the .bib
    (problem,) = judge("An entry {cite:p}`{<b>see</b>}voslensky1984`.", "e.md", 1).problems
    assert "raw HTML" in problem.message


@pytest.mark.parametrize("content", ["the text <x</texts/soviet-mirage>", "x <a>b>", "t <<x>", "a < b <texts/x>",
                                     "the text </texts/soviet-mirage>", "<gloss-x>", "gloss-x",
                                     "gloss-x ", " gloss-x", "x <gloss-x >", "x\t<gloss  x>", "x <gloss-x> "])
def test_role_targets_are_read_as_sphinx_reads_them(content):
    from sphinx.util import ws_re
    from sphinx.util.docutils import ReferenceRole

    m = ReferenceRole.explicit_title_re.match(content)
    # XRefRole.process_link: blanks made one space, none stripped
    assert role_targets("doc", content) == [ws_re.sub(" ", m.group(2) if m else content)]
    assert (explicit_title(content) is None) == (m is None)


def test_a_role_target_holding_angle_brackets_is_refused():
    (problem,) = judge("See {doc}`the text <x</texts/soviet-mirage>`.", "e.md", 4).problems
    assert problem.line == 4 and "'x</texts/soviet-mirage'" in problem.message
    assert judge("See {doc}`the text </texts/soviet-mirage>`.", "e.md", 4).problems == ()


# -- H6, H7: the bibliography ---------------------------------------------------------------------

BIB = textwrap.dedent("""\
    @book{voslensky1984,
      author = {Voslensky, Michael},
      title = {Nomenklatura: The {Soviet} Ruling Class},
      publisher = {Doubleday},
      year = {1984},
    }
    """)
CITED = [Citing("voslensky1984", "a.md", 1)]


def bib(tmp_path, text: str):
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    return check_bibliography(path, CITED)


@pytest.mark.parametrize(("old", "new", "line"), [
    ("Ruling Class}", "Ruling \u202egnp.exe\u202c Class}", 3),
    ("Voslensky, Michael", "Voslensky\u200b, Michael", 2),
    ("{1984}", "{1984\u2028}", 5),
])
def test_invisible_and_direction_characters_in_the_bibliography_are_refused_at_their_line(tmp_path, old, new, line):
    problems = bib(tmp_path, BIB.replace(old, new))
    assert problems and all(p.code == "bib-character" and p.line == line for p in problems)


def test_a_title_with_accented_letters_passes(tmp_path):
    assert bib(tmp_path, BIB.replace("The {Soviet}", "Économie de la {Russie} soviétique, {\\'e}tude")) == []


@pytest.mark.parametrize("address", ["http://2130706433/admin", "http://127.1/", "http://0x7f000001/",
                                     "http://0177.0.0.1/", "http://127.0.0.1./", "http://0x7f.0.0.1/",
                                     "http://%31%32%37.0.0.1/", "http://\uff11\uff12\uff17.0.0.1/"])
def test_a_url_host_that_is_a_number_in_any_notation_is_refused(tmp_path, address):
    # (an address in full-width figures is refused for them too: the printed edition's face lacks them)
    field = f"  year = {{1984}},\n  url = {{{address}}},"
    (problem,) = [p for p in bib(tmp_path, BIB.replace("  year = {1984},", field)) if p.code == "bib-url"]
    assert problem.line == 6 and "by a number" in problem.message


@pytest.mark.parametrize("address", ["https://1917.example.org/a", "https://www.marxists.org./archive/",
                                     "http://0x.example.org/"])
def test_a_url_host_with_numbers_in_its_name_passes(tmp_path, address):
    assert bib(tmp_path, BIB.replace("  year = {1984},", f"  year = {{1984}},\n  url = {{{address}}},")) == []


#: addresses a browser reads otherwise than a reviewer (WHATWG URL parsing), each refused
#: (:func:`edition.data.weblinks.address_refusal`): the red team's forms, then their neighbours
HOSTILE_ADDRESSES = [
    "http:///127.1/admin", "http:/127.1/x", "http:\\\\127.1\\x", "http://127.1\\@good.example/", "https:127.1",
    "HTTP://0x7f.1/", "http://[::1]/", "http://localhost./", "http://127.1%2e/", "http://good.example@127.1/",
    "http://exa\tmple.org/", "http://example.org\n/", "http:// example.org/", "http://example.org /",
    "http://2130706433/", "http://0177.0.0.1/", "http://%31%32%37.0.0.1/", "http://\uff11\uff12\uff17.0.0.1/",
    "http://127\u30020.0.1/", "http://0x7f000001./", "http://[::ffff:127.0.0.1]/", "http://[0:0::1]:80/",
    "http://admin.localhost/", "http://printer.local/", "http://intranet/", "http://localhost/",
    "http://site.internal/", "http://home.arpa/", "http://user:pass@example.org/", "http://@example.org/",
    "https://example.org\\@evil.example/", "https://example.org:99999/", "https://example.org:8o/",
    "https://exa%zzmple.org/", "https://ex\u200bample.org/", "https://example.org%2f@127.1/", "https://-a.example.org/",
    "https://a..example.org/", "https://example.123/", "https://./", "https:///", "https://", "//example.org/",
    "javascript:alert(1)", "ftp://example.org/", "/texts/soviet-mirage", "https://example.org/a\\_b",
    # round 12: an address in a query is judged too (a redirect's ?next= sends the browser there)
    "https://example.org/?next=http://127.1/",
]
#: near misses that must pass: public names, IDN, ports, a final dot, numbers inside a name, odd paths
GOOD_ADDRESSES = [
    "https://www.marxists.org/archive/lenin/works/1921/jan/23.htm", "HTTPS://WWW.MARXISTS.ORG/archive/",
    "https://www.marxists.org./archive/", "https://президент.рф/", "https://xn--d1abbgf6aiiy.xn--p1ai/",
    "https://faß.de/", "https://example.org:8443/a?b=c#d", "http://example.org:80", "https://1917.example.org/a",
    "http://0x.example.org/", "https://example.org/a_b%20c", "https://example.org/path@with-an-at",
    "https://example.org/?next=https://www.marxists.org/", "https://example.org#top", "https://EXAMPLE.org",
    "https://ｅｘａｍｐｌｅ.org/", "https://a-b.example.co.uk/x",
]


@pytest.mark.parametrize("address", HOSTILE_ADDRESSES)
def test_an_address_a_browser_reads_otherwise_is_refused(address):
    from edition.data.weblinks import address_refusal

    assert address_refusal(address) is not None


@pytest.mark.parametrize("address", GOOD_ADDRESSES)
def test_an_address_of_a_public_site_passes(address):
    from edition.data.weblinks import address_refusal

    assert address_refusal(address) is None


def test_the_host_is_read_as_a_browser_reads_it():
    from edition.data.weblinks import address_host

    assert address_host("https://EN.Wikipedia%2eorg./wiki/X") == "en.wikipedia.org"
    assert address_host("https://президент.рф/") == "xn--d1abbgf6aiiy.xn--p1ai"
    assert address_host("https://user@ｅｘａｍｐｌｅ.org:8080/") == "example.org"
    assert address_host("http://127.1/") is None


def bib_url(tmp_path, address: str, field: str = "url"):
    return bib(tmp_path, BIB.replace("  year = {1984},", f"  year = {{1984}},\n  {field} = {{{address}}},"))


@pytest.mark.parametrize("address", [a for a in HOSTILE_ADDRESSES if "\n" not in a])
def test_a_bibliography_url_a_browser_reads_otherwise_is_refused_at_its_line(tmp_path, address):
    # (an invisible character is refused in the whole file before any field is read)
    # (and one in letters the printed edition's face lacks for them, besides its address's fault)
    problems = [p for p in bib_url(tmp_path, address) if p.code in ("bib-url", "bib-character")]
    assert problems and all(p.line == 6 for p in problems), problems
    assert len([p for p in problems if "has no glyph" not in p.message]) == 1, problems


def test_a_url_broken_over_two_lines_is_refused(tmp_path):
    (problem,) = bib_url(tmp_path, "https://www.marxists.org/archive/\n    lenin/")
    assert problem.code == "bib-url" and problem.line == 6 and "SPACE" in problem.message


@pytest.mark.parametrize("address", GOOD_ADDRESSES)
def test_a_bibliography_url_of_a_public_site_passes(tmp_path, address):
    # the address is a public site's; one written in full-width letters is refused only for them, as the
    # printed edition's face lacks them (printable-characters.txt)
    problems = bib_url(tmp_path, address)
    assert [p for p in problems if p.code != "bib-character"] == []
    assert all("has no glyph" in p.message for p in problems)
    assert bool(problems) == any("\uff00" <= c <= "\uffef" for c in address)


def test_a_url_is_read_verbatim_tex_escapes_unread(tmp_path):
    # pybtex's style links to the field as written: "a\_b" would be a link to "a\_b", which a browser reads "a/_b"
    (problem,) = bib_url(tmp_path, "https://example.org/a\\_b")
    assert problem.code == "bib-url" and "backslash" in problem.message and "verbatim" in problem.message
    assert bib_url(tmp_path, "https://example.org/a_b") == []


@pytest.mark.parametrize(("field", "value"), [
    ("note", "Online at http:/127.1/x."), ("note", "See http:\\\\127.1\\x"), ("howpublished", "https:127.1"),
    ("note", "Mirrored at (http://good.example@127.1/)."), ("howpublished", "Web page, HTTP://0x7f.1/"),
])
def test_an_address_written_into_another_field_is_judged_the_same(tmp_path, field, value):
    problems = [p for p in bib_url(tmp_path, value, field) if p.code == "bib-url"]
    assert len(problems) == 1 and problems[0].line == 6, problems


@pytest.mark.parametrize("value", ["Online at https://www.marxists.org/archive/lenin/.", "Note: a remark, 1984",
                                   "(see https://example.org/a), and {https://example.org}.", "Time 10:30, p. 3"])
def test_a_public_address_or_a_colon_in_another_field_passes(tmp_path, value):
    assert bib_url(tmp_path, value, "note") == []


@pytest.mark.parametrize("link", [
    "[x](http:///127.1/admin)", "[x](http:/127.1/x)", "[x](http:\\\\127.1\\x)", "[x](http://127.1\\@good.example/)",
    "[x](https:127.1)", "[x](HTTP://0x7f.1/)", "[x](http://[::1]/)", "[x](http://localhost./)",
    "[x](http://127.1%2e/)", "[x](http://good.example@127.1/)", "<http://good.example@127.1/>",
    "[x](<http://exa%09mple.org/>)", "[x](http://&#49;27.1/)", "<HTTP://2130706433/>",
])
def test_a_link_a_browser_reads_otherwise_is_refused_in_contributed_text_and_on_a_page(link):
    from edition.data.markup import EDITORS_NOTE, judge_page

    problems = judge(f"An entry.\n\nSee {link} here.", "e.md", 7).problems
    assert problems and all(p.line == 9 and p.code == "markup-unsafe" for p in problems), problems
    assert judge(f"See {link}.", "n.toml", 3, EDITORS_NOTE).problems
    (problem,) = judge_page(f"# A page\n\nSee {link}.\n", "docs/p.md")
    assert problem.line == 3 and problem.code == "page"


@pytest.mark.parametrize("link", ["[x](https://www.marxists.org/archive/lenin/)", "<https://президент.рф/>",
                                  "[x](https://example.org:8443/a?b=https://www.marxists.org/)",
                                  "[x](mailto:editors@example.org)"])
def test_a_link_to_a_public_site_passes(link):
    from edition.data.markup import judge_page

    assert judge(f"See {link}.", "e.md", 1).problems == ()
    assert judge_page(f"# A page\n\nSee {link}.\n", "docs/p.md") == []


# -- H8: nesting the PDF can print -----------------------------------------------------------------

def test_lists_and_quotes_deeper_than_the_limit_are_refused_and_at_the_limit_pass():
    deep = "> " * (MAX_NESTING + 1) + "Deeply quoted."
    (problem,) = judge("An entry.\n\n" + deep, "e.md", 7).problems
    assert problem.line == 9 and f"at most {MAX_NESTING} deep" in problem.message
    assert judge("> " * MAX_NESTING + "Quoted.", "e.md", 1).problems == ()
    mixed = "- a\n  > b\n  >\n  > - c\n  >   1. d\n  >      - e"
    assert judge(mixed, "e.md", 1).problems


def test_a_theme_id_with_a_line_feed_after_it_is_refused(tmp_path):
    # red team round 10: `$` matched before a final line feed; the id then broke the pages the build made
    from edition.data.indexes import load_parallels

    for theme_id, refused in (("novocherkassk-1962\\n", True), ("novocherkassk-1962", False)):
        path = tmp_path / "parallels.toml"
        path.write_text(f'[[theme]]\nid = "{theme_id}"\ntitle = "A strike"\n', encoding="utf-8")
        _, problems = load_parallels(path, set())
        assert any("theme id" in p.message for p in problems) is refused, problems
