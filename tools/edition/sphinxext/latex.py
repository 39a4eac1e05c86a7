"""The printed edition: the LaTeX form of the edition's texts, notes, apparatus and indexes.

The screen formats keep their own form; everything here runs for the LaTeX
builder only (a post-transform on the assembled document, and the LaTeX
settings made from the configuration at ``config-inited``), so the HTML and
EPUB are unchanged. The book design itself is LaTeX (``docs/_latex/``).

- **Front matter**: half-title, title page, imprint (each text's rights from
  the manifest, how to cite, colophon), contents, numbered in roman; from the
  template ``docs/_latex/frontmatter.tex_t``.
- **Paper**: ``edition_paper`` (``a4``, the default, or ``a5``; ``-D
  edition_paper=a5``, ``EDITION_PAPER=a5`` or ``nox -s pdf -- --paper a5``).
- **Text openings**: the author above the title, the date below, the short
  title in the running head (:func:`edition.printed.short_title`).
- **Notes**: the author's notes stay LaTeX footnotes with their own numbers;
  the editor's notes become a second, lettered series at the foot of the page
  (``\\edednotetext``), and their section at the end of each text goes.
- **Apparatus**: stays at the end of each text (a clear reading text), each
  entry keyed to its paragraph or note *and* the page it is on; outside the
  texts too, a reference to a paragraph gives its page.
- **Glossary**: the first use of each term in a text is followed by a raised
  arrow and the page of the term's entry.
- **Indexes**: each mention of a name of ``docs/indexes/*.toml`` in a text gets
  an ``\\index[persons]{…}`` entry where it stands, so that xindy prints the
  pages; the index pages of the screen edition become ``\\edprintindex``.
- **Bibliography**: sorted by author (or title) for author–year citation,
  printed in the bibliography's own chapter, with the pages citing each work.

Tested by ``tests/test_latex.py`` (the rules) and ``tests/test_latex_build.py``
(the PDF, read with pdfinfo, pdffonts and pdftotext).
"""

from __future__ import annotations

import re
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.builders.latex.nodes import thebibliography
from sphinx.config import Config
from sphinx.errors import ConfigError
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.template import LaTeXRenderer
from sphinx.util.texescape import escape

from ..data.config import CITATION_FILE, EditionConfig, EditionConfigError
from ..data.indexes import INDEXES, load_indexes
from ..data.manifest import load_manifest
from ..errors import EditionError
from ..linking.terms import TermMatcher
from ..writers.printed import (
    ADDRESS_RE,
    PAPERS,
    address_pieces,
    breakable,
    index_entry,
    read_citation_file,
    short_title,
    sort_key,
    tie_paragraph_marks,
)
from . import warning_types
from .citations import bibtex_domain
from .domain import edition_domain
from .ednotes import ednote, ednote_backref, ednote_ref
from .errors import EditionBuildError, stop_on_errors
from .paragraphs import para_xref

logger = logging.getLogger(__name__)
#: the files of the design folder (``edition_print_design``)
PREAMBLE = "preamble.tex"
FRONTMATTER = "frontmatter.tex_t"
HEAD_NOTES = "intro"
#: how the manifest says that a fact (here: the author) is not known; no byline is printed then
NOT_ESTABLISHED = "not established"
#: "n. 3" at the start of an apparatus entry: the place is the author's note 3
NOTE_PLACE_RE = re.compile(r"^n\. (\w+)")
#: the faces the PDF is set in, for the colophon (docs/_latex/preamble.tex)
FACES = ("Linux Libertine O and Linux Biolinum O (Philipp H. Poll, Libertine Open Fonts Project; "
         "Debian package fonts-linuxlibertine), with GNU FreeMono and FreeSerif (fonts-freefont-otf)")


class printed_ednote(nodes.Element):
    """An editor's note set at the foot of the page, where its marker stands."""


def tex(text: str) -> str:
    return escape(text, "xelatex")


def macro(name: str, *args: str) -> str:
    r"""``\name{arg}{arg}…``, the arguments as given (already LaTeX)."""
    return "\\" + name + "".join("{" + arg + "}" for arg in args)


def latex_raw(text: str) -> nodes.raw:
    return nodes.raw("", text, format="latex")


def page_of(label: str) -> nodes.raw:
    """", p. 40": the page of a LaTeX label, after a reference to its paragraph or note."""
    return latex_raw(", p.~" + macro("edpageref", label))


