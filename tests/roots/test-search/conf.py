"""An index entry in the search, and its variant spelling folded into the main form."""

project = "Search"
extensions = ["myst_parser", "edition.sphinxext.search"]
exclude_patterns = ["names/*"]
edition_indexes_dir = "names"  # not the default folder: the configuration value is honoured
