"""sphinxcontrib-bibtex, made to scale with the number of texts.

Each text ends with its own ``{bibliography}`` (``:filter: docname in
docnames``). For every bibliography, sphinxcontrib-bibtex scans every
citation of the edition once per entry of the bibliography file (to find
where the entry is cited), and sorts all citations again by the position of
their document, found with ``list.index``: the cost grows with the square of
the number of texts. :class:`IndexedBibtexDomain` computes both once per
build (when sphinxcontrib-bibtex formats the bibliographies, in
``env-updated``) and answers from them; the results, and their order, are
the same. A document citing the same work the same way again gets a copy of
the first citation's resolved node (:meth:`IndexedBibtexDomain.resolve_xref`);
a document citing it as another did gets the text formatted for the other,
linked to its own bibliography (:class:`FormattedReferences`).

pybtex decodes every field and name from LaTeX with latexcodec, a character
at a time, every time an entry or a citation is formatted; most fields hold
no LaTeX at all. :func:`decode_latex` returns those unchanged and remembers
the others.

Besides, ``pybtex.plugin.find_plugin`` scans the installed packages' entry
points on every call, and sphinxcontrib-bibtex calls it for every citation it
resolves; :func:`register_pybtex_plugins` registers those plugins at run
time, where pybtex looks first.
"""

from __future__ import annotations

import codecs
import copy
import functools
import hashlib
import re
from collections import defaultdict
from pathlib import Path

from pybtex.richtext import BaseMultipartText
from pybtex.style import FormattedEntry
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinxcontrib.bibtex.citation_target import parse_citation_targets
from sphinxcontrib.bibtex.domain import BibtexDomain, _FilterVisitor

logger = logging.getLogger(__name__)

#: pybtex plugins sphinxcontrib-bibtex looks up again for every citation it resolves
PYBTEX_PLUGINS = [("pybtex.backends", "plaintext")]


class IndexedBibtexDomain(BibtexDomain):
    """The ``cite`` domain, with the citations indexed while the bibliographies are formatted."""

    #: while formatting (in env_updated): key → the documents citing it, and the keys in document order
    _citing: dict[str, set[str]] | None = None
    _cited_keys: tuple[list[str], list[str]] | None = None

    def env_updated(self):
        citing: dict[str, set[str]] = defaultdict(set)
        for ref in self.citation_refs:
            for target in ref.targets:
                citing[target.key].add(ref.docname)
        self._citing, self._cited_keys = citing, None
        self._resolved, self._known_keys = ("", {}), None  # the citations are formatted again
        style = _caching_style(self.env.config.bibtex_default_style)
        if style is not None:
            # the entries formatted by earlier builds, as long as the .bib files are the same
            fingerprint = bib_fingerprint(self.bibdata.bibfiles)
            kept = getattr(self.env, "edition_bibtex_texts", {})
            style._texts = {k: v for k, v in kept.items() if k[1] == fingerprint}
            style.fingerprint = fingerprint
        try:
            return list(super().env_updated())
        finally:
            self._citing = self._cited_keys = None
            if style is not None:
                self.env.edition_bibtex_texts = style._texts
                style.fingerprint, style._texts = "", {}

    #: the citations resolved in the document being written: (docname, {(type, target): node})
    _resolved: tuple[str, dict] = ("", {})
    #: the keys of the citations, once they are all known (:meth:`_cited_keys_known`)
    _known_keys: frozenset[str] | None = None

    def resolve_xref(self, env, fromdocname, builder, typ, target, node, contnode):
        """As sphinxcontrib-bibtex's, answered from a copy when the document cited the same before.

        The node depends only on the citing document, the role and the
        target (keys, pre- and post-texts); a target with a key that is
        unknown is resolved every time, so that every occurrence warns.
        """
        docname, resolved = self._resolved
        if docname != fromdocname:
            self._resolved = (fromdocname, resolved := {})
        found = resolved.get((typ, target))
        if found is not None:
            return found.deepcopy()
        result = super().resolve_xref(env, fromdocname, builder, typ, target, node, contnode)
        if all(t.key in self._cited_keys_known() for t in parse_citation_targets(target)):
            resolved[typ, target] = result.deepcopy()
        return result

    def _cited_keys_known(self) -> frozenset[str]:
        """The keys a citation can resolve to (in a bibliography listing citations)."""
        if self._known_keys is None:
            self._known_keys = frozenset(cit.key for cit in self.citations
                                         if self.bibliographies[cit.bibliography_key].list_ == "citation")
        return self._known_keys

    def get_all_cited_keys(self, docnames):
        if self._citing is None:
            yield from super().get_all_cited_keys(docnames)
            return
        if self._cited_keys is None or self._cited_keys[0] is not docnames:
            position = {name: i for i, name in enumerate(docnames)}
            if any(ref.docname not in position for ref in self.citation_refs):
                yield from super().get_all_cited_keys(docnames)  # fails there as it would
                return
            # sorted() is stable: the same order as sorting by docnames.index()
            refs = sorted(self.citation_refs, key=lambda ref: position[ref.docname])
            self._cited_keys = (docnames, [target.key for ref in refs for target in ref.targets])
        yield from self._cited_keys[1]

    def get_filtered_entries(self, bibliography_key):
        """As sphinxcontrib-bibtex's, with the citing documents looked up in the index."""
        if self._citing is None:
            yield from super().get_filtered_entries(bibliography_key)
            return
        bibliography = self.bibliographies[bibliography_key]
        for entry in self.get_entries(bibliography.bibfiles):
            key = bibliography.keyprefix + entry.key
            cited_docnames = set(self._citing.get(key, ()))
            visitor = _FilterVisitor(entry=entry, docname=bibliography_key.docname, cited_docnames=cited_docnames)
            try:
                success = visitor.visit(bibliography.filter_)
            except ValueError as err:
                logger.warning(
                    "syntax error in :filter: expression; %s", err,
                    location=(bibliography_key.docname, bibliography.line),
                    type="bibtex",
                    subtype="filter_syntax_error",
                )
                success = bool(cited_docnames)  # recover by falling back to the default
            if success or entry.key in bibliography.keys:
                yield key, entry


