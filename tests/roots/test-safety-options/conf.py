"""Directives whose options the allow-list refuses (an option a directive may not have, a value not of its
kind) on a hand-written page: refused, and the build stops before writing."""

project = "Safety of directive options"
extensions = ["myst_parser", "sphinx_design", "edition.sphinxext.safety"]
myst_enable_extensions = ["colon_fence"]
