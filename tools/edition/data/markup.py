"""Contributed MyST, judged on the parser's own tokens by an allow-list.

Strangers' pull requests bring text that the build turns into pages: the
bodies and fields of glossary entries, the editor's notes and emendations
of ``seeds/editorial/*.toml``, the notes and headings of the indexes, the
passages of ``parallels.toml``. Patterns over that text cannot see what the
parser sees (a directive inside a block quote, a role written in capitals,
an HTML block that is never closed), so the text is parsed here by the same
parser, configured as the build configures it (markdown-it-py as
MyST-Parser sets it up, with :data:`MYST_EXTENSIONS`), and every token at
every depth of nesting is compared with a list of what is allowed:

- paragraphs, emphasis, strong emphasis, bullet and ordered lists, block
  quotes, line breaks; the heading ``## In these texts`` in a glossary
  entry's body (:data:`ENTRY_BODY`);
- links whose address has the scheme ``http`` or ``https`` in the
  one form :func:`.weblinks.address_refusal` allows (the bibliography's rule: the
  host a domain name, written right after ``//``, no user name, no backslash), or
  ``mailto`` in the form :func:`.weblinks.mail_address_refusal` allows (``local@host``,
  the host judged by the same rule, and no field but the subject and the text), and
  internal links to a document (``/texts/soviet-mirage``) or a label
  (``#gloss-nomenklatura``), which must exist;
- the roles of :data:`ALLOWED_ROLES`, compared after the normalisation
  docutils applies to role names (lower case), whose targets must exist.

Everything else is refused with the file and the line: HTML of any kind,
fenced and colon-fenced blocks (directives), indented code, roles not in
the list, attribute blocks and inline attributes, targets, comments, block
breaks, footnotes, link reference definitions, images, character
references, tables, rules, headings. A plain field (a term, a definition,
an index heading) may hold text only.

Lists and block quotes nest at most :data:`MAX_NESTING` deep (what the PDF
can print). Citations and role targets are read with sphinxcontrib-bibtex's
and Sphinx's own grammar (:func:`citation_targets`, :func:`explicit_title`).
A text placed in a generated page is judged there too
(:func:`placed_as_alone`): its tokens in the page must be those it has alone.

The references found (roles and internal links) are returned, so that
``edition check`` resolves them against the documents and labels the build
will have (:mod:`edition.check`). Tested in ``tests/test_markup.py`` and
on the hostile corpus of ``tests/hostile/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import Problem
from .scripts import default_ignorable
from .weblinks import link_refusal

#: the MyST extensions the build enables (``conf.py`` reads them from here)
MYST_EXTENSIONS = ("attrs_block", "attrs_inline", "colon_fence", "deflist")
#: MyST extensions the build does not enable, enabled when judging, so that what a contributor
#: meant as a substitution or as mathematics is refused by name rather than printed as typed
STRICTER = {"substitution", "dollarmath"}
#: MyST's other settings that change how text is parsed (``conf.py`` reads them from here)
MYST_FOOTNOTE_TRANSITION = True
MYST_HEADING_ANCHORS = 0

#: roles contributed text may use, by their normalised name (``std:`` is the default domain of these)
ALLOWED_ROLES = frozenset({"cite:p", "cite:t", "doc", "term", "ref"})
#: link schemes allowed in contributed text
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
#: the one heading an entry body may have
ENTRY_HEADING = "In these texts"

#: what a key of the bibliography may be made of (it is written into roles)
BIB_KEY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.+\-]*$")
SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


#: block tokens of a rich text
BLOCK_TOKENS = frozenset({
    "paragraph_open", "paragraph_close", "inline",
    "bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close",
    "list_item_open", "list_item_close", "blockquote_open", "blockquote_close",
})
#: inline tokens of a rich text
INLINE_TOKENS = frozenset({
    "text", "softbreak", "hardbreak", "em_open", "em_close", "strong_open", "strong_close",
    "link_open", "link_close", "myst_role",
})
#: the block tokens that nest: lists and block quotes inside one another
NESTING_TOKENS = frozenset({"bullet_list_open", "ordered_list_open", "blockquote_open"})
#: how deep lists and block quotes may be nested in contributed text. LaTeX prints at most six
#: list-like environments inside one another (block quotes are one) and four of each kind of list
#: ("Too deeply nested"; Sphinx's ``maxlistdepth`` is not set); four leaves two to whatever a page
#: puts around the text (:mod:`edition.sphinxext.safety` refuses more on any page, too). An editor's
#: note, which the PDF sets where its marker stands (inside a passage's lists, maybe), begins its
#: own lists again at the first level (``\edednotetext``, ``docs/_latex/preamble.tex``): its depth
#: counts alone there too (tests/test_latex_build.py)
MAX_NESTING = 4
#: the tokens of one paragraph of text
PARAGRAPH = frozenset({"paragraph_open", "paragraph_close", "inline"})
#: text and its line breaks
TEXT = frozenset({"text", "softbreak"})
#: attributes a token may carry, by token type (all others are attribute blocks or inline attributes)
ALLOWED_ATTRS = {"link_open": {"href"}, "ordered_list_open": {"start"}}


@dataclass(frozen=True)
class Profile:
    """What a kind of contributed text may contain."""

    #: shown in messages ("in a glossary entry", "in an editor's note")
    name: str
    #: the block tokens allowed
    blocks: frozenset[str] = BLOCK_TOKENS
    #: the inline tokens allowed
    inlines: frozenset[str] = INLINE_TOKENS
    #: whether the heading ``## In these texts`` is allowed
    entry_heading: bool = False
    #: said after each refusal
    hint: str = ""
    #: how deep lists and block quotes may be inside one another
    max_nesting: int = MAX_NESTING


#: the body of a glossary entry
ENTRY_BODY = Profile("a glossary entry", entry_heading=True)
#: an editor's note (``[[annotation]]`` text)
EDITORS_NOTE = Profile("an editor's note")
#: a one-sentence definition: text with emphasis
DEFINITION = Profile("a definition", PARAGRAPH, TEXT | {"em_open", "em_close", "strong_open", "strong_close"},
                     hint="; a definition is text with *emphasis* only")
#: a field printed as text: a term, a heading of an index, a lemma
PLAIN = Profile("a plain-text field", PARAGRAPH, TEXT, hint="; this field is plain text")


#: the text a citation prints before or after its key (``{see}key{p. 3}``)
CITATION_TEXT = Profile("the text before or after a citation's key", PARAGRAPH, TEXT)

#: what each refused construct is called in a message
REFUSED = {
    "html_block": "raw HTML is not allowed; use Markdown",
    "html_inline": "raw HTML is not allowed; use Markdown",
    "fence": "code blocks and directives are not allowed",
    "colon_fence": "directives (':::') are not allowed",
    "code_block": "indented code is not allowed (is a line indented by four spaces?)",
    "code_inline": "code is not allowed; write the words as text",
    "myst_target": "targets are made by the edition itself; remove the label",
    "myst_line_comment": "comments are not allowed",
    "myst_block_break": "block breaks ('+++') are not allowed",
    "footnote_reference_open": "footnotes are not allowed; cite the source instead",
    "footnote_ref": "footnotes are not allowed; cite the source instead",
    "footnote_anchor": "footnotes are not allowed; cite the source instead",
    "image": "images are not allowed",
    "hr": "horizontal rules are not allowed",
    "heading_open": "headings are not allowed here",
    "table_open": "tables are not allowed",
    "dl_open": "definition lists are not allowed",
    "math_inline": "mathematics is not allowed",
    "math_block": "mathematics is not allowed",
    "math_block_label": "mathematics is not allowed",
    "substitution_inline": "MyST substitutions are not allowed",
    "substitution_block": "MyST substitutions are not allowed",
}


@dataclass(frozen=True)
class Reference:
    """A reference in contributed text that must resolve in the build."""

    #: ``doc``, ``ref``, ``term``, ``cite:p`` or ``cite:t``; ``link`` for an internal link; ``toctree`` for
    #: a page a table of contents names, ``toctree-glob`` for a pattern of pages it names; ``entry`` for
    #: the anchor of a search entry (``edition:entry``), which must be a label of its own page
    role: str
    #: the document, label, term or bibliography key(s) referred to
    target: str
    path: str
    line: int | None
    #: whether the role gives its own title (``title <target>``): a ``{ref}`` to a label that is
    #: not a section's needs one
    explicit_title: bool = True
    #: for an entry of a table of contents (``toctree``, a page; ``toctree-glob``, a pattern of
    #: ``:glob:``), the line of its ``{toctree}``: its entries are resolved together, in their order
    toctree: int | None = None


@dataclass(frozen=True)
class Judgement:
    """What :func:`judge` found in one piece of text."""

    problems: tuple[Problem, ...] = ()
    references: tuple[Reference, ...] = ()


@cache
def parser():
    """The markdown-it parser of the build: MyST-Parser's, with the build's configuration.

    Its ``text_join`` rule is switched off, so that escapes and character
    references stay tokens of their own (``text_special``) and can be told
    from plain text. It is stricter than the build's in two ways, each of
    which only makes tokens that are then refused: it accepts links to any
    address (markdown-it prints a ``javascript:`` link as text; here it is
    refused by name), and it knows the syntax of :data:`STRICTER`.
    """
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    config = MdParserConfig(enable_extensions=set(MYST_EXTENSIONS) | STRICTER,
                            footnote_transition=MYST_FOOTNOTE_TRANSITION, heading_anchors=MYST_HEADING_ANCHORS)
    md = create_md_parser(config, RendererHTML)
    md.disable("text_join", ignoreInvalid=True)
    # every address becomes a link token, to be judged here, where markdown-it would print some as text
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # markdown-it's documented hook
    return md


def normalise_role(name: str) -> str:
    """A role's name as docutils and Sphinx look it up: lower case, ``std:`` dropped.

    >>> normalise_role("Download"), normalise_role("STD:Doc"), normalise_role("cite:P")
    ('download', 'doc', 'cite:p')
    """
    name = name.strip().lower()
    return name.removeprefix("std:")


def link_scheme(href: str) -> str | None:
    """The scheme of a link's address (lower case), or ``None`` for an internal link.

    markdown-it has already decoded character references and percent-encoded
    the rest; blanks and control characters are removed as browsers remove them.
    """
    bare = "".join(c for c in href if c > " " and c != "\x7f")
    if re.match(r"[/\\]{2}", bare) or bare.startswith("\\"):
        # an address on another host, without a scheme: a browser reads a backslash as a slash in an
        # http(s) page's relative address, so ``/\host/`` and ``\/host/`` are ``//host/`` too
        return "//"
    m = SCHEME_RE.match(bare)
    return m.group(1).lower() if m else None


def myst_reference(href: str, external: bool = False, auto: bool = False) -> bool:
    """Whether MyST-Parser makes a Markdown link to *href* a reference of its own (a cross-reference, or a
    download of the file it names if the building machine has one), as its renderer decides
    (``DocutilsRenderer.render_link``): not marked ``{.external}``, no autolink (*auto*: ``<…>`` or a linkified
    address), and no scheme among its ``url_schemes`` as it matches them, case and all: ``Https://…`` and
    ``MAILTO:…`` are such references, whatever a browser would make of them."""
    if external or auto:
        return False
    m = SCHEME_RE.match(href)
    return m is None or m.group(1) not in _myst_url_schemes()


@cache
def _myst_url_schemes() -> frozenset[str]:
    """MyST-Parser's ``url_schemes`` as the build has them (its defaults: the project sets none), read once."""
    from myst_parser.config.main import MdParserConfig

    return frozenset(MdParserConfig().url_schemes)