#: what only latexcodec can decode: commands, math, comments, ties, the ligatures
#: ,, !` ?`, and runs of white space, which LaTeX collapses (braces it keeps as
#: they are: pybtex's own parser reads them)
LATEX_MARKUP = re.compile(r"[\\$%#~\t\n\r]|,,|!`|\?`|  |^ | $")
#: the ligatures for dashes and quotes, read left to right as latexcodec reads them
LIGATURES = re.compile(r"---|--|``|''")
LIGATURE_TEXT = {"---": "\u2014", "--": "\u2013", "``": "\u201c", "''": "\u201d"}


@functools.lru_cache(maxsize=8192)
def decode_latex(latex: str) -> str:
    """*latex* as Unicode, as ``codecs.decode(latex, "ulatex")`` gives it, but fast without commands.

    Most fields are plain text, case-protecting braces, dashes and quotes;
    latexcodec reads them a character at a time, a regular expression at once.
    """
    if not LATEX_MARKUP.search(latex):
        return LIGATURES.sub(lambda m: LIGATURE_TEXT[m.group()], latex)
    import latexcodec  # noqa: F401  (registers the codec)

    return codecs.decode(latex, "ulatex")


def _text_from_latex(cls, latex: str):
    """pybtex's ``Text.from_latex``, decoding with :func:`decode_latex`."""
    from pybtex.markup import LaTeXParser

    return LaTeXParser(decode_latex(latex)).parse()


def hand_over_bibdata(app: Sphinx, parsed: list) -> None:
    """Give sphinxcontrib-bibtex a .bib file as the check parsed it, so that it is not parsed twice.

    sphinxcontrib-bibtex keeps what it parsed with the files' times, and
    parses again only files that changed; this is what it would have kept.
    Only for a single UTF-8 file: several files share one parser there (a
    ``@string`` of one serves the next), which separate parses do not.

    :param parsed: (path, ``BibliographyData``) for each file, in order
    """
    from sphinxcontrib.bibtex.bibfile import BibData, BibFile, get_mtime

    encoding = getattr(app.config, "bibtex_encoding", "utf-8-sig")
    if len(parsed) != 1 or parsed[0][1] is None or codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
        return
    path, data = parsed[0]
    path = path.resolve()
    domain = app.env.get_domain("cite")
    domain.data["bibdata"] = BibData(encoding=encoding, data=data,
                                     bibfiles={path: BibFile(mtime=get_mtime(path), keys=dict.fromkeys(data.entries))})


