"""The smallest project: each of the edition's extensions is loaded into it alone (``confoverrides``)."""

project = "Minimal"
extensions: list[str] = []
bibtex_bibfiles: list[str] = []
edition_manifest = ""  # no witnesses