def explicit_title(content: str) -> tuple[str, str] | None:
    """The title and the target of a role's content ``title <target>``, or ``None``, read with
    Sphinx's own grammar (``ReferenceRole.explicit_title_re``, which every cross-reference role and
    sphinxcontrib-bibtex's ``cite`` use: the target is what lies between the last ``<`` after the
    title and the final ``>``, ``<`` and ``>`` included), on the content as MyST-Parser hands it to
    the role (its line breaks made spaces by the parser, no blank stripped): a blank before the
    final ``>`` is the target's, and one after it leaves the content without a title.

    >>> explicit_title("the text <x</texts/soviet-mirage>")
    ('the text', 'x</texts/soviet-mirage')
    >>> explicit_title("x <gloss-caste >"), explicit_title("x <gloss-caste> ")
    (('x', 'gloss-caste '), None)
    """
    m = EXPLICIT_TITLE_RE.match(content)
    return (m.group(1), m.group(2)) if m else None


#: Sphinx's grammar of a role's ``title <target>`` (``sphinx.util.docutils.ReferenceRole.explicit_title_re``)
#: and sphinxcontrib-bibtex's of a citation's targets (``sphinxcontrib.bibtex.citation_target``), as the
#: versions of ``constraints.txt`` write them: copied, because importing either imports Sphinx's application
#: (half a second of every ``edition convert``, which judges the citations of the editors' data);
#: ``tests/test_markup.py`` compares them with Sphinx's and sphinxcontrib-bibtex's own, pattern and readings
EXPLICIT_TITLE_RE = re.compile(r"^(.+?)\s*(?<!\x00)<(.*?)>$", re.DOTALL)
CITATION_TARGET_RE = re.compile(
    r"\s*([{](?P<pre>[^{}]+)[}])?"
    r"\s*(?P<key>[^{}\s,]+)"
    r"\s*([{](?P<post>[^{}]+)[}])?\s*"
)


@dataclass(frozen=True)
class CitationTarget:
    """One work a ``{cite:p}`` or ``{cite:t}`` names: ``{pre}key{post}``."""

    key: str
    #: the text before the citation, and after it ("see", "p. 3"): plain text
    pre: str = ""
    post: str = ""


def citation_targets(content: str) -> list[CitationTarget] | None:
    """The works a ``cite`` role names, read as sphinxcontrib-bibtex reads them
    (``parse_citation_targets``: ``{pre}key{post}`` separated by commas, on the role's target),
    or ``None`` where it would refuse them (a brace inside a key: the build would stop with a
    traceback) or where the role gives a title (``title <key>``), which a citation does not take.
    """
    if explicit_title(content) is not None:
        return None
    targets, pos, found = " ".join(content.split()), 0, []
    while True:  # sphinxcontrib-bibtex's parse_citation_targets, which raises where this returns None
        m = CITATION_TARGET_RE.match(targets, pos)
        if m is None:
            return None
        found.append(CitationTarget(m.group("key") or "", m.group("pre") or "", m.group("post") or ""))
        pos = m.end()
        if pos >= len(targets):
            return found
        if targets[pos] != ",":
            return None
        pos += 1


#: the blanks Sphinx's ``XRefRole.process_link`` makes one space of, in a target (``sphinx.util.ws_re``)
TARGET_BLANKS_RE = re.compile(r"\s+")


def role_targets(role: str, content: str) -> list[str]:
    """The targets a role's content names, as Sphinx and sphinxcontrib-bibtex read them
    (:func:`explicit_title`, :func:`citation_targets`): ``title <target>`` or the content; the keys
    for ``cite`` (none where they cannot be read).

    A cross-reference's target is Sphinx's exactly (``ReferenceRole.__call__``, then
    ``XRefRole.process_link``): its runs of blanks made one space, none stripped, so that
    ``gloss-caste `` names a label no page has, as in the build; and content beginning with ``!``
    names nothing (Sphinx prints it as text, without a cross-reference)."""
    if role.startswith("cite"):
        return [t.key for t in citation_targets(content) or []]
    if content.startswith("!"):
        return []
    found = explicit_title(content)
    # as Sphinx reads it: ``title <target>`` only with a title; ``<target>`` alone names "<target>"
    target = found[1] if found else content
    return [TARGET_BLANKS_RE.sub(" ", target)]


def judge(text: str, path: str, first_line: int = 1, profile: Profile = ENTRY_BODY) -> Judgement:
    """Parse *text* as the build does and compare every token with the allow-list.

    :param path: the contributor's file, for messages
    :param first_line: the line of that file on which *text* begins
    :param profile: what this kind of text may contain
    :return: the problems (file, line, message) and the references to resolve
    """
    stray = stray_characters(text, path, first_line, profile)
    if stray:
        # lines are split differently by markdown-it, docutils and Python around these characters:
        # nothing else of the text can be judged as the build would read it
        return Judgement(tuple(stray))
    printing = unprintable_characters(text, path, first_line, profile)
    env: dict = {}
    try:
        tokens = parser().parse(text, env)
    except Exception as err:  # noqa: BLE001  (the parser's own failure is a problem of the text)
        return Judgement((Problem(path, first_line, f"cannot be parsed as MyST: {err}", "markup-unsafe"),))
    problems: list[Problem] = []
    references: list[Reference] = []

    def refuse(line: int | None, message: str) -> None:
        problem = Problem(path, line, f"{message} (in {profile.name})", "markup-unsafe")
        if problem not in problems:
            problems.append(problem)

    _definitions(env, text, first_line, refuse)
    _blocks(tokens, first_line, profile, path, refuse, references)
    return Judgement(tuple(printing + problems), tuple(references))


def _definitions(env: dict, text: str, first_line: int, refuse) -> None:
    """Link definitions and footnotes, which markdown-it keeps in its environment, not in tokens."""
    if env.get("references"):
        labels = ", ".join(sorted(env["references"]))
        refuse(_line_of_label(text, first_line), f"link or footnote definitions are not allowed ({labels})")
    footnotes = env.get("footnotes", {})
    if footnotes.get("refs") or footnotes.get("list"):
        refuse(first_line, "footnotes are not allowed; cite the source instead")


def _blocks(tokens, first_line: int, profile: Profile, path: str, refuse, references: list[Reference]) -> None:
    """Every block token against the profile; a refused block's contents are refused with it."""
    line = first_line
    inside: int | None = None  # the level of a refused block, whose contents are refused with it
    depth = 0  # of lists and block quotes
    for i, token in enumerate(tokens):
        if token.map:
            line = first_line + token.map[0]
        if token.type in NESTING_TOKENS:
            depth += 1
            if depth > profile.max_nesting:
                refuse(line, f"lists and block quotes may be nested at most {profile.max_nesting} deep "
                             "(the printed edition cannot set more)")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            depth -= 1
        if inside is not None:
            if token.level > inside or (token.level == inside and token.nesting == -1):
                continue
            inside = None
        _attributes(token, line, refuse)
        if profile.entry_heading and token.type in ("heading_open", "inline", "heading_close") \
                and _is_entry_heading(tokens, i):
            continue
        if token.type not in profile.blocks:
            _refuse_block(token, line, profile, refuse)
            if token.nesting == 1:
                inside = token.level
        elif token.type == "inline":
            _inline(token.children or [], line, profile, path, refuse, references)


def _refuse_block(token, line: int, profile: Profile, refuse) -> None:
    if token.type == "heading_open" and profile.entry_heading:
        refuse(line, f"the only heading allowed is '## {ENTRY_HEADING}', at the start of a line "
                     "(not in a list or a quote)")
    else:
        refuse(line, _refusal(token.type) + profile.hint)


#: characters that split lines for some of the parsers the text goes through and not for others
#: (markdown-it ends lines at LF and CR only; docutils and Python's ``splitlines`` also at these)
LINE_SEPARATORS = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")


def stray_characters(text: str, path: str, first_line: int, profile: Profile) -> list[Problem]:
    """Characters no contributed text may hold: line separators but the line feed, control
    characters (tabs aside), invisible format characters (zero-width spaces and joiners,
    soft hyphens, direction marks and overrides, tags) and the other default-ignorable
    characters (fillers, variation selectors; :func:`.scripts.default_ignorable`), each
    named with its line.

    They are invisible to a reader and are read differently by the parsers a text goes
    through, so they can hide markup from the validator or make two terms that look the
    same differ.
    """
    import unicodedata

    # each character of the text is judged once, and the text read again only if one is refused
    if not any(_stray(char) for char in set(text) - {"\n", "\t"}):
        return []
    out = []
    line = first_line
    for char in text:
        if char == "\n":
            line += 1
            continue
        if char == "\t":
            continue
        if _stray(char):
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            why = "a line separator other than a line break" if char in LINE_SEPARATORS else \
                "an invisible or control character"
            problem = Problem(path, line, f"{name} (U+{ord(char):04X}) is {why}; remove it (in {profile.name})",
                              "markup-unsafe")
            if problem not in out:
                out.append(problem)
    return out


#: the code of the problem :func:`unprintable_characters` names
UNPRINTABLE = "markup-print"
#: how many of a line's unprintable characters a message names
NAMED_CHARACTERS = 6


def unprintable_characters(text: str, path: str, first_line: int, profile: Profile,
                           code: str = UNPRINTABLE) -> list[Problem]:
    """The characters of *text* the printed edition cannot set (:mod:`.faces`: Linux Libertine O has no
    glyph for them, and the PDF would print a box in their place), named with their code points and
    Unicode names, one problem a line. The HTML would show them: the check and the build refuse them
    so that the web and the printed edition hold the same text."""
    from .faces import FACE_NAMES, describe, unprintable

    if not unprintable(text):
        return []
    out = []
    for number, line_text in enumerate(text.split("\n")):
        # an invisible or control character is named by :func:`stray_characters`, as such
        missing = [char for char in unprintable(line_text) if not _stray(char)]
        if not missing:
            continue
        named = ", ".join(describe(char) for char in missing[:NAMED_CHARACTERS])
        more = f" and {len(missing) - NAMED_CHARACTERS} more" if len(missing) > NAMED_CHARACTERS else ""
        out.append(Problem(path, first_line + number,
                           f"{named}{more}: the printed edition's face ({FACE_NAMES}) has no glyph for "
                           f"{'this character' if len(missing) == 1 else 'these characters'}, which the PDF "
                           f"would print as a box; write the text in Latin, Greek or Cyrillic letters, or "
                           f"transliterate it (in {profile.name})", code))
    return out


