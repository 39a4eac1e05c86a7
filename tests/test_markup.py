"""Contributed text judged on the parser's tokens (:mod:`edition.data.markup`); look-alike letters."""

from __future__ import annotations

import pytest

from edition.data.markup import (
    DEFINITION,
    EDITORS_NOTE,
    ENTRY_BODY,
    PLAIN,
    inline_runs,
    judge,
    link_scheme,
    normalise_role,
    plain_text,
    role_targets,
)
from edition.data.scripts import mixed_script_words, scripts_of, skeleton
from edition.writers.myst import emphasised


def problems(text, profile=ENTRY_BODY, first_line=10):
    return [(p.line, p.message) for p in judge(text, "entry.md", first_line, profile).problems]


GOOD = """\
A paragraph with *emphasis*, **strong** text, a [link](https://example.org/a?b=c), a
[mail](mailto:editors@example.org) and a citation {cite:p}`key2020`.

> A quotation, with a list:
>
> - item {doc}`/texts/soviet-mirage`
> - item {ref}`the entry <gloss-nomenklatura>`

1. first
2. second, {cite:t}`a2001,b2002`

## In these texts

- {doc}`/texts/russian-capitalism`: how it is used.
"""


def test_what_an_entry_may_contain_passes_and_its_references_are_returned():
    judged = judge(GOOD, "entry.md", 1, ENTRY_BODY)
    assert judged.problems == ()
    assert [(r.role, r.target) for r in judged.references] == [
        ("cite:p", "key2020"), ("doc", "/texts/soviet-mirage"), ("ref", "gloss-nomenklatura"),
        ("cite:t", "a2001"), ("cite:t", "b2002"), ("doc", "/texts/russian-capitalism")]


@pytest.mark.parametrize(("text", "line", "message"), [
    # HTML, also unclosed and in capitals
    ("<div>\nx\n</div>", 10, "raw HTML"),
    ("Text <b>x</b>.", 10, "raw HTML"),
    ("<details open ontoggle=alert(1)", 10, "raw HTML"),
    ("para\n\n<!-- hidden", 12, "raw HTML"),
    ("<SCRIPT>x</SCRIPT>", 10, "raw HTML"),
    # directives at every depth
    ("```{eval-rst}\n.. raw:: html\n```", 10, "code blocks and directives"),
    ("> ```{eval-rst}\n> x\n> ```", 10, "code blocks and directives"),
    ("- :::{literalinclude} /etc/passwd\n  :::", 10, "directives (':::')"),
    ("- a\n  - b\n\n    > :::{include} x\n    > :::", 13, "directives (':::')"),
    ("para\n\n    indented", 12, "indented code"),
    # roles, compared as docutils compares them
    ("{Download}`x </etc/passwd>`", 10, "the role {Download} is not allowed"),
    ("{MATH}`\\input{x}`", 10, "the role {MATH} is not allowed"),
    ("> - {raw-html}`<b>x</b>`", 10, "the role {raw-html} is not allowed"),
    # links
    ("[a](javascript:alert(1))", 10, "not javascript"),
    ("[a](JavaScript:alert(1))", 10, "not javascript"),
    ("[a](javascript&#58;alert(1))", 10, "not javascript"),
    ("[a](data:text/html,x)", 10, "not data"),
    ("<vbscript:x>", 10, "not vbscript"),
    ("[a](//evil.example/)", 10, "not //"),
    ("[a][x]\n\n[x]: https://example.org", 12, "link or footnote definitions"),
    # other constructs
    ("{#gloss-x}\npara", 11, "attributes ({id})"),  # reported on the block they are attached to
    ("[a](https://example.org){#x}", 10, "attributes ({id})"),
    ("(gloss-x)=\npara", 10, "targets are made by the edition"),
    ("% comment", 10, "comments"),
    ("+++", 10, "block breaks"),
    ("a[^1]\n\n[^1]: b", 10, "footnotes"),
    ("![x](https://example.org/x.png)", 10, "images"),
    ("$x$", 10, "mathematics"),
    ("{{ name }}", 10, "substitutions"),
    ("| a |\n|---|\n| 1 |", 10, "tables"),
    ("term\n: definition", 10, "definition lists"),
    ("---", 10, "horizontal rules"),
    ("## Other", 10, "the only heading allowed"),
    ("# In these texts", 10, "the only heading allowed"),
    ("&amp; and &#x3C;", 10, "character references"),
    ("a `code` b", 10, "code is not allowed"),
])
def test_what_is_refused_is_named_on_its_line(text, line, message):
    found = problems(text)
    assert any(ln == line and message in msg for ln, msg in found), found


def test_an_editors_note_may_not_have_the_entry_heading():
    assert problems("## In these texts", EDITORS_NOTE)
    assert problems("A note with *emphasis* and {cite:p}`a2000`.", EDITORS_NOTE) == []


def test_plain_fields_and_definitions():
    assert problems("The word as it is, with 1917 – and “quotes”.", PLAIN) == []
    assert problems("A *word*", PLAIN)[0][1].startswith("em is not allowed; this field is plain text")
    assert problems("A *word* and **more**.", DEFINITION) == []
    assert problems("A [link](https://example.org).", DEFINITION)
    assert problems("- a list", DEFINITION)


def test_a_definition_is_rendered_from_its_tokens():
    value = "A farm (*kollektivnoe khozyaistvo*) <b>worked</b> in common."
    assert inline_runs("A *b* c") == [("A ", ""), ("b", "em"), (" c", "")]
    assert plain_text("A *b*\nc") == "A b c"
    rendered = emphasised(value)
    assert "*kollektivnoe khozyaistvo*" in rendered and "<b>" not in rendered


