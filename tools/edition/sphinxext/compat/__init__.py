"""Workarounds of other packages' internals, fenced off: one module per package.

Each module here replaces or wraps something private of one package (furo,
sphinxcontrib-bibtex, pybtex, sphinx-design) to make the build faster, with
the same output. Each is

- behind its own switch, ``edition_compat_<package>`` (default on);
- active only for the versions it was tested on (:data:`TESTED`, read from
  the installed distribution with :mod:`importlib.metadata`); outside them
  the package's own behaviour is kept and ONE warning says so (type
  ``edition``, subtype ``compat``: ``suppress_warnings = ["edition.compat"]``
  silences it);
- checked by a differential test against the package's own output
  (``tests/test_compat_<package>.py``), which ``nox -s compat-newest`` runs
  against the newest releases.

To widen a range: run ``nox -s compat-newest`` (it installs the newest
releases and sets :data:`FORCE`, so that the workarounds are tried on
them); if the differential tests pass, raise the bound here and the pin in
``constraints.txt``.
"""

from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, version

from packaging.specifiers import SpecifierSet
from packaging.version import Version
from sphinx.application import Sphinx
from sphinx.util import logging

from .. import warning_types

logger = logging.getLogger(__name__)

#: an environment variable: set to 1, the workarounds are active whatever the version
#: (``nox -s compat-newest`` tries them on releases not yet tested)
FORCE = "EDITION_COMPAT_FORCE"

#: distribution → the versions its workaround was tested on (the pins of constraints.txt lie inside)
TESTED = {
    "furo": SpecifierSet(">=2024.8.6,<=2025.12.19"),
    "sphinxcontrib-bibtex": SpecifierSet(">=2.6,<2.8"),
    "pybtex": SpecifierSet(">=0.24,<0.27"),
    "sphinx-design": SpecifierSet(">=0.6,<0.9"),
}


def installed_version(distribution: str) -> str | None:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def enabled(app: Sphinx, distribution: str) -> bool:
    """Whether the workaround for *distribution* is to be active in this build.

    Off when its switch ``edition_compat_<package>`` is off or the package is
    not installed (silently), or when the installed version is outside
    :data:`TESTED` (with one warning). Call it once per build, at
    ``config-inited``, from the package's module.
    """
    if not getattr(app.config, "edition_compat_" + distribution.replace("-", "_")):
        return False
    installed = installed_version(distribution)
    if installed is None:
        return False
    if Version(installed) in TESTED[distribution] or os.environ.get(FORCE) == "1":
        return True
    logger.warning("%s %s is not among the versions the edition's workaround was tested on (%s): "
                   "%s's own behaviour is kept (edition.sphinxext.compat)",
                   distribution, installed, TESTED[distribution], distribution,
                   type=warning_types.TYPE, subtype=warning_types.COMPAT)
    return False
