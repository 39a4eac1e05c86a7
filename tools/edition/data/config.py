"""The edition's configuration: every value declared once, validated, with its help.

:class:`EditionConfig` holds every ``edition_*`` value of ``conf.py``, as
MyST-Parser's ``MdParserConfig`` holds the ``myst_*`` ones: a frozen
dataclass whose fields carry their default, a validator, the help text and
when Sphinx must rebuild after a change. The extension
(:func:`setup`) registers one configuration value per field and checks them
all at ``config-inited``; the command line (``edition check``, ``edition
sync``) builds the same object from ``conf.py`` without Sphinx
(:func:`edition_config`), so both read the same paths.

This module imports nothing of Sphinx: ``edition check``, ``edition sync``
and the pipeline use it; :mod:`edition.sphinxext.config` registers it with
Sphinx. Tested in ``tests/test_sphinxext_config.py``.
"""

from __future__ import annotations

import dataclasses
import re
import runpy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.config import Config

#: the prefix of every configuration value of the edition
PREFIX = "edition_"
#: the file beside ``conf.py`` whose editors and keywords the printed edition prints (its metadata and
#: title page, :func:`edition.writers.printed.read_citation_file`): read by the build outside the sources
CITATION_FILE = "CITATION.cff"
#: the paper sizes of the printed edition (the keys of :data:`edition.printed.PAPERS`)
PAPER_SIZES = ("a4", "a5")


class EditionConfigError(ValueError):
    """A configuration value that is not what its field asks for."""


# -- Validators: each returns the value to keep, or raises EditionConfigError ------------


def text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise EditionConfigError(f"{PREFIX}{name} must be a string, not {value!r}")
    return value


def relative_path(name: str, value: Any) -> str:
    """A path inside the project, written with ``/`` (or empty: not used)."""
    value = text(name, value)
    path = PurePosixPath(value.replace("\\", "/"))
    if value and (path.is_absolute() or ".." in path.parts):
        raise EditionConfigError(f"{PREFIX}{name} must be a path inside the project, not {value!r}")
    return value


#: the folders under the sources that ``edition sync`` makes anew (:data:`edition.sync.OWN_FOLDERS`)
#: or Sphinx leaves out: no data folder may be one of them
MADE_FOLDERS = ("terms", "texts", "_generated", "_research")
#: a part of a data folder's path
FOLDER_NAME_RE = re.compile(r"(?!\.\.?$)[\w.-]+")


def data_folder(name: str, value: Any) -> str:
    """A folder of data under the sources: inside the project, not the sources themselves, and
    not one that ``edition sync`` makes anew (it would remove the files), on any system: written with
    ``/``, of letters, digits, ``-``, ``_`` and ``.`` (no pattern Sphinx would read as a glob, no drive,
    no backslash), and no build folder in other capitals (one folder where names ignore case)."""
    value = relative_path(name, value)
    parts = PurePosixPath(value).parts
    if not parts or parts == (".",) or not all(FOLDER_NAME_RE.fullmatch(part) for part in parts):
        raise EditionConfigError(f"{PREFIX}{name} must name a folder under the sources with parts of letters, "
                                 f"digits, '-', '_' and '.', separated by '/', not {value!r}")
    if parts[0].casefold() in MADE_FOLDERS:
        raise EditionConfigError(f"{PREFIX}{name} must name a folder of its own under the sources, not "
                                 f"{value!r} ({', '.join(MADE_FOLDERS)} are made by the build)")
    return value


