"""Search: entries of the glossary and the indexes, and variant spellings.

Two additions to Sphinx's HTML search:

- The ``edition`` domain records every glossary and index entry as an
  object, so that a search for *nomenklatura* or *Gorbachov* offers the
  entry itself, linked to its anchor, above the pages that use the word.
  ``edition sync`` writes one ``edition:entry`` directive per entry::

      ```{edition:entry} person ix-persons-gorbachev-mikhail
      Gorbachev, Mikhail
      Gorbachov
      ```

  (the kind, the anchor, then the entry's names, the first being its
  heading). The directive itself shows nothing.
- An English search language that splits, folds and maps spellings with
  :mod:`edition.search`, both when the index is written and, through the
  same rules in JavaScript, when a reader searches: *glasnost'* finds
  *glasnostʹ*, *Gorbachov* finds *Gorbachev*.

The domain (:mod:`.domain`) keeps its objects keyed by document
(``clear_doc``, ``merge_domaindata``), so it is safe for parallel reading.
The spelling map is read from the indexes at ``builder-inited`` into the
build's :class:`~.domain.EditionData`; the search language of that build is
made for it (:func:`search_language`), and remembers the stems it computed,
for all pages and between builds (in the doctree folder, :data:`STEMS_FILE`).
Tested in ``tests/test_search.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.search import _MINIFIED_JS_PATH
from sphinx.search.en import SearchEnglish
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..data.indexes import load_indexes
from ..files import write_whole
from ..linking.search import TRANSLIT_MARKS, fold, spelling_map, split_words
from . import warning_types
from .domain import EditionDomain, edition_domain

logger = logging.getLogger(__name__)

#: where the stems of the words indexed are kept between builds (in the doctree folder)
STEMS_FILE = "edition-search-stems.json"


class EntryDirective(SphinxDirective):
    """Record a glossary or index entry for the search; shows nothing."""

    required_arguments = 2
    has_content = True

    def run(self) -> list[nodes.Node]:
        kind, anchor = self.arguments
        names = [line.strip() for line in self.content if line.strip()]
        domain: EditionDomain = edition_domain(self.env)
        if kind not in domain.object_types:
            logger.warning("edition:entry: unknown kind %r (one of %s)", kind, ", ".join(domain.object_types),
                           type=warning_types.TYPE, subtype=warning_types.SEARCH, location=self.get_location())
            return []
        if not names:
            logger.warning("edition:entry %s needs at least one name", anchor,
                           type=warning_types.TYPE, subtype=warning_types.SEARCH, location=self.get_location())
            return []
        domain.note_entry(self.env.docname, kind, anchor, names)
        return []


def entries_on_their_own_labels(app: Sphinx, doctree: nodes.document) -> None:
    """A search entry (``edition:entry``) whose anchor is no label of its own page stops the build, as
    ``edition check`` refuses it (:func:`edition.data.targets.resolve`): its result would link to
    nothing, or take over the result of the entry whose page makes that label (the last one read of
    an anchor wins). Before the guard's own ``doctree-read``, which reports it (:mod:`.safety`)."""
    docname = app.env.docname
    found: list[str] = app.env.temp_data.setdefault("edition_unsafe_source", [])  # type: ignore[assignment]
    for anchor, (doc, _kind, _names) in sorted(edition_domain(app.env).entries.items()):
        if doc == docname and anchor not in doctree.ids:
            message = (f"the search entry {{edition:entry}} names the anchor {anchor!r}, which is no label of "
                       "its own page")
            logger.error("%s; nothing is published", message, type=warning_types.TYPE,
                         subtype=warning_types.UNSAFE, location=docname)
            found.append(f"{app.env.doc2path(docname)}: {message}")


JS_SEARCH = """
const EDITION_SPELLINGS = %(spellings)s;
const EDITION_MARKS = /[%(marks)s]/g;
/* The edition's stemmer: fold (lower case, no diacritics, no transliteration
   marks), map variant spellings to the main form, then stem as English. */
class Stemmer {
  constructor() { this.english = new EnglishStemmer(); }
  stemWord(word) {
    let folded = word.toLowerCase().normalize("NFKD").replace(/\\p{M}/gu, "")
      .normalize("NFC").replace(EDITION_MARKS, "");
    /* own keys only: "constructor" or "toString" is a word, not the object's method */
    if (Object.prototype.hasOwnProperty.call(EDITION_SPELLINGS, folded)) folded = EDITION_SPELLINGS[folded];
    return this.english.stemWord(folded);
  }
}
window.Stemmer = Stemmer;
"""

