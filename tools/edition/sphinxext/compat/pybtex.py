"""pybtex: LaTeX decoded fast, plugins looked up once, entries formatted once.

pybtex decodes every field and name from LaTeX with latexcodec, a character
at a time, every time an entry or a citation is formatted; most fields hold
no LaTeX at all. :func:`decode_latex` returns those unchanged and remembers
the others; it replaces the private decoding of ``pybtex.richtext.Text.from_latex``.

Besides, ``pybtex.plugin.find_plugin`` scans the installed packages' entry
points on every call, and sphinxcontrib-bibtex calls it for every citation it
resolves; :func:`register_pybtex_plugins` registers those plugins at run
time, where pybtex looks first, the formatting style made to remember the
text of each entry it formats (:func:`caching_style`; the cache is filled
only while :mod:`.sphinxcontrib_bibtex` formats the bibliographies).

Switch: ``edition_compat_pybtex``; tested versions:
:data:`~edition.sphinxext.compat.TESTED`. Differential tests:
``tests/test_compat_pybtex.py`` (:func:`decode_latex` against latexcodec on
any text; the citations and bibliographies of a test project with the
workaround and without, byte for byte).
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any

from pybtex.style import FormattedEntry
from sphinx.application import Sphinx

from . import enabled

#: pybtex plugins sphinxcontrib-bibtex looks up again for every citation it resolves
PYBTEX_PLUGINS = [("pybtex.backends", "plaintext")]

#: what only latexcodec can decode: commands, math, comments, ties, the ligatures
#: ,, !` ?`, and runs of white space, which LaTeX collapses (braces it keeps as
#: they are: pybtex's own parser reads them)
LATEX_MARKUP = re.compile(r"[\\$%#~\t\n\r]|,,|!`|\?`|  |^ | $")
#: the ligatures for dashes and quotes, read left to right as latexcodec reads them
LIGATURES = re.compile(r"---|--|``|''")
LIGATURE_TEXT = {"---": "\u2014", "--": "\u2013", "``": "\u201c", "''": "\u201d"}


@functools.lru_cache(maxsize=8192)
def decode_latex(latex: str) -> str:
    """*latex* as Unicode, as ``codecs.decode(latex, "ulatex")`` gives it, but fast without commands.

    Most fields are plain text, case-protecting braces, dashes and quotes;
    latexcodec reads them a character at a time, a regular expression at once.
    """
    if not LATEX_MARKUP.search(latex):
        return LIGATURES.sub(lambda m: LIGATURE_TEXT[m.group()], latex)
    import latexcodec  # noqa: F401  (registers the codec)

    # typeshed's overloads know only the standard library's text codecs; latexcodec registers "ulatex"
    return codecs.decode(latex, "ulatex")  # type: ignore[call-overload]


def _text_from_latex(cls, latex: str):
    """pybtex's ``Text.from_latex``, decoding with :func:`decode_latex`."""
    from pybtex.markup import LaTeXParser

    return LaTeXParser(decode_latex(latex)).parse()


def _caching_style(name: str) -> Any:
    """The registered formatting style *name*, if it is the caching one (:func:`caching_style`), else ``None``."""
    import pybtex.plugin

    try:
        style = pybtex.plugin.find_plugin("pybtex.style.formatting", name)
    except pybtex.plugin.PluginNotFound:
        return None
    return style if hasattr(style, "fingerprint") else None


def caching_style(style: type) -> type:
    """*style* (a pybtex formatting style), remembering the text of each entry it formats.

    Every text's bibliography formats its entries again, and each twice (the
    entry and its tooltip); the text of an entry depends only on the entry and
    the style's options, never on its label.
    """

    class CachingStyle(style):
        #: a fingerprint of the .bib files being formatted, set for each build (empty: no caching)
        fingerprint: str = ""
        #: (entry key, fingerprint, options) → its formatted text; kept in the environment
        #: between builds (:meth:`IndexedBibtexDomain.env_updated`)
        _texts: dict = {}

        def format_entry(self, label, entry, bib_data=None):
            if bib_data is not None or not self.fingerprint:
                return super().format_entry(label, entry, bib_data=bib_data)
            key = (entry.key, self.fingerprint, self.abbreviate_names, self.min_crossrefs,
                   type(self.name_style).__qualname__)
            text = self._texts.get(key)
            if text is not None:
                return FormattedEntry(entry.key, text, label)
            formatted = super().format_entry(label, entry)
            self._texts[key] = formatted.text
            return formatted

    CachingStyle.__name__ = CachingStyle.__qualname__ = f"Caching{style.__name__}"
    return CachingStyle