#: a character reference as markdown-it reads one (``markdown_it.rules_inline.entity``), anywhere in a text
CHARACTER_REFERENCE_RE = re.compile(r"&(?:#(?P<number>x[a-f0-9]{1,6}|[0-9]{1,7})|(?P<name>[a-z][a-z0-9]{1,31}));",
                                    re.IGNORECASE)
#: what :func:`page_character_problems` says where it names a hand-written page
PAGE_TEXT = "a page"


def page_character_problems(text: str, path: str, first_line: int = 1) -> list[Problem]:
    """The characters :func:`stray_characters` refuses, in a hand-written page *text*: typed, or written
    as a character reference that markdown-it decodes to one (``&#x202E;``, ``&zwj;``; in text, a
    link's words or title, a directive's argument), at the line of each. The glossary refuses them so
    (and every character reference); a page is refused by ``edition check`` and by the build with this
    one function (:func:`edition.sphinxext.safety.guard_directive_options`). A reference to a line feed or a
    tab (``&NewLine;``) is one as the typed character is."""
    import unicodedata

    from markdown_it.common.entities import entities
    from markdown_it.common.utils import isValidEntityCode

    problems = [p._replace(code="page") for p in stray_characters(text, path, first_line, Profile(PAGE_TEXT))]
    problems += unprintable_characters(text, path, first_line, Profile(PAGE_TEXT), "page")
    for m in CHARACTER_REFERENCE_RE.finditer(text) if "&" in text else ():
        if m.group("number") is not None:
            number = m.group("number")
            code = int(number[1:], 16) if number[0] in "xX" else int(number)
            decoded = chr(code) if isValidEntityCode(code) else "\ufffd"
        else:
            decoded = entities.get(m.group("name"), "")
        stray = [char for char in decoded if char not in "\n\t" and _stray(char)]
        if stray:
            name = unicodedata.name(stray[0], f"U+{ord(stray[0]):04X}")
            problems.append(Problem(path, first_line + text.count("\n", 0, m.start()),
                                    f"the character reference {m.group(0)} is {name} (U+{ord(stray[0]):04X}), an "
                                    f"invisible or control character; remove it (in {PAGE_TEXT})", "page"))
    return problems


def _stray(char: str) -> bool:
    """Whether :func:`stray_characters` refuses *char* (a line feed and a tab aside)."""
    import unicodedata

    return (char in LINE_SEPARATORS or unicodedata.category(char) in ("Cc", "Cf", "Co", "Cn", "Cs")
            or default_ignorable(char))


def _refusal(kind: str) -> str:
    return REFUSED.get(kind, f"{kind.removesuffix('_open').replace('_', ' ')} is not allowed")


def _is_entry_heading(tokens, i: int) -> bool:
    """Whether the heading around token *i* is ``## In these texts`` (its opening, text or closing)."""
    start = {"heading_open": i, "inline": i - 1, "heading_close": i - 2}.get(tokens[i].type, -1)
    if start < 0 or start + 2 >= len(tokens):
        return False
    opening, text, closing = tokens[start:start + 3]
    # at the top of the body: in a list or a quote it would be a rubric with a label of its own
    return (opening.type == "heading_open" and opening.tag == "h2" and opening.markup == "##" and opening.level == 0
            and text.type == "inline" and closing.type == "heading_close"
            and [c.type for c in text.children or []] == ["text"] and _plain(text).strip() == ENTRY_HEADING
            and not opening.attrs)


def _plain(token) -> str:
    return "".join(child.content for child in token.children or [] if child.type in ("text", "text_special"))


def _attributes(token, line: int, refuse) -> None:
    extra = set(token.attrs or {}) - ALLOWED_ATTRS.get(token.type, set())
    if extra:
        refuse(line, "attributes ({" + " ".join(sorted(extra)) + "}) are not allowed")


def _inline(children, line: int, profile: Profile, path: str, refuse, references: list[Reference]) -> None:
    """The inline tokens of one block."""
    for child in children:
        kind = child.type
        _attributes(child, line, refuse)
        if kind in ("softbreak", "hardbreak", "text"):
            line += 1 if kind != "text" else child.content.count("\n")
        elif kind == "text_special":
            if child.info == "entity":
                refuse(line, f"character references ({child.markup}) are not allowed; type the character itself")
            # else an escaped character
        elif kind not in profile.inlines:
            if not kind.endswith("_close"):  # its opening is refused
                refuse(line, _refusal(kind) + profile.hint)
        elif kind == "myst_role":
            _role(child, line, path, refuse, references)
        elif kind == "link_open":
            _link(str(child.attrs.get("href", "")), line, path, refuse, references,
                  myst_reference(str(child.attrs.get("href", "")),
                                 "external" in str(child.attrs.get("class", "")).split(), child.info == "auto"))


def _link(href: str, line: int, path: str, refuse, references: list[Reference], reference: bool = False) -> None:
    """A link's address (as markdown-it normalised it, as the page will hold it): internal, to be
    resolved; or ``mailto:``, ``http:``/``https:`` in the form :func:`.weblinks.link_refusal` allows.

    :param reference: whether MyST makes the link a reference of its own (:func:`myst_reference`)
    """
    scheme = link_scheme(href)
    if scheme is None:
        references.append(Reference("link", href, path, line))
    elif scheme not in ALLOWED_SCHEMES:
        refuse(line, f"links may only be http:, https: or mailto: addresses, not {scheme}")
    elif reference:
        refuse(line, f"the link's address {href[:60]!r}: its scheme must be written in lower case "
                     f"({scheme}:), as MyST reads only that as an address (the build refuses the link and stops)")
    elif (why := link_refusal(scheme, href)) is not None:
        refuse(line, f"the link's address {href[:60]!r} {why}")


def _role(child, line: int, path: str, refuse, references: list[Reference]) -> None:
    """A role: one of :data:`ALLOWED_ROLES`, naming a target (keys of the bibliography for ``cite``)."""
    written = child.meta.get("name", "")
    name = normalise_role(written)
    if name not in ALLOWED_ROLES:
        refuse(line, f"the role {{{written}}} is not allowed (allowed: "
                     f"{', '.join('{' + r + '}' for r in sorted(ALLOWED_ROLES))})")
        return
    if name.startswith("cite"):
        cited = citation_targets(child.content)
        if not cited or any(not BIB_KEY_RE.match(t.key) for t in cited):
            refuse(line, f"{{{written}}}`{child.content}` must name keys of the bibliography separated by commas, "
                         "each with at most a text before and after it in braces ({see}key{p. 3}), and no title")
            return
        for words in (words for t in cited for words in (t.pre, t.post) if words):
            # printed beside the citation: plain text
            for problem in judge(words, path, line, CITATION_TEXT).problems:
                if problem.code == UNPRINTABLE:
                    continue  # named already, where the whole text is read
                refuse(line, f"in {{{written}}}`{child.content}`: {problem.message}")
    for target in role_targets(name, child.content):
        if not target.strip():
            refuse(line, f"{{{written}}}`{child.content}` names nothing")
            continue
        if target != target.strip():
            refuse(line, f"{{{written}}}`{child.content}` names {target!r}, with a blank at its start or end, "
                         "which Sphinx keeps: nothing of the edition is named so (write the target without it)")
            continue
        if "<" in target or ">" in target:
            # no document, label or term has one: Sphinx would read a target the writer did not mean
            refuse(line, f"{{{written}}}`{child.content}` names {target!r}: a target holds no '<' or '>' "
                         "(write 'title <target>' with '<' in neither)")
            continue
        references.append(Reference(name, target, path, line, explicit_title=explicit_title(child.content) is not None))


def _line_of_label(text: str, first_line: int) -> int:
    """The first line that looks like a definition ``[label]: …`` (for the message only)."""
    for number, line in enumerate(text.split("\n")):
        if re.match(r"^\s{0,3}(?:>\s*)*\[[^\]]+\]:", line):
            return first_line + number
    return first_line


def inline_runs(value: str) -> list[tuple[str, str]]:
    """The text of a field of :data:`DEFINITION` or :data:`PLAIN`, as runs of ``(text, style)``.

    *style* is ``""``, ``"em"``, ``"strong"`` or ``"em strong"``; line breaks
    become spaces. Only what those profiles allow is kept: the writers render
    a field from these runs, never from its source.
    """
    runs: list[tuple[str, str]] = []
    styles: list[str] = []
    for token in parser().parse(value, {}):
        if token.type != "inline":
            continue
        if runs:
            runs.append((" ", ""))
        for child in token.children or []:
            if child.type in ("em_open", "strong_open"):
                styles.append(child.type.removesuffix("_open"))
            elif child.type in ("em_close", "strong_close") and styles:
                styles.pop()
            elif child.type in ("text", "text_special") and child.info != "entity":
                runs.append((child.content, " ".join(sorted(set(styles)))))
            elif child.type in ("softbreak", "hardbreak"):
                runs.append((" ", " ".join(sorted(set(styles)))))
            elif child.type not in ("em_close", "strong_close", "link_open", "link_close"):
                # what the profiles refuse (a field is judged first): printed as it was typed, as text,
                # never dropped; a link's words are its children, printed already
                runs.append((_as_typed(child), " ".join(sorted(set(styles)))))
    return runs


def _as_typed(token) -> str:
    """An inline token's source, near enough to print it as text: a code span, a role, a character
    reference, raw HTML, mathematics … (:func:`inline_runs`)."""
    if token.type == "code_inline":
        return f"{token.markup}{token.content}{token.markup}"
    if token.type == "myst_role":
        return f"{{{token.meta.get('name', '')}}}`{token.content}`"
    if token.type == "text_special":
        return token.markup
    if token.children:
        return "".join(_as_typed(child) if child.type != "text" else child.content for child in token.children)
    return token.content or token.markup


def plain_text(value: str) -> str:
    """The words of a field without its emphasis (for tooltips and search)."""
    return " ".join("".join(text for text, _ in inline_runs(value)).split())


def one_line(value: str) -> str:
    """A plain field as the pages print it: its words on one line, so that a line break in it
    cannot start a block (a list, a code block) where the field stands in a generated page."""
    return " ".join(value.split())


