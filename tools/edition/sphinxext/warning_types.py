"""Every warning and error the edition's extensions log: one type, and a subtype per concept.

Each message is logged with ``type=TYPE`` and one of the subtypes below, so
that one kind can be silenced (``suppress_warnings = ["edition.glossary"]``)
while the build stays ``-W``. Nothing else in the extensions spells these
strings; ``tests/test_sphinxext_setup.py`` checks that every subtype logged
is one of :data:`SUBTYPES`.
"""

from __future__ import annotations

#: the type of every warning of the edition's extensions
TYPE = "edition"

#: the witnesses and the editorial data, checked before anything is read (:mod:`.witnesses`)
WITNESS = "witness"
#: a broken .bib file, refused before sphinxcontrib-bibtex reads it (:mod:`.witnesses`)
BIBLIOGRAPHY = "bibliography"
#: the ``{para}`` role (:mod:`.paragraphs`)
PARA = "para"
#: the editor's notes (:mod:`.ednotes`)
EDNOTE = "ednote"
#: ``{gloss}`` terms (:mod:`.glossary`)
GLOSSARY = "glossary"
#: ``edition:entry`` records of the search (:mod:`.search`)
SEARCH = "search"
#: refused content (:mod:`.safety`)
UNSAFE = "unsafe"
#: ``{edition:repo}`` links (:mod:`.repository`)
REPO = "repo"
#: the configuration values of :mod:`.config`
CONFIG = "config"
#: a workaround of :mod:`.compat` left off because the installed version was not tested
COMPAT = "compat"

SUBTYPES = frozenset({WITNESS, BIBLIOGRAPHY, PARA, EDNOTE, GLOSSARY, SEARCH, UNSAFE, REPO, CONFIG, COMPAT})
