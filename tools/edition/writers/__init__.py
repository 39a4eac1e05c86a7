"""An :class:`~edition.model.Edition` written out: ``myst`` (the sources Sphinx reads),
``tei`` (TEI P5 XML, for download), ``plaintext`` (plain text, for download), ``printed`` (the printed
edition's rules, used by the LaTeX layer).

Each writer walks the inline pieces with a subclass of
:class:`edition.model.PieceVisitor`.
"""
