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
linked to its own bibliography (:class:`FormattedReferences`, in place of
the private ``sphinxcontrib.bibtex.domain.format_references``). A .bib file
the edition has parsed already to check it is handed over
(:func:`hand_over_bibdata`).

Switch: ``edition_compat_sphinxcontrib_bibtex``; tested versions:
:data:`~edition.sphinxext.compat.TESTED`. Differential test:
``tests/test_compat_sphinxcontrib_bibtex.py`` (the citations and
bibliographies of a test project with the workaround and without, byte for
byte).
"""

from __future__ import annotations

import codecs
import copy
from collections import defaultdict

from pybtex.richtext import BaseMultipartText
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging
from sphinxcontrib.bibtex.citation_target import parse_citation_targets
from sphinxcontrib.bibtex.domain import BibtexDomain, _FilterVisitor

from ...data.bibliography import bib_fingerprint
from ..domain import edition_domain
from . import enabled
from .pybtex import _caching_style

logger = logging.getLogger(__name__)


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
            kept = edition_domain(self.env).data["bibtex_texts"]
            style._texts = {k: v for k, v in kept.items() if k[1] == fingerprint}
            style.fingerprint = fingerprint
        try:
            return list(super().env_updated())
        finally:
            self._citing = self._cited_keys = None
            if style is not None:
                edition_domain(self.env).data["bibtex_texts"] = style._texts
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


def forget_formatted_references() -> None:
    """sphinxcontrib-bibtex's own ``format_references`` back, if an earlier build in this process wrapped it."""
    import sphinxcontrib.bibtex.domain as domain

    if isinstance(domain.format_references, FormattedReferences):
        domain.format_references = domain.format_references.format_references


def activate(app: Sphinx, config: Config) -> None:
    """At ``config-inited`` (before the environment's domains are made): the indexed domain, if
    the switch is on and sphinxcontrib-bibtex's version tested; its own otherwise."""
    if enabled(app, "sphinxcontrib-bibtex"):
        app.add_domain(IndexedBibtexDomain, override=True)
        app.connect("builder-inited", remember_formatted_references)
    else:
        forget_formatted_references()
