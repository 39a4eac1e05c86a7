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

The domain keeps its objects keyed by document (``clear_doc``,
``merge_domaindata``), so it is safe for parallel reading.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.domains import Domain, ObjType
from sphinx.search import _MINIFIED_JS_PATH
from sphinx.search.en import SearchEnglish
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..data.indexes import load_indexes
from ..linking.search import TRANSLIT_MARKS, fold, spelling_map, split_words

logger = logging.getLogger(__name__)

#: folded variant → folded main form, read from the indexes at builder-inited
SPELLINGS: dict[str, str] = {}
#: word → its stem under SPELLINGS; kept between builds in the doctree folder (STEMS_FILE)
STEMS: dict[str, str] = {}
STEMS_FILE = "edition-search-stems.json"


class EntryDirective(SphinxDirective):
    """Record a glossary or index entry for the search; shows nothing."""

    required_arguments = 2
    has_content = True

    def run(self) -> list[nodes.Node]:
        kind, anchor = self.arguments
        names = [line.strip() for line in self.content if line.strip()]
        domain: EditionDomain = self.env.domains["edition"]
        if kind not in domain.object_types:
            logger.warning("edition:entry: unknown kind %r (one of %s)", kind, ", ".join(domain.object_types),
                           type="edition", subtype="search", location=self.get_location())
            return []
        if not names:
            logger.warning("edition:entry %s needs at least one name", anchor,
                           type="edition", subtype="search", location=self.get_location())
            return []
        domain.note_entry(self.env.docname, kind, anchor, names)
        return []


class EditionDomain(Domain):
    """The edition's own objects: glossary terms and index entries."""

    name = "edition"
    label = "The Russian Question"
    object_types = {
        "term": ObjType("glossary term"),
        "person": ObjType("person"),
        "place": ObjType("place"),
        "organisation": ObjType("organisation"),
    }
    directives = {"entry": EntryDirective}
    #: entries: anchor → (docname, kind, names); spellings: the map the index was made with
    initial_data = {"entries": {}, "spellings": {}}
    data_version = 1

    @property
    def entries(self) -> dict[str, tuple[str, str, list[str]]]:
        return self.data["entries"]

    def note_entry(self, docname: str, kind: str, anchor: str, names: list[str]) -> None:
        self.entries[anchor] = (docname, kind, names)

    def clear_doc(self, docname: str) -> None:
        for anchor, (doc, _kind, _names) in list(self.entries.items()):
            if doc == docname:
                del self.entries[anchor]

    def merge_domaindata(self, docnames, otherdata: dict) -> None:
        for anchor, (doc, kind, names) in otherdata["entries"].items():
            if doc in docnames:
                self.entries[anchor] = (doc, kind, names)

    def resolve_any_xref(self, env, fromdocname, builder, target, node, contnode):
        return []

    def get_type_name(self, type: ObjType, primary: bool = False) -> str:
        return type.lname

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for anchor, (docname, kind, names) in sorted(self.entries.items()):
            shown = names[0] + (f" ({', '.join(names[1:])})" if len(names) > 1 else "")
            # the full name is the shown one, so that Sphinx keeps the anchor as given
            yield shown, shown, kind, docname, anchor, 1


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
    folded = EDITION_SPELLINGS[folded] || folded;
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
    """English search that folds spellings (:mod:`edition.search`)."""

    lang = "en"
    js_stemmer_rawcode = ""  # the stemmer code below carries Sphinx's own English stemmer

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        stemmers = "\n".join(
            (_MINIFIED_JS_PATH / name).read_text(encoding="utf-8")
            for name in ("base-stemmer.js", "english-stemmer.js")
        )
        marks = TRANSLIT_MARKS
        spellings = json.dumps(SPELLINGS, ensure_ascii=False, sort_keys=True)
        self.js_stemmer_code = stemmers + JS_SEARCH % {"spellings": spellings, "marks": marks}
        self.js_splitter_code = JS_SPLITTER % {"marks": marks}
        # Sphinx remembers stems for one page at a time; the Snowball stemmer in
        # pure Python is then the most costly part of writing the HTML. The
        # stems are remembered for all pages, and between builds (STEMS).

    def split(self, input: str) -> list[str]:
        return split_words(input)

    def stem(self, word: str) -> str:
        stemmed = STEMS.get(word)
        if stemmed is None:
            folded = fold(word)
            stemmed = STEMS[word] = super().stem(SPELLINGS.get(folded, folded))
        return stemmed


def load_spellings(app: Sphinx) -> None:
    entries, _problems = load_indexes(Path(app.srcdir) / "indexes")  # problems stop the build in witnesses.py
    SPELLINGS.clear()
    SPELLINGS.update(spelling_map(entries))
    STEMS.clear()
    try:
        kept = json.loads((Path(app.doctreedir) / STEMS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(kept, dict) and kept.get("key") == _stems_key():
        STEMS.update(kept.get("stems", {}))


def _stems_key() -> list:
    """What the stems depend on: the spelling map and the stemmer."""
    from importlib.metadata import version

    return [SPELLINGS, TRANSLIT_MARKS, version("snowballstemmer")]


def save_stems(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and STEMS and app.builder.format == "html":
        path = Path(app.doctreedir) / STEMS_FILE
        path.write_text(json.dumps({"key": _stems_key(), "stems": STEMS}, ensure_ascii=False), encoding="utf-8")


def reindex_on_new_spellings(app: Sphinx, env, added, changed, removed) -> list[str]:
    """Every page again when the spelling map changed: its words are indexed by it."""
    data = env.domains["edition"].data
    if data.get("spellings") == SPELLINGS:
        return []
    data["spellings"] = dict(SPELLINGS)
    return sorted(env.found_docs - added - changed - removed) if data.get("entries") else []


def setup_search(app: Sphinx) -> None:
    app.add_domain(EditionDomain)
    app.add_search_language(EditionEnglish)
    app.connect("builder-inited", load_spellings)
    app.connect("env-get-outdated", reindex_on_new_spellings)
    app.connect("build-finished", save_stems)