# -- Settings made from the configuration -------------------------------------------


@stop_on_errors
def configure_latex(app: Sphinx, config: Config) -> None:
    """Paper, preamble, front matter and PDF metadata, from the configuration and the data.

    Nothing happens unless ``edition_print_design`` names the folder of the
    design (``docs/_latex``): a project without it keeps Sphinx's manual.

    :raises EditionBuildError: a manifest or a ``CITATION.cff`` that cannot be read (the build stops,
        without a traceback)
    """
    if not config.edition_print_design:
        return
    try:
        paper = EditionConfig.from_sphinx(config).paper
    except EditionConfigError as err:
        raise ConfigError(str(err)) from None
    papersize, pointsize, geometry = PAPERS[paper]
    root = Path(app.confdir)
    design = root / config.edition_print_design
    cff = root / CITATION_FILE
    try:  # refused if it is a link (nothing read through it), not a file, or not UTF-8
        citation = read_citation_file(cff) if cff.exists() or cff.is_symlink() else None
    except EditionError as err:
        raise EditionBuildError(err.message, CITATION_FILE, err.line, subtype=warning_types.UNSAFE,
                                kind="Unsafe source") from None
    editors = ", ".join(citation.authors) if citation and citation.authors else config.author
    elements = dict(config.latex_elements)
    elements["papersize"] = papersize
    elements["pointsize"] = pointsize
    elements["geometry"] = rf"\usepackage[{papersize},{geometry}]{{geometry}}"
    elements["preamble"] = (metadata_preamble(config, editors, citation.keywords if citation else [])
                            + (design / PREAMBLE).read_text(encoding="utf-8") + elements.get("preamble", ""))
    elements["maketitle"] = front_matter(app, config, design, editors)
    config.latex_elements = elements


def metadata_preamble(config: Config, editors: str, keywords: list[str]) -> str:
    """The macros the design uses for the edition's name, and the PDF's metadata.

    hyperref writes them to the Info dictionary and the language to the
    catalogue. hyperxmp would add an XMP packet, but costs over a second for
    each of latexmk's three xelatex runs (the PDF build would be more than
    twice the baseline's in ``nox -s bench``), and pdfinfo reads the Info.
    """
    subject = config.edition_subtitle
    return "\n".join([
        r"\usepackage{multicol}",
        rf"\newcommand{{\edtitle}}{{{tex(config.project)}}}",
        r"\hypersetup{",
        rf"  pdftitle={{{tex(config.edition_title)}}},",
        rf"  pdfauthor={{{tex(editors)}}},",
        rf"  pdfsubject={{{tex(subject)}}},",
        rf"  pdfkeywords={{{tex(', '.join(keywords))}}},",
        rf"  pdflang={{{config.language}}},",
        r"  bookmarksopen=true, bookmarksopenlevel=0, pdfpagelabels=true,",
        "}",
        "",
    ])


def front_matter(app: Sphinx, config: Config, design: Path, editors: str) -> str:
    """Half-title, title page and imprint, from the template and the manifest."""
    try:
        manifest = load_manifest(Path(app.confdir) / config.edition_manifest) if config.edition_manifest else None
    except EditionError as err:
        raise EditionBuildError(err.message, err.path, err.line, subtype=warning_types.WITNESS,
                                kind="Edition data error") from None
    witnesses = []
    for w in manifest.witnesses if manifest is not None else []:
        title = f"[{w['title']}]" if w.get("title_editorial") else w["title"]
        author = f"[{w['author']}]" if w.get("author_editorial") else w["author"]
        witnesses.append({
            "siglum": tex(w["siglum"]),
            "citation": tex(f"{author}, “{title}”"),
            "written": tex(w.get("written", "")),
            "rights": tex(w["rights"]),
        })
    software = ", ".join(f"{name} {package_version(dist)}" for name, dist in
                         (("Sphinx", "sphinx"), ("MyST-Parser", "myst-parser"),
                          ("sphinxcontrib-bibtex", "sphinxcontrib-bibtex")))
    context = {
        "title": tex(config.project),
        "subtitle": tex(config.edition_subtitle),
        "editors": tex(editors),
        "editors_lower": tex(editors[:1].lower() + editors[1:] if editors.startswith("The ") else editors),
        "version": tex(config.version),
        "date": tex(config.edition_date),
        "witnesses": witnesses,
        "copyright": tex(config.copyright),
        "cite_as": tex(config.edition_cite_as[:1].upper() + config.edition_cite_as[1:]),
        "faces": tex(FACES),
        "engine": "Xe\\LaTeX",
        "software": tex(software),
    }
    renderer = LaTeXRenderer([str(design)])
    return renderer.render(FRONTMATTER, context)


