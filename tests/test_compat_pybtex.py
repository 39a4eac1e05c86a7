"""pybtex's LaTeX decoded with a fast path for plain strings (:func:`edition.sphinxext.compat.pybtex.decode_latex`).

The differential tests: :func:`decode_latex` against latexcodec, on any
text; and the pages of a test project with the workaround and without it.
"""

from __future__ import annotations

import codecs
import shutil

import latexcodec  # noqa: F401  (registers the codec)
import pytest
from hypothesis import given
from hypothesis import strategies as st

from edition.sphinxext.compat.pybtex import decode_latex
from test_compat_sphinxcontrib_bibtex import build

# characters, and the pieces the fast path decodes itself, to meet them often
LATEX_CHARACTERS = st.sampled_from([*"ab Z-',.!?`\"&_^()[]:;éœ’—\u00a0\t\n{}$%#~\\", "--", "---", "``", "''", "{Ab}"])


def _outcome(decode, latex):
    """What *decode* makes of *latex*: the text, or the kind of error (a lone backslash is one)."""
    try:
        return decode(latex)
    except UnicodeDecodeError as err:
        return type(err)


@given(st.lists(LATEX_CHARACTERS, max_size=14).map("".join))
def test_latex_is_decoded_as_latexcodec_decodes_it(latex):
    assert _outcome(decode_latex, latex) == _outcome(lambda s: codecs.decode(s, "ulatex"), latex)


@pytest.mark.parametrize("latex", [
    "A plain title, with commas, one-hyphen words and it's", "Ligatures -- and --- here",
    "``Quoted''", "''''", "```x'''", "a----b", "The {Revolution} -- a {Marxist} Masterpiece",
    "vol.~25", r"K{\"o}nig", "{Russia}", "Two  spaces", " leading", "a $x$ b", "50% off",
])
def test_latex_examples_are_decoded_as_latexcodec_decodes_them(latex):
    assert decode_latex(latex) == codecs.decode(latex, "ulatex")


def test_the_pages_are_pybtexs_own(make_app, rootdir, tmp_path):
    import pybtex.richtext

    srcdir = tmp_path / "citations"
    shutil.copytree(rootdir / "test-citations", srcdir)
    upstream = build(make_app, srcdir, tmp_path / "upstream", edition_compat_pybtex=False)
    assert not getattr(pybtex.richtext.Text.from_latex.__func__, "edition_fast_path", False)
    ours = build(make_app, srcdir, tmp_path / "ours")
    assert getattr(pybtex.richtext.Text.from_latex.__func__, "edition_fast_path", False)
    assert ours == upstream
