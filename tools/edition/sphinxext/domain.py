"""The ``edition`` domain: where every extension of the edition keeps its state.

Two kinds of state, both in this domain's data (``env.domaindata["edition"]``)
and nowhere else (no module globals, no ``env.edition_*`` attributes):

- **Per document**, in the dictionaries named in :data:`PER_DOCUMENT`, each
  keyed by docname: what each page recorded while it was read (the glossary
  slugs it uses, where its citations stand, what was refused on it). A page
  read again is forgotten first (:meth:`EditionDomain.clear_doc`), and what
  parallel readers recorded is merged page by page
  (:meth:`EditionDomain.merge_domaindata`), so reading with ``-j`` gives the
  same data as reading in series.
- **For the build**: :class:`EditionData`, what the extensions read from the
  project's data files at ``builder-inited`` (the manifest's witnesses, the
  glossary's definitions, the spellings of the indexes), one typed, frozen
  record, reached through :attr:`EditionDomain.edition_data`; and, in
  :data:`BUILD_STATE`, what one build leaves for the next to compare with.

The search's objects (``edition:entry``) are the domain's own objects; see
:mod:`.search`. Tested in ``tests/test_sphinxext_domain.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar, NamedTuple

from sphinx.application import Sphinx
from sphinx.domains import Domain, ObjType


class Definition(NamedTuple):
    """A glossary entry as the tooltips show it."""

    #: the term, as the entry's heading gives it
    term: str
    #: its one-sentence definition, as plain text
    definition: str
    #: the entry's file
    path: str


def _frozen() -> Mapping:
    return MappingProxyType({})


@dataclass(frozen=True)
class EditionData:
    """What the extensions read from the project's data at ``builder-inited``, for one build."""

    #: witness id → its manifest record (:mod:`.paragraphs`, :mod:`.latex`)
    witnesses: Mapping[str, Mapping[str, Any]] = field(default_factory=_frozen)
    #: glossary slug → its definition (:mod:`.glossary`)
    definitions: Mapping[str, Definition] = field(default_factory=_frozen)
    #: folded variant spelling → folded main form, from the indexes (:mod:`.search`)
    spellings: Mapping[str, str] = field(default_factory=_frozen)
    #: the folder of the printed edition's design, absolute; empty: Sphinx's manual (:mod:`.latex`)
    print_design: str = ""

    def __post_init__(self) -> None:
        for item in dataclasses.fields(self):  # read-only, whoever made it
            object.__setattr__(self, item.name, _frozen_value(getattr(self, item.name)))

    def __reduce__(self):
        # MappingProxyType cannot be pickled (the environment is): pickle plain dicts
        return (_edition_data, ({f.name: _thawed(getattr(self, f.name)) for f in dataclasses.fields(self)},))


def _frozen_value(value: Any) -> Any:
    if isinstance(value, MappingProxyType):
        return value
    return MappingProxyType(dict(value)) if isinstance(value, Mapping) else value


def _thawed(value: Any) -> Any:
    return dict(value) if isinstance(value, Mapping) else value


def _edition_data(parts: dict[str, Any]) -> EditionData:
    return EditionData(**parts)


#: the per-document dictionaries of the domain's data: name → what it holds for a document
PER_DOCUMENT = {
    "entries": "anchor → (docname, kind, names): the glossary and index entries for the search",
    "gloss_slugs": "docname → the glossary slugs the page uses (edition.sphinxext.glossary)",
    "citation_places": "docname → {citation id → Place} (edition.sphinxext.citations)",
    "unsafe": "docname → what was refused on the page (edition.sphinxext.safety)",
}
#: what a build leaves for the next one to compare with: name → its meaning
BUILD_STATE = {
    "indexed_spellings": "the spelling map the search index was made with (edition.sphinxext.search)",
    "gloss_entries": "the slugs that had an entry when the pages were last read (edition.sphinxext.glossary)",
    "checked_bibfiles": "a fingerprint of the .bib files last checked (edition.sphinxext.bibliography)",
    "bibtex_texts": "the texts of the entries formatted by earlier builds (compat.sphinxcontrib_bibtex)",
    "back_links_digest": "what the bibliography's back-links were made of (edition.sphinxext.citations)",
    "bibliography_stale": "whether pages other than the bibliography were read (edition.sphinxext.citations)",
}


class EditionDomain(Domain):
    """The edition's own objects (glossary terms, index entries) and the extensions' state."""

    name = "edition"
    label = "The Russian Question"
    object_types = {
        "term": ObjType("glossary term"),
        "person": ObjType("person"),
        "place": ObjType("place"),
        "organisation": ObjType("organisation"),
    }
    initial_data: ClassVar[dict[str, Any]] = {
        **{name: {} for name in PER_DOCUMENT},
        "indexed_spellings": {}, "gloss_entries": set(), "checked_bibfiles": None, "bibtex_texts": {},
        "back_links_digest": None, "bibliography_stale": False,
        "edition_data": EditionData(),
    }
    data_version = 2  # 2: the extensions' state moved here from env.edition_* attributes

    # -- the data read for the build

    @property
    def edition_data(self) -> EditionData:
        return self.data["edition_data"]

    def update_edition_data(self, **parts: Any) -> None:
        """Replace parts of :attr:`edition_data` (each extension reads its own at ``builder-inited``)."""
        self.data["edition_data"] = dataclasses.replace(self.edition_data, **parts)

    # -- per document

    def per_document(self, name: str) -> dict[str, Any]:
        """The per-document dictionary *name* (one of :data:`PER_DOCUMENT`)."""
        return self.data[name]

    @property
    def entries(self) -> dict[str, tuple[str, str, list[str]]]:
        return self.data["entries"]

    def note_entry(self, docname: str, kind: str, anchor: str, names: list[str]) -> None:
        self.entries[anchor] = (docname, kind, names)

    def clear_doc(self, docname: str) -> None:
        for anchor, (doc, _kind, _names) in list(self.entries.items()):
            if doc == docname:
                del self.entries[anchor]
        for name in PER_DOCUMENT.keys() - {"entries"}:
            self.data[name].pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for anchor, (doc, kind, names) in otherdata["entries"].items():
            if doc in docnames:
                self.entries[anchor] = (doc, kind, names)
        for name in PER_DOCUMENT.keys() - {"entries"}:
            for docname in docnames & otherdata[name].keys():
                self.data[name][docname] = otherdata[name][docname]

    # -- objects, for the search

    def resolve_any_xref(self, env, fromdocname, builder, target, node, contnode):
        return []

    def get_type_name(self, type: ObjType, primary: bool = False) -> str:
        return type.lname

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for anchor, (docname, kind, names) in sorted(self.entries.items()):
            shown = names[0] + (f" ({', '.join(names[1:])})" if len(names) > 1 else "")
            # the full name is the shown one, so that Sphinx keeps the anchor as given
            yield shown, shown, kind, docname, anchor, 1


def edition_domain(env) -> EditionDomain:
    """The ``edition`` domain of *env* (a :class:`~sphinx.environment.BuildEnvironment`)."""
    return env.domains["edition"]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_domain(EditionDomain)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