def _plugin_finder():
    """``pybtex.plugin.find_plugin``, with the installed entry points read once, not at every call."""
    import importlib.metadata

    import pybtex.plugin

    installed = importlib.metadata.entry_points()
    registered = getattr(pybtex.plugin, "_RUNTIME_PLUGINS", {})

    def find_plugin(group: str, name: str):
        for search in (group, group + ".aliases"):
            klass = registered.get(search, {}).get(name)
            if klass is not None:
                return klass
            for entry_point in installed.select(group=search, name=name):
                return entry_point.load()
        return pybtex.plugin.find_plugin(group, name)  # pybtex's own answer, or its error

    return find_plugin


def install(app: Sphinx) -> None:
    """Look up once the pybtex plugins sphinxcontrib-bibtex needs for every citation.

    The classes registered are the very ones the entry points name (the
    formatting style made to remember its entries' texts).
    """
    import pybtex.plugin
    import pybtex.richtext

    if not getattr(pybtex.richtext.Text.from_latex, "edition_fast_path", False):
        fast = classmethod(_text_from_latex)
        _text_from_latex.edition_fast_path = True  # type: ignore[attr-defined]
        # None: Text inherits it
        _text_from_latex.upstream = pybtex.richtext.Text.__dict__.get("from_latex")  # type: ignore[attr-defined]
        pybtex.richtext.Text.from_latex = fast
    find_plugin = _plugin_finder()
    for group, name in PYBTEX_PLUGINS:
        pybtex.plugin.register_plugin(group, name, find_plugin(group, name), force=True)
    name = app.config.bibtex_default_style
    try:
        style = find_plugin("pybtex.style.formatting", name)
    except pybtex.plugin.PluginNotFound:
        return  # sphinxcontrib-bibtex reports it
    if not hasattr(style, "fingerprint"):  # not already made to remember (a second build in one process)
        pybtex.plugin.register_plugin("pybtex.style.formatting", name, caching_style(style), force=True)
    # the plugins every new style object looks up (its names, labels and sorting)
    defaults = getattr(pybtex.plugin, "_DEFAULT_PLUGINS", {})
    for kind, group in (("name", "pybtex.style.names"), ("label", "pybtex.style.labels"),
                        ("sorting", "pybtex.style.sorting")):
        part = getattr(style, f"default_{kind}_style", None) or defaults.get(group)
        if part:
            pybtex.plugin.register_plugin(group, part, find_plugin(group, part), force=True)


def uninstall(app: Sphinx) -> None:
    """pybtex's own decoding and formatting style back, if an earlier build in this process replaced them."""
    import pybtex.plugin
    import pybtex.richtext

    current = pybtex.richtext.Text.__dict__.get("from_latex")
    if getattr(getattr(current, "__func__", None), "edition_fast_path", False):
        upstream = _text_from_latex.upstream  # type: ignore[attr-defined]
        if upstream is None:
            del pybtex.richtext.Text.from_latex
        else:
            pybtex.richtext.Text.from_latex = upstream
    name = getattr(app.config, "bibtex_default_style", "")
    try:
        style = pybtex.plugin.find_plugin("pybtex.style.formatting", name)
    except pybtex.plugin.PluginNotFound:
        return
    if hasattr(style, "fingerprint"):
        pybtex.plugin.register_plugin("pybtex.style.formatting", name, style.__mro__[1], force=True)


def activate(app: Sphinx) -> None:
    """At ``builder-inited``: install the workaround if its switch is on and pybtex's version tested."""
    if enabled(app, "pybtex"):
        install(app)
    else:
        uninstall(app)