#: how the value of a directive's option is judged on a page (:data:`PAGE_DIRECTIVE_OPTIONS`):
#: ``flag`` none; ``text`` one line of text, printed as text (an address in it is no link);
#: ``inline`` one line of MyST, judged as the page's text is; ``number`` digits; ``count`` digits
#: or none (docutils' ``int_or_nothing``, ``optional_int``); ``numbers`` one
#: to four numbers (or ``auto``), sphinx-design's spacing; ``lines`` line numbers and ranges
#: (``1,3-5``); ``classes`` class names; ``name`` a label (letters, digits, ``-_.:`` and
#: spaces); ``icon`` a named icon (letters, digits and hyphens: never a path or an address);
#: ``link`` a card's address, by the address rule, or a page or label by its ``:link-type:``; a
#: tuple, one of its words
OPTION_KINDS = frozenset({"flag", "text", "inline", "number", "count", "numbers", "lines", "classes", "name", "icon",
                          "link"})
#: sphinx-design's spacing and alignments, and its colours and widths
OptionKind = str | tuple[str, ...]
_SPACING: dict[str, OptionKind] = {"margin": "numbers", "padding": "numbers"}
_CARD: dict[str, OptionKind] = {
    "width": ("auto", "25%", "50%", "75%", "100%"), "text-align": ("left", "right", "center", "justify"),
    "img-alt": "text", "link": "link", "link-type": ("url", "ref", "doc"), "link-alt": "text",
    "link-new-tab": "flag", "shadow": ("none", "sm", "md", "lg"), "header": "inline", "footer": "inline",
    **{f"class-{part}": "classes" for part in ("card", "header", "body", "title", "footer", "img-top", "img-bottom")},
}
_COLOURS = ("primary", "secondary", "success", "info", "warning", "danger", "light", "muted", "dark", "white",
            "black")
_ADMONITION: dict[str, OptionKind] = {"class": "classes", "name": "name"}
#: the directives a page of the edition may hold (hand-written or generated), and for each the options
#: it may have, with how each option's value is judged (:data:`OPTION_KINDS`); every other option is
#: refused, by ``edition check`` and by the build (:func:`directive_option_problems`). None of these
#: directives reads a file or writes raw output: ``include``, ``literalinclude``, ``raw``, ``csv-table``,
#: ``image``, ``figure`` … are not here, so no path and no image's ``:target:`` is ever read; nor are
#: a card's images (``:img-top:`` …, the build removes images), a code block's ``:caption:`` (the
#: build refuses its container) or a ``div``'s ``:style:``; the bibliography's ``:filter:``, an
#: expression over every entry, only in the two fixed forms the edition uses (the page's own
#: citations, ``docname in docnames``; the keys listed, ``False``), and its ``:style:`` only the
#: edition's own (``bibtex_default_style``)
PAGE_DIRECTIVE_OPTIONS: dict[str, dict[str, OptionKind]] = {
    **{name: _ADMONITION for name in ("admonition", "note", "tip", "important", "warning", "seealso", "rubric")},
    "only": {},
    "div": {"name": "name"},
    "toctree": {"maxdepth": "number", "name": "name", "class": "classes", "caption": "text", "glob": "flag",
                "hidden": "flag", "includehidden": "flag", "numbered": "count", "titlesonly": "flag",
                "reversed": "flag"},
    "bibliography": {"all": "flag", "cited": "flag", "notcited": "flag", "style": ("plain",),
                     "filter": ("docname in docnames", "False"),
                     "list": ("citation", "bullet", "enumerated"),
                     "enumtype": ("arabic", "loweralpha", "upperalpha", "lowerroman", "upperroman"),
                     "start": "number", "labelprefix": "name", "keyprefix": "name"},
    "edition-generated": {},
    # an entry of the search: its anchor a label of its own page (:func:`.targets.resolve`, role "entry")
    "edition:entry": {},
    "ednote": {},
    "grid": {"gutter": "numbers", **_SPACING, "outline": "flag", "reverse": "flag", "class-container": "classes",
             "class-row": "classes"},
    "grid-item": {"columns": "numbers", **_SPACING, "child-direction": ("column", "row"),
                  "child-align": ("start", "end", "center", "justify", "spaced"), "outline": "flag",
                  "class": "classes"},
    "grid-item-card": {"columns": "numbers", **_SPACING, "class-item": "classes", **_CARD},
    "card": {"margin": "numbers", **_CARD},
    "dropdown": {"open": "flag", "color": _COLOURS, "icon": "icon", "chevron": ("right-down", "down-up"),
                 "animate": ("fade-in", "fade-in-slide-down"), "margin": "numbers", "name": "name",
                 "class-container": "classes", "class-title": "classes", "class-body": "classes"},
    "tab-set": {"sync-group": "name", "class": "classes"},
    "tab-item": {"selected": "flag", "sync": "name", "name": "name", "class-container": "classes",
                 "class-label": "classes", "class-content": "classes"},
    **{name: {"force": "flag", "linenos": "flag", "dedent": "count", "lineno-start": "number",
              "emphasize-lines": "lines", "class": "classes", "name": "name"} for name in ("code-block", "sourcecode")},
    # Sphinx's ``code`` (``sphinx.directives.patches.Code``, docutils' directive of that name): its options
    "code": {"force": "flag", "class": "classes", "name": "name", "number-lines": "count"},
}
#: the directives that make a code block, and Sphinx's class of each (read by MyST-Parser's own reader of a
#: directive for it): ``sourcecode`` is Sphinx's other name of ``code-block``
CODE_DIRECTIVES = {"code-block": "sphinx.directives.code:CodeBlock", "sourcecode": "sphinx.directives.code:CodeBlock",
                   "code": "sphinx.directives.patches:Code"}
PAGE_DIRECTIVES = frozenset(PAGE_DIRECTIVE_OPTIONS)
#: how many arguments each directive of :data:`PAGE_DIRECTIVES` takes, as its class in the build says:
#: (required, optional, whether the last one may hold blanks), read as MyST-Parser reads them
#: (``parse_directive_arguments``); a directive that takes none reads its first line as its body.
#: ``tests/test_security_round15.py`` compares this with the classes the build registers
DIRECTIVE_ARGUMENTS: dict[str, tuple[int, int, bool]] = {
    **{name: (0, 0, False) for name in ("note", "tip", "important", "warning", "seealso", "toctree", "tab-set",
                                        "grid-item")},
    "admonition": (1, 0, True), "rubric": (1, 0, True), "only": (1, 0, True), "div": (0, 1, True),
    "bibliography": (0, 1, True), "edition-generated": (1, 0, False), "edition:entry": (2, 0, False),
    "ednote": (1, 0, False), "grid": (0, 1, True), "grid-item-card": (0, 1, True), "card": (0, 1, True),
    "dropdown": (0, 1, True), "tab-item": (1, 0, True),
    "code-block": (0, 1, False), "sourcecode": (0, 1, False), "code": (0, 1, False),
}
#: the kinds of a search entry (``{edition:entry} KIND ANCHOR``): the objects of the edition's domain
#: (:class:`edition.sphinxext.domain.EditionDomain`, which warns of any other)
ENTRY_KINDS = frozenset({"term", "person", "place", "organisation"})
#: sphinx-design's rules of placement: the directive each one must stand in, directly (its body's top level)
DESIGN_PARENTS = {"tab-item": "tab-set", "grid-item": "grid", "grid-item-card": "grid"}
#: and the directives the body of each container may hold at its top level (besides comments and labels,
#: which sphinx-design passes over: ``is_ignorable_child``)
DESIGN_CHILDREN = {"tab-set": frozenset({"tab-item"}), "grid": frozenset({"grid-item", "grid-item-card"})}
#: the tokens of what sphinx-design passes over among a container's children (a comment, a label)
IGNORABLE_CHILDREN = frozenset({"myst_line_comment", "myst_target"})
#: the forms of the option values judged by form (:data:`OPTION_KINDS`)
OPTION_FORMS = {
    "number": re.compile(r"^[0-9]{1,4}$"),
    "count": re.compile(r"^[0-9]{0,4}$"),
    "numbers": re.compile(r"^(?:auto|[0-9]{1,2})(?: (?:auto|[0-9]{1,2})){0,3}$"),
    "lines": re.compile(r"^[0-9]{1,5}(?:-[0-9]{1,5})?(?: ?, ?[0-9]{1,5}(?:-[0-9]{1,5})?)*$"),
    "classes": re.compile(r"^[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z][A-Za-z0-9_-]*)*$"),
    "name": re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.:-]{0,79}$"),
    "icon": re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$"),
}
#: what each form is called in a message
OPTION_FORM_NAMES = {
    "flag": "no value", "number": "a number", "count": "a number or nothing",
    "numbers": "one to four numbers (or 'auto') separated by spaces",
    "lines": "line numbers and ranges ('1,3-5')", "classes": "class names (letters, digits, '-', '_')",
    "name": "a name of letters, digits, spaces and '-_.:'", "icon": "the name of an icon (letters, digits, '-')",
    "text": "one line of text", "inline": "one line of text",
}


#: the roles a page may use; ``download`` only on the pages that offer downloads
PAGE_ROLES = ALLOWED_ROLES | frozenset({"para", "cite:t", "cite:p", "gloss", "ednote", "edition:repo", "term",
                                        "doc", "ref", "abbr", "sub", "sup", "download"})
#: what a download may name, on the pages that offer downloads (as :mod:`.sphinxext.safety` checks)
DOWNLOADS_RE = re.compile(r"^(?:_generated/downloads/[A-Za-z0-9][\w.-]*|references\.bib|texts/[a-z0-9-]+\.md)$")
#: a fence's info that names a directive, read as MyST-Parser reads it (``render_fence``,
#: ``render_colon_fence``): its first word between braces, whatever it holds ("{note}}" names "note}", an
#: unknown directive; "{note}x" names none, a code block's language), its argument the rest
DIRECTIVE_RE = re.compile(r"^\{(?P<name>\S*)\}(?:\s+(?P<argument>.*))?$", re.S)


#: the keys a page's front matter may hold: Sphinx's file-wide metadata and the edition's own. Not
#: ``myst`` (a page's own parser settings: substitutions evaluate Jinja, ``fence_as_directive`` …),
#: not ``html_meta``, not ``substitutions``
PAGE_FRONT_MATTER = frozenset({"witness", "source", "orphan", "tocdepth", "nosearch", "nocomments"})


