"""A small furo project for the navigation tests: toctrees of every kind.

Its ``setup`` records, for every page, the sidebar tree the edition made
and the one furo makes by itself, for the tests to compare.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

project = "Navigation test"
extensions = ["myst_parser", "sphinxcontrib.bibtex", "edition.sphinxext"]
bibtex_bibfiles: list[str] = []
edition_manifest = ""  # no witnesses
edition_glossary_dir = "glossary"
html_theme = "furo"
smartquotes = False
# part/two is both in the numbered toctree and below it, to test the marks
# of a page listed twice; Sphinx warns that it cannot number it twice.
suppress_warnings = ["toc.secnum"]


def record(app, pagename, templatename, context, doctree):
    import furo

    from edition.sphinxext.compat.furo import CONTEXT_KEY

    # furo's own function (wrapped by edition.sphinxext.compat.furo when the workaround is on)
    compute = getattr(furo._compute_navigation_tree, "__wrapped__", furo._compute_navigation_tree)
    furo_own = compute(context)
    record = {"edition": context.get("furo_navigation_tree"), "furo": furo_own, "fast": CONTEXT_KEY in context}
    out = Path(app.outdir, "_navigation", pagename + ".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record), encoding="utf-8")


def setup(app):
    app.connect("html-page-context", record, priority=900)
