"""Pages with and without code and sphinx-design components (edition.sphinxext.assets)."""

project = "Assets"
extensions = ["myst_parser", "sphinx_design", "edition.sphinxext.assets"]
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