@pytest.mark.parametrize(("name", "normal"), [("Download", "download"), ("STD:Doc", "doc"), ("cite:P", "cite:p"),
                                              ("ref", "ref")])
def test_role_names_are_normalised_as_docutils_does(name, normal):
    assert normalise_role(name) == normal


@pytest.mark.parametrize(("href", "scheme"), [("https://x", "https"), ("JAVASCRIPT:x", "javascript"),
                                              ("java\tscript:x", "javascript"), ("/texts/x", None),
                                              ("#label", None), ("//host/x", "//"), ("\\\\host", "//")])
def test_the_scheme_of_a_link(href, scheme):
    assert link_scheme(href) == scheme


def test_the_targets_of_a_role():
    assert role_targets("doc", "the text </texts/x>") == ["/texts/x"]
    assert role_targets("ref", "gloss-x") == ["gloss-x"]
    assert role_targets("cite:p", "{see}a2000,b2001{p. 3}") == ["a2000", "b2001"]


def test_lines_are_counted_from_the_first_line_of_the_text():
    assert problems("one\ntwo\n\nthree <b>x</b>", first_line=5) == [(8, problems("<b>x</b>")[0][1])]


def test_look_alike_letters_make_the_same_skeleton():
    assert skeleton("nomenklаtura") == skeleton("Nomenklatura") == skeleton("NOMENKLATURA")
    assert skeleton("ｎｏｍｅｎｋｌａｔｕｒａ") == skeleton("nomenklatura")  # full-width, by NFKC
    assert skeleton("glasnost") != skeleton("glasnosty")


def test_words_that_mix_scripts():
    assert mixed_script_words("nomenklаtura and номенклатура") == ["nomenklаtura"]
    assert mixed_script_words("glasnostʹ glasnost’ 1917-й") == []  # modifier letters and digits are common
    assert scripts_of("номенклатура") == ["CYRILLIC"]


def test_the_common_words_are_wordfreqs_of_the_pinned_version():
    """The list shipped as data is wordfreq's own (so that a new wordfreq shows as a diff to read)."""
    import os
    from importlib.metadata import version

    from wordfreq import top_n_list

    from edition.data import scripts

    text = scripts.COMMON_WORDS.read_text(encoding="utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    expected = top_n_list("en", len(words))
    if os.environ.get("EDITION_REGEN_COMMON_WORDS") and words != expected:
        header = [line for line in text.splitlines() if line.startswith("#")]
        header[0] = f"# The {len(expected)} most frequent English words (wordfreq {version('wordfreq')}, " \
                    f'top_n_list("en", {len(expected)})), in order:'
        scripts.COMMON_WORDS.write_text("\n".join([*header, *expected]) + "\n", encoding="utf-8")
        return
    assert len(words) == 300 and words == expected
    assert f"wordfreq {version('wordfreq')}" in text.splitlines()[0]


# -- the grammars of Sphinx and sphinxcontrib-bibtex, copied (markup.EXPLICIT_TITLE_RE, CITATION_TARGET_RE)

ROLE_CONTENTS = [
    "voslensky1984", "{see}voslensky1984{p. 3}", "a,b", "{see}a, b{p. 4},{cf.}c", " a ,  b ", "a,", ",a",
    "vos{x}lensky1984", "{a}{b}voslensky1984", "{pre}", "a b", "the text <x</texts/soviet-mirage>",
    "title <key>", "<key>", "a\x00<b>", "{p}key{q}{r}", "key{post}", "{}key", "", " ", "ключ1984",
    # blanks at the edges, which Sphinx's grammar reads on the content as it is
    "x <key >", "x < key>", "x <key> ", " x <key>", "x  <key>",
]


def test_the_copied_grammars_are_sphinxs_and_sphinxcontrib_bibtexs():
    from sphinx.util.docutils import ReferenceRole
    from sphinxcontrib.bibtex import citation_target

    from edition.data.markup import CITATION_TARGET_RE, EXPLICIT_TITLE_RE, citation_targets, explicit_title

    assert (EXPLICIT_TITLE_RE.pattern, EXPLICIT_TITLE_RE.flags) == (
        ReferenceRole.explicit_title_re.pattern, ReferenceRole.explicit_title_re.flags)
    assert (CITATION_TARGET_RE.pattern, CITATION_TARGET_RE.flags) == (
        citation_target._re_citation_target.pattern, citation_target._re_citation_target.flags)
    for content in ROLE_CONTENTS:
        spaced = " ".join(content.split())
        m = ReferenceRole.explicit_title_re.match(content)  # on the content as MyST hands it to the role
        assert explicit_title(content) == ((m.group(1), m.group(2)) if m else None), content
        if m is not None:
            continue
        try:
            theirs = [tuple(t) for t in citation_target.parse_citation_targets(spaced)]
        except ValueError:
            theirs = None
        ours = citation_targets(content)
        assert (None if ours is None else [(t.key, t.pre, t.post) for t in ours]) == theirs, content


def test_judging_a_citation_imports_no_sphinx():
    import subprocess
    import sys

    code = ("import sys; from edition.data.markup import citation_targets, explicit_title; "
            "citation_targets('{see}a,b{p. 3}'); explicit_title('t <x>'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sphinx', 'sphinxcontrib')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
