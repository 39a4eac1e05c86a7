"""Tables of contents whose external entries a browser reads as a host on the build machine's network:
refused, and the build stops before writing."""

project = "Safety of tables of contents"
extensions = ["myst_parser", "edition.sphinxext.safety"]