def front_matter_problems(text: str) -> list[tuple[int, str]]:
    """What is wrong with the front matter of the page *text* (line, message): YAML that is not a
    table of plain values, or keys outside :data:`PAGE_FRONT_MATTER`.

    The front matter is read by MyST-Parser's own reader (``read_topmatter``), on the text the
    parser is given, so that what is judged here is what would set the page's options: a first
    line that only begins with ``---`` opens it there, a line beginning ``---`` or ``...`` ends it.
    """
    from myst_parser.config.main import TopmatterReadError, read_topmatter

    try:
        data = read_topmatter(text)
    except TopmatterReadError as err:
        return [(1, f"the front matter is not valid YAML: {err}")]
    if data is None:
        return []
    # markdown-it's own front-matter rule, which prints the page's metadata, opens and closes only on a
    # line of dashes alone: both readers read the same lines only if the first and the closing line are so
    lines = text.splitlines()
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.startswith(("---", "..."))), None)
    if lines[0].rstrip() != "---" or closing is None or lines[closing].rstrip() != "---":
        return [(closing + 1 if closing is not None and lines[0].rstrip() == "---" else 1,
                 "the front matter begins and ends with a line of three dashes alone")]
    if not isinstance(data, dict):
        return [(1, "the front matter must be a table of keys and values")]
    out = []
    for key, value in data.items():
        line = next((i + 1 for i, text_line in enumerate(lines) if i and text_line.lstrip().startswith(f"{key}")),
                    1)
        if key not in PAGE_FRONT_MATTER:
            out.append((line, f"the front matter key {key!r} is not allowed on a page (allowed: "
                              f"{', '.join(sorted(PAGE_FRONT_MATTER))}); a page cannot change the build's settings"))
        elif not isinstance(value, (str, int, bool)):
            out.append((line, f"the front matter key {key!r} takes a plain value"))
    return out


#: how many directives (and divs) a hand-written page may nest inside one another: docutils and MyST-Parser
#: read each one's body by calling each other, some hundreds deep past Python's limit of recursion
MAX_DIRECTIVE_DEPTH = 12


