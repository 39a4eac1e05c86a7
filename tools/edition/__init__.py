"""Tools for *The Russian Question*, a critical edition built with Sphinx.

The package is organised in the direction data flows:

``reading``   witness bytes → decoded text and lines (no Sphinx)
``layout``    lines → blocks: header, body, notes, furniture (no Sphinx)
``lexicon``   word knowledge for rejoining hyphens and separating words
``inline``    emendations inside a block, note markers, typography
``apparatus`` apparatus entries and the editors' data files
``convert``   the pipeline from witness to :class:`~edition.model.Edition`
``myst``      an edition → MyST Markdown
``manifest``  the witness manifest and its integrity check
``cli``       the ``edition`` command
``sphinxext`` the small Sphinx extensions of the edition
"""

__version__ = "0.1.0"