# -- The assembled document ----------------------------------------------------------


class PrintedEdition(SphinxPostTransform):
    """Rearranges the assembled LaTeX document into the printed edition (see the module)."""

    default_priority = 760  # after Sphinx's footnotes (600) and bibliography (750)
    formats = ("latex",)

    def run(self, **kwargs) -> None:
        if not self.config.edition_print_design:
            return
        folder = Path(self.env.srcdir) / self.config.edition_indexes_dir
        entries, problems = load_indexes(folder)
        if problems:
            # they stop the build earlier (sphinxext.indexes); a name that could reach \index
            # unjudged is never printed, whoever loads this extension alone
            first = problems[0]
            raise EditionBuildError(first.message, first.path, first.line, subtype=warning_types.WITNESS)
        self.entries = {e.slug: e for e in entries}
        self.names = TermMatcher(forms=[(form, e.slug) for e in entries for form in e.forms])
        for part in list(self.document.findall(addnodes.start_of_file)):
            docname = part["docname"]
            witness = self.env.metadata.get(docname, {}).get("witness")
            opening = ("", "", "")
            if witness:
                opening = self.text_opening(part, witness)
                self.place_ednotes(part, docname)
                self.key_apparatus(part, docname)
                self.mark_index_entries(part)
                self.mark_first_terms(part)
            index = docname.removeprefix("index-of-")
            if index in INDEXES and docname != index:
                self.print_index(part, index)
            section = next(iter(part.findall(nodes.section)), None)
            if section is not None:
                raw = macro("edopening", *opening)
                # inside the section, before its title: a target before the section stays its label
                section.insert(0, latex_raw(raw))
                if opening[0]:
                    section.insert(2, latex_raw(macro("edtocbyline", opening[0])))
        self.condense_usage()
        self.paragraph_pages()
        self.print_glossary()
        self.tie_marks()
        self.parallel_marks()
        self.breakable_literals()
        self.breakable_addresses()
        self.place_bibliography()
        self.omit(self.config.edition_print_omit)
        self.indexes_last()

    def indexes_last(self) -> None:
        """The indexes at the end of the book, where a reader of print looks for them.

        Nothing before them then depends on their length: the pages the first xelatex
        run gives every chapter hold, and latexmk can stop a run earlier.
        """
        top, stack = [], list(reversed(self.document.children))
        while stack:  # the parts of the book, not those nested in a part (a glossary's letters)
            node = stack.pop()
            if isinstance(node, addnodes.start_of_file):
                top.append(node)
            elif isinstance(node, nodes.Element):
                stack.extend(reversed(node.children))
        indexes = [p for p in top if p["docname"].removeprefix("index-of-") in INDEXES
                   and p["docname"].startswith("index-of-")]
        rest = [p for p in top if p not in indexes]
        if not indexes or not rest:
            return
        last = rest[-1]
        for part in indexes:
            part.parent.remove(part)
        for offset, part in enumerate(indexes, start=1):
            last.parent.insert(last.parent.index(last) + offset, part)

    def omit(self, docnames: list[str]) -> None:
        """Leave out the documents *docnames*; a link to one keeps its text."""
        for part in list(self.document.findall(addnodes.start_of_file)):
            if part["docname"] in docnames:
                part.parent.remove(part)
        for ref in list(self.document.findall(nodes.reference)):
            uri = ref.get("refuri", "")
            if uri.startswith("%") and uri[1:].split("#", 1)[0] in docnames:
                ref.replace_self(nodes.inline("", "", *ref.children))

    # -- a text's opening

    def text_opening(self, part: nodes.Element, witness_id: str) -> tuple[str, str, str]:
        record = edition_domain(self.env).edition_data.witnesses.get(witness_id, {})
        for box in list(part.findall(nodes.admonition)):
            if "witness-summary" in box.get("classes", []):
                # the head note as a plain block, not a framed "note"
                body = [child for child in box.children if not isinstance(child, nodes.title)]
                box.replace_self(nodes.container("", *body, classes=["witness-summary"]))
        section = next(iter(part.findall(nodes.section)), None)
        title = section[0].astext() if section is not None and len(section) else ""
        author = record.get("author", "")
        byline = "" if not author or NOT_ESTABLISHED in author else author
        if byline and record.get("author_editorial"):
            byline = f"[{byline}]"
        dateline = record.get("written", "")
        if record.get("siglum"):
            dateline = f"{dateline} · {record['siglum']}" if dateline else record["siglum"]
        return tex(byline), tex(short_title(title)), tex(dateline)

    # -- the editor's notes at the foot of the page

    def place_ednotes(self, part: nodes.Element, docname: str) -> None:
        notes: dict[str, ednote] = {}
        for found in list(part.findall(ednote)):
            notes[found["label"]] = found
            found.parent.remove(found)
        for ref in list(part.findall(ednote_ref)):
            note = notes.get(ref["label"])
            if note is None:
                continue
            anchor = f"ednote.{docname}.{ref['label']}"
            body = [child.deepcopy() for child in note.children if not isinstance(child, ednote_backref)]
            mark = latex_raw(macro("edednotemark", ref["label"], anchor))
            text = printed_ednote("", *body, label=ref["label"], anchor=anchor)
            host = next((a for a in _ancestors(ref) if isinstance(a, nodes.footnote)), None)
            ref.replace_self(mark)
            if host is None:
                mark.parent.insert(mark.parent.index(mark) + 1, text)
            else:
                # a note in a note: the editor's note follows the author's note
                host.parent.insert(host.parent.index(host) + 1, text)
        # the section that held the notes, now empty, goes; and the rule MyST puts before the notes
        printed = (nodes.paragraph, nodes.raw, nodes.table, nodes.literal_block, nodes.Sequential)
        for section in list(part.findall(nodes.section)):
            if not any(isinstance(n, printed) for child in section[1:] for n in child.findall(nodes.Element)):
                section.parent.remove(section)
        for rule in list(part.findall(nodes.transition)):
            after = rule.parent[rule.parent.index(rule) + 1:]
            if all(isinstance(n, (nodes.footnote, nodes.target, nodes.section)) for n in after):
                rule.parent.remove(rule)

    # -- the apparatus, keyed to pages

    def key_apparatus(self, part: nodes.Element, docname: str) -> None:
        for note in part.findall(nodes.footnote):
            label = note[0].astext() if len(note) and isinstance(note[0], nodes.label) else ""
            names: list[str] = note.get("names", [])
            first = next(iter(note.findall(nodes.paragraph)), None)
            for name in sorted({label, *(names[:1])} - {""}):
                if first is not None:
                    first.insert(0, latex_raw(macro("label", f"edfn:{docname}:{name}")))
        for box in part.findall(nodes.container):
            if "apparatus" not in box.get("classes", []):
                continue
            for ref in list(box.findall(nodes.reference)):
                refid = ref.get("refid", "")
                if re.fullmatch(r"p\d+", refid):
                    ref.parent.insert(ref.parent.index(ref) + 1, page_of(macro("detokenize", f"{docname}:{refid}")))
            for item in box.findall(nodes.list_item):
                opening = next(iter(item.findall(nodes.Text)), None)
                m = NOTE_PLACE_RE.match(str(opening)) if opening is not None else None
                if opening is not None and m:
                    rest = str(opening)[m.end():]
                    page = page_of(f"edfn:{docname}:{m.group(1)}")
                    parent = opening.parent
                    at = parent.index(opening)
                    parent.remove(opening)
                    parent.insert(at, nodes.Text(rest))
                    parent.insert(at, page)
                    parent.insert(at, nodes.Text(m.group(0)))

    # -- the indexes of persons, places and organisations

    def mark_index_entries(self, part: nodes.Element) -> None:
        skip = (nodes.title, nodes.literal, nodes.raw, printed_ednote, nodes.label)
        skip_classes = {"apparatus", "witness-summary", "parallel-links", "citation-link"}
        for text in list(part.findall(nodes.Text)):
            ancestors = list(_ancestors(text))
            if any(isinstance(a, skip) or skip_classes & set(a.get("classes", [])) for a in ancestors):
                continue
            if not any(isinstance(a, nodes.paragraph) for a in ancestors):
                continue
            in_note = any(isinstance(a, nodes.footnote) for a in ancestors)
            source = str(text)
            found = list(self.names.find(source))
            if not found:
                continue
            pieces: list[nodes.Node] = []
            at = 0
            for _start, end, slug in found:
                entry = self.entries[slug]
                pieces.append(nodes.Text(source[at:end]))
                printed = tex(entry.heading)
                pieces.append(latex_raw(f"\\index[{entry.index}]{{{index_entry(printed, in_note, entry.heading)}}}"))
                at = end
            pieces.append(nodes.Text(source[at:]))
            parent = text.parent
            position = parent.index(text)
            parent.remove(text)
            for offset, piece in enumerate(pieces):
                parent.insert(position + offset, piece)

    def mark_first_terms(self, part: nodes.Element) -> None:
        """The first use of each glossary term in a text: a raised arrow and the page of its entry."""
        seen = set()
        for term in list(part.findall(nodes.inline)):
            if "gloss" not in term.get("classes", []) or any(
                    isinstance(a, nodes.title) for a in _ancestors(term)):
                continue
            ref = next(iter(term.findall(nodes.reference)), None)
            uri = ref.get("refuri", "") if ref is not None else ""
            if not uri.startswith("%") or "#" not in uri or uri in seen:
                continue
            seen.add(uri)
            label = uri[1:].replace("#", ":", 1)
            # after the note markers that follow the term: "commune^a →201", not "→201a"
            at = term.parent.index(term) + 1
            while at < len(term.parent) and _is_note_mark(term.parent[at]):
                at += 1
            term.parent.insert(at, latex_raw(macro("edglossmark", macro("detokenize", label))))

    def print_index(self, part: nodes.Element, index: str) -> None:
        section = next(iter(part.findall(nodes.section)), None)
        if section is None:
            return
        del section[1:]
        section += self.head_note("index")
        see = []
        for entry in self.entries.values():
            if entry.index != index:
                continue
            for variant in entry.variants:
                cross_reference = f"{index_entry(tex(variant), name=variant)}|see{{{tex(entry.heading)}}}"
                see.append(f"\\index[{index}]{{{cross_reference}}}")
        section += latex_raw("\n".join([*see, macro("edprintindex", index)]) + "\n")

    # -- outside the texts, a paragraph is found by its page

    def paragraph_pages(self) -> None:
        """``¶ 12`` (or ``K ¶ 12``) that links to a text's paragraph from another document → ``¶ 12, p. 40``.

        Inside the texts the lists of parallel passages stay as they are: a page for
        each of their references would double their length.
        """
        texts = {name for name, meta in self.env.metadata.items() if meta.get("witness")}
        # {para} links are resolved after the post-transforms (paragraphs.resolve_para_refs).
        # Each link once, in the document it stands in: the documents of a toctree (a
        # glossary's letters) are parts nested in the part of the document that includes them.
        for part in self.document.findall(addnodes.start_of_file):
            if part["docname"] in texts:
                continue
            for ref in _own_nodes(part, para_xref):
                if ref["target"] not in texts:
                    continue
                if re.fullmatch(r"(?:\w+[ \u00a0])?¶[ \u00a0]\d+", ref.astext()):
                    label = macro("detokenize", f"{ref['target']}:p{ref['number']}")
                    ref.parent.insert(ref.parent.index(ref) + 1, page_of(label))

    # -- the glossary: a book's, without the screen's ways round it

    def condense_usage(self) -> None:
        """A glossary entry's *Used in*: for each text, the paragraphs that use the term, in a
        run ("¶ 4, p. 44; ¶ 5, p. 44"), as a printed index gives them, not a line of context for
        each occurrence (the screen's concordance, more than a hundred pages in print)."""
        for box in self.document.findall(nodes.container):
            if "gloss-usage" not in box.get("classes", []):
                continue
            for item in list(box.findall(nodes.list_item)):
                head = item.children[0] if item.children else None
                nested = [n for n in item.children if isinstance(n, nodes.bullet_list)]
                if not isinstance(head, nodes.paragraph) or not nested:
                    continue
                seen, refs = set(), []
                for ref in (r for n in nested for r in n.findall(para_xref)):
                    if (ref["target"], ref["number"]) not in seen:
                        seen.add((ref["target"], ref["number"]))
                        refs.append(ref)
                for n in nested:
                    item.remove(n)
                for i, ref in enumerate(refs):
                    ref.parent.remove(ref)
                    head += nodes.Text("; " if i else " ")
                    head += ref

    def print_glossary(self) -> None:
        """The glossary's printed head note; the screen's lists of links to its pages and
        letters go, and a letter's heading ("Glossary: A") is the letter alone."""
        for box in list(self.document.findall(nodes.container)):
            if "gloss-a-z" not in box.get("classes", []) or not isinstance(box.parent, nodes.section):
                continue
            section = box.parent
            intro = [n for n in section.children[1:section.index(box)] if isinstance(n, nodes.paragraph)]
            for paragraph in intro[1:]:
                section.remove(paragraph)
            if intro:
                intro[0].replace_self(self.head_note("glossary"))
            section.remove(box)
            heading = next((n for n in section.children if isinstance(n, nodes.title)), None)
            chapter = heading.astext() if heading is not None else ""
            for title in list(section.findall(nodes.title)):
                text = title.astext()
                if chapter and text.startswith(chapter + ": ") and title is not heading:
                    title[:] = [nodes.Text(text.removeprefix(chapter + ": "))]
        for paragraph in list(self.document.findall(nodes.paragraph)):
            if "gloss-letters" in paragraph.get("classes", []):
                paragraph.parent.remove(paragraph)
            elif "gloss-forms" in paragraph.get("classes", []):
                # a list of forms, some long: ragged right, not a justified line of wide spaces
                paragraph.insert(0, latex_raw("{\\edraggedright{}"))
                paragraph += latex_raw("\\par}")

    # -- a paragraph's mark kept with its number and siglum at the end of a line

    def tie_marks(self) -> None:
        """"K ¶ 18" and "¶ 18" never broken across two lines (no-break spaces)."""
        skip = (nodes.literal, nodes.literal_block, nodes.raw, nodes.title)
        for text in list(self.document.findall(nodes.Text)):
            if "¶ " not in text or any(isinstance(a, skip) for a in _ancestors(text)):
                continue
            tied = tie_paragraph_marks(str(text))
            if tied != str(text):
                text.parent.replace(text, nodes.Text(tied))

    # -- parallel passages: the mark Libertine has no glyph for

    def parallel_marks(self) -> None:
        for text in list(self.document.findall(nodes.Text)):
            if "⇄" not in text:
                continue
            parts = str(text).split("⇄")
            parent = text.parent
            at = parent.index(text)
            parent.remove(text)
            new: list[nodes.Node] = []
            for i, piece in enumerate(parts):
                if i:
                    new.append(nodes.raw("", r"\edparallelmark{}", format="latex"))
                if piece:
                    new.append(nodes.Text(piece))
            for offset, node in enumerate(new):
                parent.insert(at + offset, node)

    # -- checksums: places to break a line

    def breakable_literals(self) -> None:
        for literal in list(self.document.findall(nodes.literal)):
            pieces = breakable(literal.astext())
            if len(pieces) > 1 and not any(isinstance(a, nodes.title) for a in _ancestors(literal)):
                code = r"\allowbreak{}".join(tex(p) for p in pieces)
                literal.replace_self(latex_raw(macro("sphinxcode", macro("sphinxupquote", code))))

    # -- addresses in the running text (a witness's "Retrieved … from http://…"): places to break

    def breakable_addresses(self) -> None:
        skip = (nodes.literal, nodes.literal_block, nodes.raw, nodes.title, nodes.FixedTextElement)
        for text in list(self.document.findall(nodes.Text)):
            if "://" not in text or any(isinstance(a, skip) for a in _ancestors(text)):
                continue
            if any(isinstance(a, nodes.reference) and a.get("refuri") == a.astext() for a in _ancestors(text)):
                continue  # written as \sphinxurl, which breaks by itself (xurl)
            pieces: list[nodes.Node] = []
            at = 0
            for m in ADDRESS_RE.finditer(str(text)):
                pieces.append(nodes.Text(str(text)[at:m.start()]))
                for i, piece in enumerate(address_pieces(m.group(0))):
                    if i:
                        pieces.append(latex_raw(r"\allowbreak{}"))
                    pieces.append(nodes.Text(piece))
                at = m.end()
            pieces.append(nodes.Text(str(text)[at:]))
            parent = text.parent
            position = parent.index(text)
            parent.remove(text)
            for offset, node in enumerate(p for p in pieces if not isinstance(p, nodes.Text) or str(p)):
                parent.insert(position + offset, node)

    # -- the bibliography: author–year, in its chapter, with pages

    def place_bibliography(self) -> None:
        bib = next(iter(self.document.findall(thebibliography)), None)
        if bib is None:
            return
        cited = citation_labels(self.document)
        fallback = self.author_year_labels()
        labelled = []
        for citation in bib.children:
            assert isinstance(citation, nodes.Element)  # sphinxcontrib-bibtex's citation nodes
            key = f"cite.{citation['docname']}:{citation['ids'][0]}"
            label = cited.get(key) or fallback.get((citation["docname"], citation["ids"][0]), "")
            body = citation.astext().removeprefix(citation[0].astext())
            labelled.append((sort_key(label or body), sort_key(body), key, label, citation))
        labelled.sort(key=lambda row: row[:2])
        for _, _, key, label, citation in labelled:
            paragraphs = list(citation.findall(nodes.paragraph))
            if paragraphs:
                if label:
                    paragraphs[0].insert(0, latex_raw(macro("edbiblabel", tex(label))))
                paragraphs[-1] += latex_raw(macro("edbackrefs", key))
        del bib[:]
        bib.extend(row[-1] for row in labelled)
        home = self.config.edition_bibliography
        part = next((p for p in self.document.findall(addnodes.start_of_file) if p["docname"] == home), None)
        section = next(iter(part.findall(nodes.section)), None) if part is not None else None
        if section is not None:
            bib.parent.remove(bib)
            intro = next((n for n in section.children if isinstance(n, nodes.paragraph)), None)
            if intro is not None:
                intro.replace_self(self.head_note("bibliography"))
            section += bib

    def head_note(self, name: str) -> nodes.raw:
        """The printed form's head note of a chapter, from ``docs/_latex/intro/<name>.tex``."""
        path = Path(edition_domain(self.env).edition_data.print_design) / HEAD_NOTES / f"{name}.tex"
        return nodes.raw("", path.read_text(encoding="utf-8") + "\n", format="latex")


    def author_year_labels(self) -> dict[tuple[str, str], str]:
        """"Surname, year" for each entry, for the entries no text cites ((document, citation id) → label).

        A citation's id is unique only within its document: each text's list of
        works cited numbers its entries as the bibliography does its own.
        """
        domain = bibtex_domain(self.env)
        entries = domain.bibdata.data.entries
        labels = {}
        for citation in domain.citations:
            entry = entries.get(citation.key)
            if entry is None:
                continue
            people = entry.persons.get("author") or entry.persons.get("editor") or []
            names = [" ".join(p.last_names).replace("{", "").replace("}", "") for p in people]
            who = (names[0] if len(names) == 1 else f"{names[0]} and {names[1]}" if len(names) == 2
                   else f"{names[0]} et al." if names else "")
            if not who:
                # no person: the body that speaks for the work, or else its title, as author–year lists do
                who = entry.fields.get("organization") or short_title(entry.fields.get("title", ""))
                who = re.sub(r"\\.|[{}]", "", who).strip()
            year = entry.fields.get("year", "n.d.")
            labels[(citation.bibliography_key.docname, citation.citation_id)] = f"{who}, {year}" if who else ""
        return labels