def bib_fingerprint(paths) -> str:
    """A digest of the .bib files *paths* (their names and bytes)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode("utf-8") + b"\0")
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"(unreadable)")
    return digest.hexdigest()


def _caching_style(name: str) -> type | None:
    """The registered formatting style *name*, if it is the caching one."""
    import pybtex.plugin

    try:
        style = pybtex.plugin.find_plugin("pybtex.style.formatting", name)
    except pybtex.plugin.PluginNotFound:
        return None
    return style if hasattr(style, "fingerprint") else None


def caching_style(style: type) -> type:
    """*style* (a pybtex formatting style), remembering the text of each entry it formats.

    Every text's bibliography formats its entries again, and each twice (the
    entry and its tooltip); the text of an entry depends only on the entry and
    the style's options, never on its label.
    """

    class CachingStyle(style):
        #: a fingerprint of the .bib files being formatted, set for each build (empty: no caching)
        fingerprint: str = ""
        #: (entry key, fingerprint, options) → its formatted text; kept in the environment
        #: between builds (:meth:`IndexedBibtexDomain.env_updated`)
        _texts: dict = {}

        def format_entry(self, label, entry, bib_data=None):
            if bib_data is not None or not self.fingerprint:
                return super().format_entry(label, entry, bib_data=bib_data)
            key = (entry.key, self.fingerprint, self.abbreviate_names, self.min_crossrefs,
                   type(self.name_style).__qualname__)
            text = self._texts.get(key)
            if text is not None:
                return FormattedEntry(entry.key, text, label)
            formatted = super().format_entry(label, entry)
            self._texts[key] = formatted.text
            return formatted

    CachingStyle.__name__ = CachingStyle.__qualname__ = f"Caching{style.__name__}"
    return CachingStyle


def register_pybtex_plugins(app: Sphinx) -> None:
    """Look up once the pybtex plugins sphinxcontrib-bibtex needs for every citation.

    The classes registered are the very ones the entry points name (the
    formatting style made to remember its entries' texts).
    """
    import pybtex.plugin
    import pybtex.richtext

    pybtex.richtext.Text.from_latex = classmethod(_text_from_latex)
    find_plugin = _plugin_finder()
    for group, name in PYBTEX_PLUGINS:
        pybtex.plugin.register_plugin(group, name, find_plugin(group, name), force=True)
    name = app.config.bibtex_default_style
    try:
        style = find_plugin("pybtex.style.formatting", name)
    except pybtex.plugin.PluginNotFound:
        return  # sphinxcontrib-bibtex reports it
    if not hasattr(style, "fingerprint"):  # not already made to remember (a second build in one process)
        pybtex.plugin.register_plugin("pybtex.style.formatting", name, caching_style(style), force=True)
    # the plugins every new style object looks up (its names, labels and sorting)
    defaults = getattr(pybtex.plugin, "_DEFAULT_PLUGINS", {})
    for kind, group in (("name", "pybtex.style.names"), ("label", "pybtex.style.labels"),
                        ("sorting", "pybtex.style.sorting")):
        part = getattr(style, f"default_{kind}_style", None) or defaults.get(group)
        if part:
            pybtex.plugin.register_plugin(group, part, find_plugin(group, part), force=True)


def _plugin_finder():
    """``pybtex.plugin.find_plugin``, with the installed entry points read once, not at every call."""
    import importlib.metadata

    import pybtex.plugin

    installed = importlib.metadata.entry_points()
    registered = getattr(pybtex.plugin, "_RUNTIME_PLUGINS", {})

    def find_plugin(group: str, name: str):
        for search in (group, group + ".aliases"):
            klass = registered.get(search, {}).get(name)
            if klass is not None:
                return klass
            for entry_point in installed.select(group=search, name=name):
                return entry_point.load()
        return pybtex.plugin.find_plugin(group, name)  # pybtex's own answer, or its error

    return find_plugin


#: the fields of a citation's reference information that make its link, not its text
LINK_FIELDS = ("builder", "fromdocname", "todocname", "citation_id")


class FormattedReferences:
    """sphinxcontrib-bibtex's ``format_references``, remembering what it formatted.

    The text of a citation (``Author and Bee, 2020``) depends on the role,
    the entries cited, their formatted entries and the citation's pre- and
    post-texts and title, not on where it is or where it links. Each text
    cites its own bibliography, so the same citation in another text gets
    the rich text formatted before, with that text's reference information
    (the link) put in place of the other's. The entries and the style must
    be the very objects formatted before; anything else is formatted anew.
    """

    def __init__(self, format_references) -> None:
        self.format_references = format_references
        self.made: dict = {}

    def __call__(self, style, role_name, references):
        references = list(references)
        try:
            key = (role_name, *((entry.key, formatted.key, formatted.label,
                                 info._replace(**dict.fromkeys(LINK_FIELDS)))
                                for entry, formatted, info in references))
        except (AttributeError, TypeError, ValueError):  # reference information of another kind
            return self.format_references(style, role_name, references)
        kept = self.made.get(key)
        if kept is not None:
            kept_style, kept_references, text = kept
            pairs = list(zip(kept_references, references, strict=True))  # the key has one part per reference
            if kept_style is style and all(
                entry is old_entry and formatted.text is old_formatted.text
                for (old_entry, old_formatted, _), (entry, formatted, _) in pairs
            ):
                infos = {id(old[2]): new[2] for old, new in pairs}
                return _with_infos(text, infos)
        text = self.format_references(style, role_name, references)
        self.made[key] = (style, references, text)
        return text


def _with_infos(text, infos: dict):
    """A copy of the rich *text* with each reference's information replaced from *infos* (by ``id``)."""
    if not isinstance(text, BaseMultipartText):
        return text  # a leaf: a string, no reference
    new = copy.copy(text)
    new.parts = [_with_infos(part, infos) for part in text.parts]
    info = getattr(text, "info", None)
    if isinstance(info, tuple):
        new.info = tuple(infos.get(id(item), item) for item in info)
    return new


def remember_formatted_references(app: Sphinx) -> None:
    """Put :class:`FormattedReferences` in sphinxcontrib-bibtex's way, empty for each build."""
    import sphinxcontrib.bibtex.domain as domain

    current = domain.format_references
    if isinstance(current, FormattedReferences):
        current.made.clear()
    else:
        domain.format_references = FormattedReferences(current)


def setup_bibtex(app: Sphinx) -> None:
    """Needs ``sphinxcontrib.bibtex`` loaded first (it is, in ``conf.py``)."""
    app.setup_extension("sphinxcontrib.bibtex")
    app.add_domain(IndexedBibtexDomain, override=True)
    app.connect("builder-inited", register_pybtex_plugins)
    app.connect("builder-inited", remember_formatted_references)
