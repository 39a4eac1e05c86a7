"""Raw HTML in a page: refused, reported, and the build stops before writing."""

project = "Safety"
extensions = ["myst_parser", "edition.sphinxext.safety"]
