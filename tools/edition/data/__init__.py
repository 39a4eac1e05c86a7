"""The editors' data, read and judged: everything that is a decision, not a rule.

``manifest`` (the witnesses and their checksums), ``apparatus`` (the
editorial data of each witness: emendations, annotations, citations),
``glossary`` and ``indexes`` (the entry files), ``bibliography`` (the .bib
file and every place that cites it), ``markup`` (contributed MyST judged on
the build's own parser), ``scripts`` (look-alike letters), ``sourcing`` (the
sources the edition refuses), ``consistency`` (one person, one set of
dates), ``targets`` (references resolved against the pages to be made),
``settings`` (what ``conf.py`` and ``edition check`` share).

Each loader returns its records and every problem at once
(:class:`edition.errors.Problem`); ``edition check`` (:mod:`edition.check`)
runs them all.
"""