def docnames(name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not all(isinstance(item, str) for item in value):
        raise EditionConfigError(f"{PREFIX}{name} must be a list of page names, not {value!r}")
    return tuple(value)


def paper(name: str, value: Any) -> str:
    value = text(name, value or "a4").lower()
    if value not in PAPER_SIZES:
        raise EditionConfigError(f"{PREFIX}{name} must be one of {', '.join(PAPER_SIZES)}, not {value!r}")
    return value


def url(name: str, value: Any) -> str:
    value = text(name, value)
    if value and not value.startswith(("https://", "http://")):
        raise EditionConfigError(f"{PREFIX}{name} must be an http(s) address or empty, not {value!r}")
    return value


def switch(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise EditionConfigError(f"{PREFIX}{name} must be True or False, not {value!r}")
    return value


def option(default: Any, validator: Callable[[str, Any], Any], help: str, rebuild: str = "env") -> Any:
    """A field of :class:`EditionConfig`: its default, validator, help and Sphinx's rebuild scope."""
    factory = (lambda: tuple(default)) if isinstance(default, (list, tuple)) else None
    metadata = {"validator": validator, "help": help, "rebuild": rebuild}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class EditionConfig:
    """Every ``edition_*`` configuration value (the field's name without the prefix)."""

    # -- paths: relative to conf.py's folder (manifest, print_design) or to the sources (the rest)
    manifest: str = option("seeds/manifest.toml", relative_path,
                           "the manifest of the witnesses, from conf.py's folder; empty: no witnesses")
    glossary_dir: str = option("glossary", data_folder,
                               "the folder of the glossary's entry files, under the sources")
    indexes_dir: str = option("indexes", data_folder,
                              "the folder of the index files (persons, places, organisations, parallels), "
                              "under the sources")
    bibliography: str = option("bibliography", relative_path, "the page with the shared bibliography")
    download_pages: tuple[str, ...] = option(["downloads"], docnames,
                                             "the pages that may offer downloads (edition.sphinxext.safety)")
    # -- citing the edition
    title: str = option("", text, "how the edition is named when a text or paragraph is cited", "html")
    year: str = option("", text, "the year of the edition, in its citation data", "html")
    cite_as: str = option("", text, "how the whole edition is cited", "html")
    # -- the repository
    repository_url: str = option("", url, "the repository on GitHub; empty: no links to it")
    repository_branch: str = option("main", text, "the branch the links to files name")
    # -- the printed edition
    print_design: str = option("", relative_path,
                               "the folder of the printed edition's design, from conf.py's folder; "
                               "empty: Sphinx's own manual", "")
    paper: str = option("a4", paper, "the paper of the PDF: a4 or a5", "")
    subtitle: str = option("", text, "the subtitle on the title page", "")
    date: str = option("", text, "the date on the title page", "")
    print_omit: tuple[str, ...] = option([], docnames, "pages the printed edition leaves out", "")
    # -- workarounds of other packages (edition.sphinxext.compat): on by default
    compat_furo: bool = option(True, switch, "furo's sidebar tree made once per build", "")
    compat_sphinxcontrib_bibtex: bool = option(True, switch, "sphinxcontrib-bibtex's citations indexed once", "")
    compat_pybtex: bool = option(True, switch, "pybtex's plugins looked up once, LaTeX decoded fast", "")
    compat_sphinx_design: bool = option(True, switch, "sphinx-design's passes only where it has components", "")

    def __post_init__(self) -> None:
        for item in dataclasses.fields(self):
            object.__setattr__(self, item.name, item.metadata["validator"](item.name, getattr(self, item.name)))

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> EditionConfig:
        """From a mapping of ``edition_*`` names (``conf.py``'s globals, Sphinx's config): unknown names ignored.

        :raises EditionConfigError: a value that is not what its field asks for
        """
        names = {item.name for item in dataclasses.fields(cls)}
        return cls(**{name: values[PREFIX + name] for name in names if PREFIX + name in values})

    @classmethod
    def from_sphinx(cls, config: Config) -> EditionConfig:
        return cls.from_values({PREFIX + item.name: getattr(config, PREFIX + item.name)
                                for item in dataclasses.fields(cls) if PREFIX + item.name in config})

    # -- where things are

    def manifest_path(self, confdir: Path) -> Path | None:
        return confdir / self.manifest if self.manifest else None

    def read_beside(self, confdir: Path) -> list[Path]:
        """What the build reads outside the sources, from *confdir*: the citation file and the
        manifest's folder (the witnesses, the editors' data). None may be a symbolic link."""
        manifest = self.manifest_path(confdir)
        return [confdir / CITATION_FILE, *([manifest.parent] if manifest is not None else [])]

    def glossary_path(self, srcdir: Path) -> Path:
        return srcdir / self.glossary_dir

    def indexes_path(self, srcdir: Path) -> Path:
        return srcdir / self.indexes_dir


def edition_config(root: Path) -> EditionConfig:
    """The configuration of the project at *root*, as its ``conf.py`` sets it (defaults without one).

    For the command line, which runs without Sphinx: ``conf.py`` is run as
    Sphinx runs it (its globals are the configuration).

    :raises EditionConfigError: a value that is not what its field asks for, or a
       ``conf.py`` that fails to run (its error named, with no traceback: every
       command that reads the configuration reports it the same way)
    """
    conf = root / "conf.py"
    if not conf.is_file():
        return EditionConfig()
    try:
        values = runpy.run_path(str(conf))
    except (Exception, SystemExit) as err:  # noqa: BLE001  (whatever a conf.py raises, or its exit())
        raise EditionConfigError(f"it could not be run ({type(err).__name__}: {err})") from None
    return EditionConfig.from_values(values)
