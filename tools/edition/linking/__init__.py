"""Links made between the texts and the rest of the edition.

``terms`` (glossary terms and index names found in the texts, and linked),
``cite`` (how a text and a paragraph are cited), ``search`` (the spellings
the search treats as one).
"""
