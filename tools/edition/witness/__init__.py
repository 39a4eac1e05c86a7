"""The text core: a witness read, laid out, and its inline content found.

``reading`` (the bytes of a witness → its text and lines), ``layout`` (the
lines → segments: header, headings, paragraphs, notes, furniture),
``furniture`` (site furniture known by its form), ``labels`` (note markers
and bodies), ``lexicon`` (the words of a witness: hyphens, glued words),
``inline`` (emendations, note markers and typography inside a block).

Nothing here imports Sphinx, docutils or myst-parser, nor any later stage of
the pipeline (tests/test_layering.py): every rule is tested on small strings
(tests/test_conversion.py, tests/test_reading.py, tests/test_property.py).
"""