JS_SPLITTER = """
/* Words run across transliteration marks (Mel'nikov is one word). */
function splitQuery(query) {
  return query
    .split(/[^\\p{Letter}\\p{Number}_\\p{Emoji_Presentation}%(marks)s]+/gu)
    .map((term) => term.replace(/^[%(marks)s]+|[%(marks)s]+$/gu, ""))
    .filter((term) => term);
}
"""


class EditionEnglish(SearchEnglish):
    """English search that folds spellings (:mod:`edition.search`).

    Made for each build by :func:`search_language`, with that build's
    spellings and the stems kept from earlier builds.
    """

    lang = "en"
    js_stemmer_rawcode = ""  # the stemmer code below carries Sphinx's own English stemmer
    #: folded variant → folded main form (the build's EditionData.spellings)
    spellings: Mapping[str, str] = {}
    #: word → its stem under the spellings, for every page of the build (and kept between builds)
    stems: dict[str, str] = {}

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        stemmers = "\n".join(
            (_MINIFIED_JS_PATH / name).read_text(encoding="utf-8")
            for name in ("base-stemmer.js", "english-stemmer.js")
        )
        marks = TRANSLIT_MARKS
        spellings = json.dumps(dict(self.spellings), ensure_ascii=False, sort_keys=True)
        self.js_stemmer_code = stemmers + JS_SEARCH % {"spellings": spellings, "marks": marks}
        self.js_splitter_code = JS_SPLITTER % {"marks": marks}
        # Sphinx remembers stems for one page at a time; the Snowball stemmer in
        # pure Python is then the most costly part of writing the HTML. The
        # stems are remembered for all pages, and between builds (``stems``).

    def split(self, input: str) -> list[str]:
        return split_words(input)

    def stem(self, word: str) -> str:
        stemmed = self.stems.get(word)
        if stemmed is None:
            folded = fold(word)
            stemmed = self.stems[word] = super().stem(self.spellings.get(folded, folded))
        return stemmed


def search_language(spellings: Mapping[str, str], stems: dict[str, str]) -> type[EditionEnglish]:
    """The English search of one build: :class:`EditionEnglish` with its spellings and stems."""
    return type("EditionEnglish", (EditionEnglish,), {"spellings": spellings, "stems": stems,
                                                      "__module__": __name__, "__doc__": EditionEnglish.__doc__})


def load_spellings(app: Sphinx) -> None:
    """The spellings of the indexes into the build's EditionData, and the search language made for them."""
    folder = Path(app.srcdir) / app.config.edition_indexes_dir
    entries, _problems = load_indexes(folder)  # problems stop the build in witnesses.py
    spellings = spelling_map(entries)
    edition_domain(app.env).update_edition_data(spellings=spellings)
    stems: dict[str, str] = {}
    try:
        kept = json.loads((Path(app.doctreedir) / STEMS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = None
    if isinstance(kept, dict) and kept.get("key") == _stems_key(spellings):
        stems.update(kept.get("stems", {}))
    # the language Sphinx's HTML builder makes its indexer with, for this build
    app.add_search_language(search_language(spellings, stems))


def _stems_key(spellings: Mapping[str, str]) -> list:
    """What the stems depend on: the spelling map and the stemmer."""
    from importlib.metadata import version

    return [dict(spellings), TRANSLIT_MARKS, version("snowballstemmer")]


def save_stems(app: Sphinx, exception: Exception | None) -> None:
    indexer = getattr(app.builder, "indexer", None)
    language = getattr(indexer, "lang", None)
    if exception is None and isinstance(language, EditionEnglish) and language.stems:
        spellings = edition_domain(app.env).edition_data.spellings
        path = Path(app.doctreedir) / STEMS_FILE
        write_whole(path, json.dumps({"key": _stems_key(spellings), "stems": language.stems}, ensure_ascii=False))


def reindex_on_new_spellings(app: Sphinx, env, added, changed, removed) -> list[str]:
    """Every page again when the spelling map changed: its words are indexed by it."""
    domain = edition_domain(env)
    spellings = dict(domain.edition_data.spellings)
    if domain.data["indexed_spellings"] == spellings:
        return []
    domain.data["indexed_spellings"] = spellings
    return sorted(env.found_docs - added - changed - removed) if domain.entries else []


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("edition.sphinxext.config")
    app.setup_extension("edition.sphinxext.domain")
    app.add_directive_to_domain("edition", "entry", EntryDirective)
    app.add_search_language(EditionEnglish)
    app.connect("builder-inited", load_spellings)
    app.connect("doctree-read", entries_on_their_own_labels, priority=400)  # before the guard reports it
    app.connect("env-get-outdated", reindex_on_new_spellings)
    app.connect("build-finished", save_stems)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