class _PageJudgement:
    """The state of one :func:`judge_page`: the problems found, and where references go."""

    def __init__(self, path: str, downloads: bool, references: list[Reference] | None) -> None:
        self.path, self.downloads, self.references = path, downloads, references
        self.problems: list[Problem] = []
        #: those of the problems that are a directive's option refused by :data:`PAGE_DIRECTIVE_OPTIONS`
        self.options_refused: list[Problem] = []
        #: those of the problems that are blocks nested too deep to be read (:data:`MAX_DIRECTIVE_DEPTH`)
        self.nesting_refused: list[Problem] = []
        #: how many directives' and divs' bodies the blocks being judged are inside
        self.depth = 0

    def blocks(self, text: str, first_line: int, parent: str | None = None) -> None:
        """The blocks of *text* (a page, or the body of the directive *parent*), from *first_line*."""
        # ({{ … }} is text here: the build has no substitutions, and the front matter cannot turn them on)
        md = parser()
        tokens = md.parse(text, {})
        limit = md.options["maxNesting"]
        deep = next((t for t in tokens if t.nesting == 1 and t.level + 1 >= limit), None)
        if deep is not None:
            # markdown-it stops reading a block nested as deep as its limit and drops the rest of the text
            # without a word (ParserBlock.tokenize), in the build as here: refused, not lost in silence
            self.refuse(first_line + (deep.map[0] if deep.map else 0),
                        f"blocks nested {limit} deep: MyST's reader stops there and drops the rest of the page; "
                        "nest less", nesting=True)
        strays = False  # whether a block that a container may not hold was named (once for the container)
        for token in tokens:
            line = first_line + (token.map[0] if token.map else 0)
            if parent in DESIGN_CHILDREN and token.level == 0 and token.nesting != -1 and not strays \
                    and not self.design_child(token, parent):
                strays = True
                self.refuse(line, f"a {{{parent}}} may hold only "
                                  f"{' and '.join('{' + c + '}' for c in sorted(DESIGN_CHILDREN[parent]))} "
                                  "(sphinx-design warns of anything else in it and the build stops)")
            if token.type in ("html_block", "html_inline"):
                self.refuse(line, "raw HTML is not allowed on a page (the build removes it and stops)")
            elif token.type in ("fence", "colon_fence"):
                self.directive(token, line, parent if token.level == 0 else None)
            if token.type in ("fence", "code_block") and "emphasize-lines" in token.attrs:
                # a code block's lines set by an attribute block ({emphasize-lines="2"}), which MyST reads
                # for a plain or an indented code block and warns of if they are not its own
                why = emphasis_refusal(str(token.attrs["emphasize-lines"]), len(token.content.splitlines()))
                if why is not None and not DIRECTIVE_RE.match(token.info.strip()):
                    self.refuse(line, f"the code block's emphasize-lines {str(token.attrs['emphasize-lines'])[:40]!r} "
                                      f"{why} (the build warns and stops)")
            for child in token.children or []:
                self.inline(child, line)

    @staticmethod
    def design_child(token, parent: str) -> bool:
        """Whether *token*, at the top level of a *parent*'s body, is a block that container may hold."""
        if token.type in IGNORABLE_CHILDREN:
            return True
        m = DIRECTIVE_RE.match(token.info.strip()) if token.type in ("fence", "colon_fence") else None
        return m is not None and m.group("name").lower() in DESIGN_CHILDREN[parent]

    def directive(self, token, line: int, parent: str | None = None) -> None:
        """A fence or a colon fence at *line*: a directive (in the body of the directive *parent*, directly,
        or ``None``), a div, or a code block."""
        m = DIRECTIVE_RE.match(token.info.strip())
        argument = (m.group("argument") or "") if m is not None else ""
        if m is None and token.type == "colon_fence":
            # no directive: MyST makes a div (its word a class) of a body it reads as MyST, judged so
            self.body(token.content, line + 1, line, "div")
            return
        if m is None:
            # a code block: its language one Pygments knows, as the build's highlighting demands
            language = token.info.strip().split()[0] if token.info.strip() else ""
            if language and not known_lexer(language):
                self.refuse(line, f"the code block's language {language[:40]!r} is not one Pygments knows "
                                  "(the build warns and stops); name a language, or none")
            elif language and (why := highlighting_refusal(token.content, language)):
                self.refuse(line, why)
            return
        name = m.group("name").lower()
        if name not in PAGE_DIRECTIVES:
            self.refuse(line, f"the directive {{{m.group('name')}}} is not allowed on a page (allowed: "
                              f"{', '.join(sorted(PAGE_DIRECTIVES))})")
            return
        if not self.arguments(name, argument, line, parent):
            return
        if name in ("edition-generated", "edition:entry"):
            self.generated_or_entry(name, argument, line)
        elif name == "toctree":
            self.toctree(argument, token.content, line)
        elif name in CODE_DIRECTIVES:
            self.code_block(name, argument, token.content, line)
        elif name != "bibliography":
            # its body is MyST too, after its options (judged as options, by the allow-list)
            self.body(*directive_body(token.content, line), line, name)
        if name in INLINE_ARGUMENT_DIRECTIVES and argument.strip():
            self.blocks(argument.strip(), line)  # a title, read as inline MyST
        self.options(name, option_items(token.content), line)

    def generated_or_entry(self, name: str, argument: str, line: int) -> None:
        if self.references is None:
            return
        if name == "edition-generated":
            # the page edition sync generates, to be found among the pages it makes (edition check)
            self.references.append(Reference("generated", argument.strip(), self.path, line))
        else:
            # the search's result for the anchor links to this page: the anchor must be a label of its own
            # (else a page would take over an entry's result, the last one read of an anchor winning)
            words = argument.split()
            self.references.append(Reference("entry", words[1] if len(words) > 1 else "", self.path, line))

    def arguments(self, name: str, argument: str, line: int, parent: str | None) -> bool:
        """A directive's arguments as the build reads them: as many as its class takes
        (:data:`DIRECTIVE_ARGUMENTS`, read by MyST-Parser's own reader), each of its form (a search
        entry's kind, an ``{only}``'s expression, a grid's columns), and the directive where
        sphinx-design wants it (:data:`DESIGN_PARENTS`). Whether the rest of the directive can be
        judged (its arguments could be read)."""
        from myst_parser.parsers.directives import MarkupError, parse_directive_arguments

        wanted = DESIGN_PARENTS.get(name)
        if wanted is not None and parent != wanted:
            self.refuse(line, f"a {{{name}}} must stand directly in a {{{wanted}}}, not "
                              f"{'in a ' + '{' + parent + '}' if parent else 'outside one (or in a list or quote)'} "
                              "(sphinx-design warns and the build stops)")
        required, optional, blanks = DIRECTIVE_ARGUMENTS.get(name, (0, 0, False))
        if not required and not optional:
            return True  # its first line is its body's
        spec = type("Arguments", (), {"required_arguments": required, "optional_arguments": optional,
                                      "final_argument_whitespace": blanks})
        try:
            arguments = parse_directive_arguments(spec, argument)
        except MarkupError as err:
            self.refuse(line, f"the directive {{{name}}}: {err} (the build stops)")
            return False
        why = None
        if name == "edition:entry" and arguments[0] not in ENTRY_KINDS:
            why = (f"the search entry's kind {arguments[0][:40]!r} is not one the edition knows "
                   f"({', '.join(sorted(ENTRY_KINDS))})")
        elif name == "only":
            from sphinx.util.tags import Tags

            try:
                Tags().eval_condition(arguments[0])
            except Exception as err:  # noqa: BLE001  (Sphinx's own reading fails as it will in the build)
                why = f"the {{only}} expression {arguments[0][:60]!r} cannot be read ({' '.join(str(err).split())})"
        elif name == "grid" and arguments:
            from sphinx_design.grids import row_columns_option

            try:
                row_columns_option(arguments[0])
            except ValueError as err:
                why = f"the {{grid}}'s columns {arguments[0][:40]!r}: {err}"
        if why is not None:
            self.refuse(line, f"{why} (the build warns and stops)")
        return True

    def options(self, name: str, options: list[tuple[str, str]], line: int) -> None:
        """A directive's options, by :data:`PAGE_DIRECTIVE_OPTIONS`: each one the directive may have,
        with a value of its kind; and what the build's guard refuses in what they make (an image, a
        captioned code block's container, a card's link) said as the guard says it."""
        allowed = PAGE_DIRECTIVE_OPTIONS.get(name, {})
        for key, value in options:
            kind = allowed.get(key)
            if kind is None:
                message = _unknown_option(name, key, allowed)
                # an image or a caption the build's guard refuses in the doctree, saying so
                self.refuse(line, message, option=key not in IMAGE_OPTIONS and "caption" not in message)
            elif kind == "link":
                self.card_link(value, dict(options).get("link-type", "url").strip(), line)
            elif kind == "inline":
                if "\n" not in value:
                    self.blocks(value, line)  # a card's header or footer: MyST
            why = option_refusal(kind, value) if kind is not None else None
            if why is not None:
                self.refuse(line, f"the option :{key}: of {{{name}}} takes {why}, not {value[:60]!r}", option=True)

    def body(self, text: str, first_line: int, line: int, parent: str | None = None) -> None:
        """The body of a directive or a div at *line*, read as MyST (:meth:`blocks`), if it is no deeper
        than :data:`MAX_DIRECTIVE_DEPTH` bodies: docutils and MyST-Parser read each body by calling each
        other again, and a page nested some hundreds deep ends the build with Python's recursion error."""
        if self.depth >= MAX_DIRECTIVE_DEPTH:
            self.refuse(line, f"directives nested more than {MAX_DIRECTIVE_DEPTH} deep inside one another "
                              "(the build cannot read them); nest less", nesting=True)
            return
        self.depth += 1
        try:
            self.blocks(text, first_line, parent)
        finally:
            self.depth -= 1

    def refuse(self, line: int, message: str, option: bool = False, nesting: bool = False) -> None:
        problem = Problem(self.path, line, message, "page")
        if problem not in self.problems:
            self.problems.append(problem)
            if option:
                self.options_refused.append(problem)
            if nesting:
                self.nesting_refused.append(problem)

    def card_link(self, target: str, kind: str, line: int) -> None:
        """A card's ``:link:``: a page or label (``:link-type: doc`` or ``ref``), to be resolved, or an
        address judged as a link is (:func:`web_link_refusal`)."""
        if kind in ("doc", "ref"):
            if self.references is not None:
                self.references.append(Reference(kind, target.strip(), self.path, line))
            return
        from docutils.parsers.rst.directives import uri

        # judged as written and as sphinx-design reads it (docutils' ``uri``: escapes undone, blanks
        # dropped), which is what the build links to: ``/\\127.0.0.1/`` is ``/\127.0.0.1/``
        why = web_link_refusal(target.strip()) or web_link_refusal(uri(target))
        if why is not None:
            self.refuse(line, f"the card's :link: {target.strip()[:60]!r} {why} (the build removes the link and stops)")

    def toctree(self, argument: str, content: str, line: int) -> None:
        """The entries of a ``{toctree}`` (its directive at *line*): an address (``title <address>``
        or the address alone) is judged as a link is, as the build judges it (:func:`toctree_addresses`);
        every other entry names a page, or under ``:glob:`` a pattern of pages, which must be found as
        Sphinx finds them (:func:`toctree_entries`, resolved by :func:`.targets.toctree_problems`:
        ``x <javascript:alert(1)>`` is such a name, of no page)."""
        for address_line, address in toctree_addresses(argument, content, line):
            why = web_link_refusal(address)
            if why is not None:
                self.refuse(address_line, f"the table of contents entry's address {address[:60]!r} {why} "
                                          "(the build removes it and stops)")
        if self.references is not None:
            self.references += [Reference("toctree-glob" if entry.pattern else "toctree", entry.target, self.path,
                                          entry.line, toctree=line)
                                for entry in toctree_entries(argument, content, line)]

    def code_block(self, name: str, argument: str, content: str, line: int) -> None:
        """A ``{code-block}``'s (or ``{sourcecode}``'s, ``{code}``'s: :data:`CODE_DIRECTIVES`) language,
        one Pygments knows (or none), and its ``:emphasize-lines:`` within its lines, as Sphinx's
        highlighting demands of them; a ``{code}`` has a text (Sphinx's ``Code`` demands one)."""
        language = argument.strip()
        if language and not known_lexer(language):
            self.refuse(line, f"the code block's language {language[:40]!r} is not one Pygments knows "
                              "(the build warns and stops); name a language, or none")
        else:
            self.code_block_text(name, argument, content, line)
        if name == "code":
            return  # no :emphasize-lines: (refused as an option it does not have)
        block, body = option_block(content)
        emphasised = dict(option_items(content)).get("emphasize-lines", "").strip()
        if emphasised and OPTION_FORMS["lines"].match(emphasised):
            count = len(content.splitlines()[body:]) if block is not None else len(content.splitlines())
            numbers = [int(n) for n in re.findall(r"[0-9]+", emphasised)]
            backwards = any(int(a) > int(b) for a, b in re.findall(r"([0-9]+)-([0-9]+)", emphasised))
            if backwards or any(n < 1 or n > count for n in numbers):
                self.refuse(line, f"the code block's :emphasize-lines: {emphasised!r} names lines it does not "
                                  f"have (it has {count})", option=True)

    def code_block_text(self, name: str, argument: str, content: str, line: int) -> None:
        """A code block's text as Sphinx's directive *name* makes it (read by MyST-Parser's own reader
        of a directive, for Sphinx's class of it, :data:`CODE_DIRECTIVES`): its ``:dedent:`` strips
        blanks alone, and the text it leaves lexes in its language (:func:`highlighting_refusal`),
        unless ``:force:`` is given; a ``{code}`` without text is an error of the build."""
        from importlib import import_module

        from myst_parser.parsers.directives import MarkupError, parse_directive_text

        module, _colon, attribute = CODE_DIRECTIVES[name].partition(":")
        try:
            parsed = parse_directive_text(getattr(import_module(module), attribute), argument, content, line=line)
        except MarkupError:
            return  # its argument or options, refused as such
        if name == "code" and not parsed.body:
            # docutils' ``assert_has_content`` (Sphinx's ``Code``): "Content block expected … none found"
            self.refuse(line, "the {code} directive has no text (the build stops: a content block is expected)")
            return
        lines = "\n".join(parsed.body).splitlines(True)
        dedent = parsed.options.get("dedent")
        if "dedent" in parsed.options and dedent is None:
            # ``:dedent:`` with no value: Sphinx's ``dedent_lines`` strips the lines' common indentation
            from textwrap import dedent as common_dedent

            lines = common_dedent("".join(lines)).splitlines(True)
        if isinstance(dedent, int):
            # Sphinx's ``dedent_lines``: a line with more than blanks in its first *dedent* characters warns
            if any(text[:dedent].strip() for text in lines):
                self.refuse(line, f"the code block's :dedent: {dedent} would strip more than blanks from a line "
                                  "(the build warns and stops); dedent it by its lines' common indentation or less")
            lines = [text[dedent:] or ("\n" if text.endswith("\n") else "") for text in lines]
        language = parsed.arguments[0] if parsed.arguments else ""
        if language and "force" not in parsed.options and (why := highlighting_refusal("".join(lines), language)):
            self.refuse(line, why)

    def inline_code(self, child, line: int) -> None:
        """Inline code given a language by its attributes (`` `x`{l=python} ``,
        :func:`inline_code_language`), which the build highlights as it does a code block: a language
        Pygments knows, and a text its lexer reads without an error (:func:`highlighting_refusal`)."""
        language = inline_code_language(child.attrs) if child.type == "code_inline" else ""
        if not language:
            return
        if not known_lexer(language):
            self.refuse(line, f"the inline code's language {language[:40]!r} is not one Pygments knows "
                              "(the build warns and stops); name a language, or none")
        elif why := highlighting_refusal(child.content, language, "the inline code's"):
            self.refuse(line, why)

    def inline(self, child, line: int) -> None:
        if child.type == "html_inline":
            self.refuse(line, "raw HTML is not allowed on a page (the build removes it and stops)")
        if child.type == "image":
            self.refuse(line, f"an image ({str(child.attrs.get('src', ''))[:60]!r}) is not allowed on a page "
                              "(the build removes it and stops)")
        if child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            why = web_link_refusal(href)
            if why is not None:
                self.refuse(line, f"the link's address {href[:60]!r} {why} (the build removes the link and stops)")
            elif myst_reference(href, "external" in str(child.attrs.get("class", "")).split(), child.info == "auto"):
                # MyST makes such a link a cross-reference, or a download of the file it names if the build's
                # machine has one (../conf.py, references.bib): the build refuses both, whatever the file
                self.refuse(line, f"the link {href[:60]!r} has no http:, https: or mailto: address (written in "
                                  "lower case); to link a page of the edition use {doc} or {ref}, and a file is "
                                  "offered only by {download} on a page that offers downloads (the build refuses "
                                  "the link and stops)")
            why = (link_relation_refusal(str(child.attrs.get("rel", "")))
                   or link_target_refusal(str(child.attrs["target"]) if "target" in child.attrs else None))
            if why:
                self.refuse(line, f"the link to {href[:60]!r}: {why} (the build removes the link and stops)")
        self.inline_code(child, line)
        if child.type == "myst_role":
            self.role(child, line)

    def role(self, child, line: int) -> None:
        """A role on a page: one of :data:`PAGE_ROLES`, its targets read as the build reads them."""
        name = normalise_role(child.meta.get("name", ""))
        targets = role_targets(name, child.content)
        if name.startswith("cite") and not (targets and all(BIB_KEY_RE.match(key) for key in targets)):
            self.refuse(line, f"{{{child.meta.get('name', '')}}}`{child.content}` must name keys of the bibliography "
                              "separated by commas, each with at most a text before and after it in braces")
        if name not in PAGE_ROLES:
            self.refuse(line, f"the role {{{child.meta.get('name', '')}}} is not allowed on a page")
        elif name in ("doc", "ref") and self.references is not None:
            explicit = explicit_title(child.content) is not None
            self.references += [Reference(name, target, self.path, line, explicit) for target in targets]
        elif name == "edition:repo" and (why := repo_target_refusal(child.content)):
            self.refuse(line, f"{{edition:repo}}`{child.content[:60]}` {why} (the build warns and stops)")
        elif name == "download" and not (self.downloads and all(DOWNLOADS_RE.match(t.lstrip("/")) for t in targets)):
            self.refuse(line, f"{{download}}`{child.content}` is not one of the edition's own files on a page "
                              "that offers downloads")


#: the actions of ``{edition:repo}`TITLE <ACTION:PATH>``` (:data:`edition.sphinxext.repository.ACTIONS`)
REPO_ACTIONS = frozenset({"edit", "new", "blob", "issue"})


def repo_target_refusal(content: str) -> str | None:
    """Why the content of an ``{edition:repo}`` role may not be linked, or ``None``, read as the role reads
    it (Sphinx's ``split_explicit_title``, :data:`TOCTREE_TITLE_RE`): ``ACTION:PATH`` with an action of
    :data:`REPO_ACTIONS` and a path (an issue's title may be empty), the path of a file or folder of the
    repository: no segment ``.`` or ``..`` (which a browser resolves, ``edit/main/../../../../evil`` being
    ``github.com/evil``: any GitHub page dressed as the edition's "Edit" link) and no backslash (a slash
    to a browser). One rule for the check and the build (:class:`edition.sphinxext.repository.RepoRole`)."""
    m = TOCTREE_TITLE_RE.match(content)
    target = m.group(2) if m else content
    action, _, path = target.partition(":")
    if action not in REPO_ACTIONS or (not path and action != "issue"):
        return f"needs ACTION:PATH with ACTION one of {', '.join(sorted(REPO_ACTIONS))}, not {target[:60]!r}"
    if action != "issue" and ("\\" in path or any(part in (".", "..") for part in path.split("/"))):
        return (f"names the path {path[:60]!r}, with a segment '.' or '..' or a backslash, which a browser "
                "resolves to another page of GitHub than the repository's file: name the file itself")
    return None


