"""A term with no entry: a warning of subtype glossary, and the text kept."""

project = "Glossary"
extensions = ["myst_parser", "edition.sphinxext.glossary"]
exclude_patterns = ["glossary/*"]  # the entry files are not pages
edition_glossary_dir = "glossary"