def citation_labels(document: nodes.document) -> dict[str, str]:
    """The author–year form under which the texts cite each work: bibliography key → label.

    sphinxcontrib-bibtex writes a citation in LaTeX as ``\\hyperlink{cite.…}{`` (raw),
    the label's text, and ``}``; the label is the most frequent parenthetical form
    ("Clarke et al., 1995", not the year alone of a textual citation).
    """
    seen: dict[str, dict[str, int]] = {}
    for raw in document.findall(nodes.raw):
        m = re.fullmatch(r"\\hyperlink\{(cite\.[^}]*)\}\{", raw.astext())
        if not m or raw.parent is None:
            continue
        siblings = raw.parent[raw.parent.index(raw) + 1:]
        text = []
        for sibling in siblings:
            if isinstance(sibling, nodes.raw) and sibling.astext() == "}":
                break
            text.append(sibling.astext())
        label = "".join(text).strip()
        if "," in label:
            counts = seen.setdefault(m.group(1), {})
            counts[label] = counts.get(label, 0) + 1
    return {key: max(counts, key=lambda label: (counts[label], label)) for key, counts in seen.items()}


def _is_note_mark(node: nodes.Node) -> bool:
    """A note's marker (or the note itself, which LaTeX sets where its marker is)."""
    if isinstance(node, nodes.footnote | nodes.footnote_reference | printed_ednote):
        return True
    return isinstance(node, nodes.raw) and node.astext().startswith(("\\edednotemark", "\\index["))