#: the directives whose argument is MyST: a title parsed as inline MyST (sphinx-design's and docutils'),
#: or the first line of the body of an admonition that takes no argument
INLINE_ARGUMENT_DIRECTIVES = frozenset({"admonition", "card", "grid-item-card", "dropdown", "tab-item", "rubric",
                                        "note", "tip", "important", "warning", "seealso"})
#: the options that make an image (sphinx-design's cards'), which the build removes, and said so
IMAGE_OPTIONS = frozenset({"img-top", "img-bottom", "img-background"})


def _unknown_option(name: str, key: str, allowed) -> str:
    """The message for an option *key* that the directive *name* may not have on a page."""
    if key in IMAGE_OPTIONS:
        return f"the option :{key}: makes an image, and a page has none (the build removes it and stops)"
    if name in CODE_DIRECTIVES and key == "caption":
        return "a code block may not have a :caption: on a page (the build refuses its container)"
    return (f"the option :{key}: of {{{name}}} is not allowed on a page (allowed: "
            f"{', '.join(':' + k + ':' for k in sorted(allowed)) or 'none'})")


def option_refusal(kind: str | tuple[str, ...], value: str) -> str | None:
    """What an option's *value* should be, if it is not of *kind* (:data:`OPTION_KINDS`, or a tuple
    of the words allowed), or ``None``. ``link`` values are judged by :func:`web_link_refusal`."""
    value = value.strip()
    if isinstance(kind, tuple):
        return None if value in kind else "one of " + ", ".join(repr(word) for word in kind)
    if kind == "link":
        return None if value else "an address or a page"
    if kind == "flag":
        return None if not value else OPTION_FORM_NAMES[kind]
    if kind in ("text", "inline"):
        return None if value and "\n" not in value else OPTION_FORM_NAMES[kind]
    if kind == "icon" and OPTION_FORMS[kind].match(value) and not known_icon(value):
        return "the name of an icon sphinx-design has (its octicons)"
    return None if OPTION_FORMS[kind].match(value) else OPTION_FORM_NAMES[kind]


def known_icon(name: str) -> bool:
    """Whether sphinx-design has an octicon *name* (the only icons a dropdown's ``:icon:`` shows)."""
    from sphinx_design.icons import get_octicon_data

    return name in get_octicon_data()


#: the relations a link may declare with its page (a link's ``rel``): none that gives the page it opens a
#: hold on the edition's tab (``opener``)
LINK_RELATIONS = frozenset({"noopener", "noreferrer", "nofollow", "external"})


def link_relation_refusal(rel: str) -> str | None:
    """Why a link's ``rel`` (its words) is refused, or ``None``: only :data:`LINK_RELATIONS`."""
    refused = [word for word in rel.split() if word.lower() not in LINK_RELATIONS]
    if refused:
        return f"the relation {refused[0]!r} is not allowed (allowed: {', '.join(sorted(LINK_RELATIONS))})"
    return None


#: the windows a link may open its page in (a link's ``target``): a new one, which browsers open without a
#: hold on the edition's tab; a named window (``target="edition"``), ``_top`` or ``_parent`` would have one
LINK_TARGETS = frozenset({"_blank"})


def link_target_refusal(target: str | None) -> str | None:
    """Why a link's ``target`` is refused, or ``None`` (no target, or one of :data:`LINK_TARGETS`)."""
    if target is None or target in LINK_TARGETS:
        return None
    return f"the target {target[:40]!r} is not allowed (only {', '.join(sorted(LINK_TARGETS))})"


def web_link_refusal(address: str) -> str | None:
    """Why *address* may not be a link of a page (an inline link, a card's ``:link:``, a table of
    contents entry), as the build's guard judges what it makes, or ``None``: an internal address, or a
    ``mailto:``, ``http:`` or ``https:`` one in the form :func:`.weblinks.link_refusal` allows."""
    scheme = link_scheme(address)
    if scheme is not None and scheme not in ALLOWED_SCHEMES:
        return f"may only be an http:, https: or mailto: address, not {scheme}"
    return link_refusal(scheme, address)


def directive_option_problems(text: str, path: str) -> list[Problem]:
    """The options of the page *text*'s directives that :data:`PAGE_DIRECTIVE_OPTIONS` refuses (an
    option a directive may not have, or a value not of its kind), at their lines: what the build
    refuses before it reads a hand-written page (:mod:`edition.sphinxext.safety`), as ``edition
    check`` does (:func:`judge_page`, whose other findings the build's guard finds in the doctree)."""
    return page_source_problems(text, path)[0]


def nesting_problems(text: str, path: str) -> list[Problem]:
    """The blocks of the page *text* nested too deep to be read (:data:`MAX_DIRECTIVE_DEPTH` directives
    inside one another; blocks as deep as markdown-it's limit, past which it drops the text), at their lines:
    what the build refuses before it reads a hand-written page, as ``edition check`` does (:func:`judge_page`)."""
    return page_source_problems(text, path)[1]


def page_source_problems(text: str, path: str) -> tuple[list[Problem], list[Problem]]:
    """:func:`directive_option_problems` and :func:`nesting_problems` of the page *text*, read once."""
    judgement = _PageJudgement(path, False, None)
    judgement.blocks(text, 1)
    return judgement.options_refused, judgement.nesting_refused


#: an option MyST-Parser's reader cannot read (its directive then fails): refused, as no directive has it
UNREADABLE_OPTIONS = "(options that cannot be read)"


def option_block(content: str) -> tuple[str | None, int]:
    """The options block at the head of a directive's body *content*, split off as MyST-Parser's
    ``_parse_directive_options`` splits it: a ``---`` line, ``key: value`` lines and the next line
    beginning ``---`` (what follows its dashes is the body's first line); or ``:key: value`` lines
    (those :func:`myst_parser.parsers.directives.is_option_line` calls options), their colons dropped.
    :return: the block (``None`` if there is none) and the index of the body's first line"""
    from textwrap import dedent

    lines = content.splitlines()
    if content.startswith("---"):
        for index, line in enumerate(lines[1:], 1):
            if line.startswith("---"):
                # the closing line's text after its dashes is the body's first line
                return dedent("\n".join(lines[1:index])), index if line.lstrip("-").strip() else index + 1
        return dedent("\n".join(lines[1:])), len(lines)
    if content.lstrip().startswith(":"):
        count = next((i for i, line in enumerate(lines) if not _option_line(line)), len(lines))
        return "\n".join(line.lstrip()[1:] for line in lines[:count]), count
    return None, 0


def directive_body(content: str, line: int) -> tuple[str, int]:
    """The body of a directive at *line* whose text is *content*, after its options
    (:func:`option_block`; what follows a closing ``---`` line's dashes is its first line), with the
    line it begins at."""
    block, body = option_block(content)
    lines = content.splitlines()
    if block is not None and body and body <= len(lines) and lines[body - 1].startswith("---"):
        lines[body - 1], body = lines[body - 1].lstrip("-").removeprefix(" "), body - 1
    return "\n".join(lines[body:]), line + 1 + body


def _option_line(line: str) -> bool:
    """MyST-Parser's ``is_option_line``: a line beginning with one colon or two, not a colon fence."""
    stripped = line.lstrip()
    return stripped.startswith(":") and not stripped.startswith(":::")


def option_items(content: str) -> list[tuple[str, str]]:
    """The options of a directive whose body is *content*, as ``(key, value)`` in their order, read by
    MyST-Parser's own reader of them (``myst_parser.parsers.options.options_to_items``: quoted and
    block values too); a block it cannot read is one option, :data:`UNREADABLE_OPTIONS`."""
    from myst_parser.parsers.options import TokenizeError, options_to_items

    block, _body = option_block(content)
    if block is None:
        return []
    try:
        items, _state = options_to_items(block)
    except TokenizeError:
        return [(UNREADABLE_OPTIONS, block)]
    return [(str(key), str(value)) for key, value in items]


#: what Sphinx's ``{toctree}`` reads as an address rather than a page, and its grammar of an entry's
#: ``title <target>`` (``sphinx.util.url_re``, ``sphinx.util.explicit_title_re``; copied as
#: :data:`EXPLICIT_TITLE_RE` is, and compared with Sphinx's own in ``tests/test_security_round11.py``)
TOCTREE_URL_RE = re.compile(r"(?P<schema>.+)://.*")
TOCTREE_TITLE_RE = re.compile(r"^(.+?)\s*(?<!\x00)<([^<]*?)>$", re.DOTALL)


def toctree_lines(argument: str, content: str, line: int) -> tuple[list[tuple[int, str]], dict] | None:
    """The lines of a ``{toctree}`` at *line* (its argument and body *content*) that Sphinx's
    ``TocTree.parse_content`` reads as entries, each with its line, and the directive's options: read
    by MyST-Parser's own reader of a directive (``parse_directive_text``, as the build reads it: its
    options off, a ``---`` block's or ``:key: value`` lines, a first blank line dropped, the argument a
    first entry, nothing stripped), blank lines left out; ``None`` if it cannot read them (the build's
    directive then fails, and the options are refused as such)."""
    from myst_parser.parsers.directives import MarkupError, parse_directive_text
    from sphinx.directives.other import TocTree

    try:
        parsed = parse_directive_text(TocTree, argument, content, line=line)
    except MarkupError:
        return None
    return ([(line + 1 + parsed.body_offset + index, entry) for index, entry in enumerate(parsed.body) if entry],
            parsed.options)


def toctree_addresses(argument: str, content: str, line: int) -> list[tuple[int, str]]:
    """The addresses of the entries of a ``{toctree}`` at *line* (:func:`toctree_lines`), with their
    lines: the entries Sphinx reads as addresses, ``title <address>`` or the address alone, as written
    (blanks and all), those the build's guard judges (a relative ``a/b://c`` is a page's link, and is
    not one of them)."""
    out = []
    for where, entry in (toctree_lines(argument, content, line) or ([], {}))[0]:
        explicit = TOCTREE_TITLE_RE.match(entry)
        ref = explicit.group(2) if explicit else entry
        if TOCTREE_URL_RE.match(entry) and ref != "self" and link_scheme(ref) is not None:
            out.append((where, ref))
    return out


