"""The edition's configuration in Sphinx: one configuration value per field of
:class:`~edition.data.config.EditionConfig`, all checked at ``config-inited``.

The configuration itself (fields, validators, help) is in the data stage,
:mod:`edition.data.config`, which imports nothing of Sphinx, so that the
command line and the pipeline read the same values.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..data.config import PREFIX, EditionConfig, EditionConfigError, edition_config

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

__all__ = ["EditionConfig", "EditionConfigError", "check_config", "edition_config", "setup"]


def check_config(app: Sphinx, config: Config) -> None:
    """Refuse a bad ``edition_*`` value before anything is read (at ``config-inited``)."""
    from .errors import EditionBuildError, stop_on_errors
    from .warning_types import CONFIG

    @stop_on_errors
    def check() -> None:
        try:
            EditionConfig.from_sphinx(config)
        except EditionConfigError as err:
            raise EditionBuildError(str(err), str(Path(app.confdir) / "conf.py"),
                                    subtype=CONFIG, kind="Configuration error") from None

    check()


def _default(item: dataclasses.Field[Any]) -> Any:
    """The default of a field of :class:`EditionConfig`: its value, or a list made by its factory."""
    if item.default is not dataclasses.MISSING:
        return item.default
    if item.default_factory is dataclasses.MISSING:
        raise TypeError(f"EditionConfig.{item.name} has no default")
    return list(item.default_factory())


def setup(app: Sphinx) -> dict[str, Any]:
    for item in dataclasses.fields(EditionConfig):
        default = _default(item)
        types = frozenset({list, tuple}) if isinstance(default, list) else frozenset({type(default)})
        app.add_config_value(PREFIX + item.name, default, item.metadata["rebuild"], types,
                             description=item.metadata["help"])
    app.connect("config-inited", check_config, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