def _own_nodes(part: nodes.Element, kind: type[nodes.Element]) -> list[nodes.Element]:
    """The nodes of *kind* in the document *part*, not in the documents nested in it."""
    found, stack = [], list(reversed(part.children))
    while stack:
        node = stack.pop()
        if isinstance(node, addnodes.start_of_file):
            continue
        if isinstance(node, kind):
            found.append(node)
        if isinstance(node, nodes.Element):
            stack.extend(reversed(node.children))
    return found


def _ancestors(node: nodes.Node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def note_print_design(app: Sphinx) -> None:
    """Where the design is, absolute, for the post-transform (which has no ``app``)."""
    design = app.config.edition_print_design
    edition_domain(app.env).update_edition_data(print_design=str(Path(app.confdir) / design) if design else "")


# -- Writing -------------------------------------------------------------------------


def visit_printed_ednote(self, node: printed_ednote) -> None:
    self.body.append(macro("edednotetext", node["label"], node["anchor"]) + "{%")


def depart_printed_ednote(self, node: printed_ednote) -> None:
    self.body.append("}")


#: what xindy needs besides ``sphinx.xdy``: an en dash between the pages of a range (Sphinx's
#: LaTeX turns off fontspec's TeX ligatures, so "--" would stay two hyphens)
XINDY_RANGES = ('\n;; The Russian Question (tools/edition/sphinxext/latex.py): page ranges\n'
                '(markup-range :sep "\\textendash{}")\n')

#: what latexmk needs besides Sphinx's ``latexmkrc`` (Perl): the number of xelatex runs is the
#: build's time (``nox -s bench``). Every run but the last writes only the .xdv, and xdvipdfmx
#: makes the PDF once (latexmk's ``-pdfxe``, which Sphinx's Makefile recommends "for faster
#: builds"; its ``-pdf`` asks for the PDF from each run). The line of the .aux that gives the
#: number of pages is left out of the comparison that decides on another run: only the hook
#: ``shipout/lastpage`` reads it, and nothing of the edition's uses that hook; the number
#: changes from the first run to the second whenever the indexes, made between them, add a
#: page at the end. (The page references hold still too: ``\edpageref``, preamble.tex.)
LATEXMK_RULES = (
    "\n# The Russian Question (tools/edition/sphinxext/latex.py): the PDF made once, by xdvipdfmx\n"
    "$pdf_mode = 5;\n"
    "@ARGV = map { /^--?pdf$/ ? '-pdfxe' : $_ } @ARGV;\n"
    # the regular expression ^\\gdef \\@abspage@last\{ in a string of Perl's single quotes
    r"$hash_calc_ignore_pattern{'aux'} = '^\\\\gdef \\\\@abspage@last\\{';" "\n"
)


def _append_rules(path: Path, rules: str) -> None:
    """Add *rules* (their first line names them) at the end of the support file *path*, once."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        head = text.split(rules.split("\n")[1], 1)[0].rstrip("\n")  # an earlier build's rules go
        if head + rules != text:
            path.write_text(head + rules, encoding="utf-8")


def add_build_rules(app: Sphinx, exception: Exception | None) -> None:
    """Add the edition's rules to the copies of ``sphinx.xdy`` (the indexes) and ``latexmkrc``."""
    if exception is not None or app.builder.name != "latex":
        return
    _append_rules(Path(app.outdir) / "sphinx.xdy", XINDY_RANGES)
    _append_rules(Path(app.outdir) / "latexmkrc", LATEXMK_RULES)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.setup_extension("edition.sphinxext.domain")
    app.setup_extension("edition.sphinxext.ednotes")
    app.setup_extension("edition.sphinxext.paragraphs")  # the manifest's records (EditionData.witnesses)
    app.connect("config-inited", configure_latex, priority=900)
    app.connect("builder-inited", note_print_design)
    # LaTeX only: a visitor registered for "epub" would hide every other extension's
    # "html" visitors from the EPUB builder (Sphinx looks up the builder's name first)
    app.add_node(printed_ednote, latex=(visit_printed_ednote, depart_printed_ednote))
    app.add_post_transform(PrintedEdition)
    app.connect("build-finished", add_build_rules)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