@dataclass(frozen=True)
class TocEntry:
    """An entry of a ``{toctree}`` that names pages: a page's name as written (its ``.md`` dropped, not
    yet made relative to the page), or a pattern of ``:glob:``."""

    line: int
    target: str
    pattern: bool = False


#: Sphinx's pattern of a ``:glob:`` entry (``sphinx.directives.other.glob_re``)
TOCTREE_GLOB_RE = re.compile(r".*[*?\[].*")


def toctree_entries(argument: str, content: str, line: int) -> list[TocEntry]:
    """The entries of a ``{toctree}`` at *line* (its argument and body *content*) that name pages,
    in their order and read as Sphinx's ``TocTree.parse_content`` reads them, from the lines
    MyST-Parser's own reader of a directive gives it (:func:`toctree_lines`: `` intro`` is a page's
    name with a blank): not an address nor ``self``; under ``:glob:``, an entry with ``*``, ``?`` or
    ``[`` and no title is a pattern."""
    read = toctree_lines(argument, content, line)
    if read is None:
        return []  # its options, refused as such
    lines, options = read
    glob = "glob" in options
    out = []
    for where, entry in lines:
        explicit = TOCTREE_TITLE_RE.match(entry)
        url = TOCTREE_URL_RE.match(entry) is not None
        if glob and TOCTREE_GLOB_RE.match(entry) and not explicit and not url:
            out.append(TocEntry(where, entry, pattern=True))
            continue
        ref = explicit.group(2) if explicit else entry
        if not url and ref != "self":
            out.append(TocEntry(where, ref.removesuffix(".md")))
    return out


@dataclass(frozen=True)
class PageToctree:
    """A ``{toctree}`` of a page, as the build resolves it: its line, whether it is ``:hidden:``
    (resolved only where hidden trees are: the sidebar's tree from the root page), and the entries
    that name pages (:func:`toctree_entries`)."""

    line: int
    hidden: bool
    entries: tuple[TocEntry, ...]


@dataclass(frozen=True)
class PageOutline:
    """What Sphinx's table of contents of a page holds (``TocTreeCollector.process_doc``): whether it
    has anything, a *title* (a section of the page's own, or of an ``{only}`` at its top, or any
    ``{toctree}`` outside a section), and the page's tables of contents, at any depth."""

    titled: bool
    toctrees: tuple[PageToctree, ...]


#: the directives whose body is no MyST of the page: code, the bibliography, the generated page's
NOT_MYST_BODIES = frozenset({*CODE_DIRECTIVES, "bibliography", "edition-generated"})


def page_outline(text: str, tokens=None) -> PageOutline:
    """The :class:`PageOutline` of the page *text* (parsed by :func:`parser`, or given as its
    *tokens*), read as MyST-Parser builds it: a heading is a section only at the top of the page (or
    of an ``{only}`` there, which Sphinx's directive parses with titles); in a list, a quote, a div or
    another directive it is a rubric. A ``{toctree}`` anywhere makes the page's table of contents
    hold something (Sphinx copies it there), and is read with :func:`toctree_lines`."""
    titled = False
    toctrees: list[PageToctree] = []

    def walk(found, first_line: int, top: bool) -> None:
        nonlocal titled
        for token in found:
            line = first_line + (token.map[0] if token.map else 0)
            if token.type == "heading_open" and top and token.level == 0:
                titled = True
            if token.type not in ("fence", "colon_fence"):
                continue
            m = DIRECTIVE_RE.match(token.info.strip())
            if m is None:
                if token.type == "colon_fence":  # a div, whose body is MyST
                    body, at = token.content, line + 1
                    walk(parser().parse(body, {}), at, False)
                continue
            name, argument = m.group("name").lower(), m.group("argument") or ""
            if name == "toctree":
                read = toctree_lines(argument, token.content, line)
                if read is not None:  # else the directive fails, and makes nothing
                    titled = True
                    toctrees.append(PageToctree(line, "hidden" in read[1],
                                                tuple(toctree_entries(argument, token.content, line))))
            elif name in PAGE_DIRECTIVES and name not in NOT_MYST_BODIES:
                body, at = directive_body(token.content, line)
                walk(parser().parse(body, {}), at, top and name == "only" and token.level == 0)

    walk(parser().parse(text, {}) if tokens is None else tokens, 1, True)
    return PageOutline(titled, tuple(toctrees))


#: the languages Sphinx itself gives a code block, besides those Pygments knows
SPHINX_LEXERS = frozenset({"none", "default", "guess", "text", "python3", "pycon3", "rest"})


def known_lexer(language: str) -> bool:
    """Whether Sphinx can highlight a code block in *language*: one of :data:`SPHINX_LEXERS` or a
    name or alias Pygments knows (no other value reaches Pygments)."""
    from pygments.lexers import find_lexer_class_by_name
    from pygments.util import ClassNotFound

    if language in SPHINX_LEXERS:
        return True
    try:
        find_lexer_class_by_name(language)
    except ClassNotFound:
        return False
    return True


#: the attributes of inline code that MyST-Parser reads as its language (``render_code_inline``: ``l`` and
#: ``lexer`` are other names of ``language``)
INLINE_CODE_LANGUAGE = {"language": "language", "lexer": "language", "l": "language"}


def inline_code_language(attrs) -> str:
    """The language the build highlights inline code in, from its attributes *attrs* (``{l=python}``), or
    ``""``: read as MyST-Parser copies them to the node (``copy_attributes``: in their order, the last
    of ``language``, ``lexer`` and ``l`` winning, names compared as written) and as Sphinx's writers
    highlight it (``visit_literal``: not if its classes hold ``kbd``, nor with an empty language)."""
    language, classes = "", []
    for key, value in (attrs or {}).items():
        if INLINE_CODE_LANGUAGE.get(key) == "language":
            language = str(value)
        elif key == "class":
            classes += str(value).split()
    return "" if "kbd" in classes else language


def emphasis_refusal(spec: str, count: int) -> str | None:
    """Why the lines *spec* (``1,3-5``) are not lines of a code block of *count* lines, as MyST-Parser
    reads a code block's ``emphasize-lines`` attribute (Sphinx's ``parselinenos``), or ``None``."""
    from sphinx.util import parselinenos

    try:
        numbers = parselinenos(spec, count)
    except ValueError as err:
        return f"is not a list of lines ({err})"
    if any(number >= count for number in numbers):
        return f"names lines it does not have (it has {count})"
    return None


def highlighting_refusal(source: str, language: str, what: str = "the code block's") -> str | None:
    """Why the code *source* cannot be highlighted as *language* in the build, or ``None``: the lexer
    Sphinx's highlighting picks for it (``PygmentsBridge.get_lexer``, which stops at the first token
    Pygments reads as an error) finds one, which the build reports ("Lexing literal_block … resulted
    in an error") and, with ``-W``, stops on. The language ``default`` (a block without one) fails in
    silence, as Sphinx lets it."""
    from pygments.filters import ErrorToken
    from sphinx.highlighting import PygmentsBridge

    if language == "default" or not known_lexer(language):
        return None
    lexer = PygmentsBridge().get_lexer(source, language)
    try:
        for _kind, _value in lexer.get_tokens(source):
            pass
    except ErrorToken as err:
        return (f"{what} text is not {language[:40]!r}: Pygments cannot read it from {str(err)[:40]!r} "
                "(the build warns and stops); correct it, give the right language, or none")
    return None


def judge_page(text: str, path: str, first_line: int = 1, *, downloads: bool = False,
               references: list[Reference] | None = None) -> list[Problem]:
    """What the build refuses in a page of ``docs/``: front matter other than :data:`PAGE_FRONT_MATTER`,
    raw HTML, a directive or role outside :data:`PAGE_DIRECTIVES` and :data:`PAGE_ROLES` (at any
    depth, directive bodies included), links of another scheme than :data:`ALLOWED_SCHEMES` or
    web addresses :func:`.weblinks.address_refusal` refuses, and downloads where *downloads* is
    false or of other files;
    the page's ``{doc}`` and ``{ref}`` are added to *references*.

    Pages are reviewed as code, not judged as contributions (see SECURITY.md); this
    judgement is so that ``edition check`` refuses, at the page's line, what the build
    would refuse later.
    """
    judgement = _PageJudgement(path, downloads, references)
    judgement.problems += page_character_problems(text, path, first_line)
    if first_line == 1:
        for line, message in front_matter_problems(text):
            judgement.refuse(line, message)
    judgement.blocks(text, first_line)
    return judgement.problems


def token_form(tokens) -> list[tuple]:
    """What the build reads of *tokens*, at every depth: each token's kind, tag, nesting, level,
    attributes, markup, info, content and meta, and the same of its children (not its lines)."""
    out = []
    for token in tokens:
        out.append((token.type, token.tag, token.nesting, token.level, tuple(sorted((token.attrs or {}).items())),
                    token.markup, token.info, token.content, tuple(sorted(
                        (k, str(v)) for k, v in (token.meta or {}).items())),
                    tuple(token_form(token.children or []))))
    return out


#: a paragraph of one word that stands for a contributed text in its page, in :func:`placed_as_alone`
PLACEHOLDER = "EditionPlaceholderOfTheContributedText"


def placed_as_alone(page: str, stand_in: str, text: str) -> int | None:
    """Whether *text* reads in *page* exactly as it reads alone, and the page's own blocks as without it.

    *stand_in* is the page as its template writes it with the paragraph :data:`PLACEHOLDER` where
    *text* stands in *page*. The page is parsed with the judging parser; its tokens must be those
    of *stand_in* with the placeholder's paragraph replaced by the tokens of *text* parsed alone.
    A text that would join the blocks around it (a first line ``: …`` that makes the paragraph
    before it a term of a definition list, a last line ``{#label}`` that sets the attributes of the
    block after it) changes the page's tokens, and is refused by construction: what was judged
    alone is then not what the page holds.

    :return: ``None`` if so; else the 0-based line of *text* at or after which the page first
        reads otherwise (0 where the difference is before the text)
    """
    md = parser()
    around = md.parse(stand_in, {})
    at = next((i for i in range(len(around) - 2) if around[i].type == "paragraph_open"
               and around[i + 1].content == PLACEHOLDER and around[i].level == 0), None)
    if at is None:
        raise ValueError("the page has no placeholder paragraph")
    alone = md.parse(text, {})
    expected = token_form(around[:at]) + token_form(alone) + token_form(around[at + 3:])
    found = md.parse(page, {})
    actual = token_form(found)
    if expected == actual:
        return None
    first = next((i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
                 min(len(expected), len(actual)))
    if first < at:
        return 0
    inside = first - at
    if inside < len(alone):
        return (alone[inside].map or [0])[0]
    return max((t.map[1] for t in alone if t.map), default=1) - 1
