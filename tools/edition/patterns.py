"""The package's regular expressions, compiled once per machine and kept between runs of ``edition convert``.

``re`` parses and compiles a pattern in Python. The converter's rules are
some 480 patterns compiled when their modules are imported, and compiling
them was the largest part of ``edition convert``'s start-up: more than
reading and converting a short text (``nox -s bench`` measures convert with
its start-up against pandoc, issue 16). :func:`keep` writes what ``re``'s
compiler made of each (its code for the matching engine, its groups) to
the user's cache folder, and :func:`preload` puts the compiled patterns
back into ``re``'s own cache of compiled patterns before the modules are
imported: their ``re.compile`` then finds each one there, and no call of
the package changes.

This is the one place the edition relies on ``re``'s internals (its cache
``re._cache`` and the engine's ``_sre.compile``, which ``re.compile``
itself calls with what its compiler made); it is done only on the
versions it was tested with (:data:`TESTED`), where
``tests/test_patterns.py`` holds that each kept pattern equals the one
``re`` compiles (patterns compare their code). Anywhere else, or with a
file that cannot be read, is cut short or is of another Python, nothing
is loaded and each pattern is compiled as usual: the cache is only time.
The file is JSON (never unpickled or unmarshalled), and the engine checks
the code it is given.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from array import array
from pathlib import Path

from .files import cache_folder, write_whole

#: the versions of CPython whose ``re`` this module was tested with (major, minor)
TESTED = frozenset({(3, 11)})
#: the most patterns kept: fewer than ``re``'s cache holds (512), so that those compiled before have room (the
#: command line's and the standard library's, 17 when ``edition`` starts); :func:`preload` puts no more there
#: than the room it finds, and those compiled at run time evict the oldest, the package's, already bound
KEPT_MOST = 488
#: the format of the file
FORMAT = 2
#: the type code of :mod:`array` for the engine's code words (``_sre.CODESIZE`` bytes: 4)
CODE_TYPE = "I"

#: the entries of the file :func:`preload` read, by their keys in ``re._cache``, this process
_loaded: dict[tuple, list] = {}
#: the keys of ``re._cache`` before :func:`preload`: patterns compiled before the package's modules
_before: set[tuple] = set()


def supported() -> bool:
    """Whether this Python's ``re`` is one the cache was tested with."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in TESTED:
        return False
    import _sre  # type: ignore[import-not-found]

    return (isinstance(getattr(re, "_cache", None), dict) and hasattr(re, "_compiler")
            and _sre.CODESIZE == array(CODE_TYPE).itemsize)


def cache_path() -> Path:
    """The file of compiled patterns for this Python (its version and its engine's) in the user's cache."""
    import _sre

    key = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{array(CODE_TYPE).itemsize}|{FORMAT}"
    return cache_folder() / f"patterns-{hashlib.sha256(key.encode()).hexdigest()[:16]}.json"


def compiled_entry(pattern: str, flags: int) -> list:
    """What ``re``'s compiler makes of *pattern*, as :func:`re._compiler.compile` hands it to the engine:
    ``[pattern, flags, the pattern's flags, code, groups, group index, index group]``, the code as the
    Base64 of its words."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = base64.b64encode(array(CODE_TYPE, code).tobytes()).decode("ascii")  # read faster than a list of numbers
    return [pattern, flags, flags | parsed.state.flags, words, parsed.state.groups - 1, groupindex, indexgroup]


def from_entry(entry: list) -> re.Pattern[str]:
    """The pattern :func:`compiled_entry` describes, made by the engine as ``re.compile`` makes it."""
    import _sre

    pattern, _flags, final_flags, words, groups, groupindex, indexgroup = entry
    code = array(CODE_TYPE, base64.b64decode(words, validate=True)).tolist()
    return _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))


def _read(path: Path) -> list[list]:
    """The entries of the file at *path*, or none for a file that is missing, cut short or not of this format."""
    try:
        data = path.read_bytes()
        head, _, body = data.partition(b"\n")
        if head != hashlib.sha256(body).hexdigest().encode():
            return []
        entries = json.loads(body)
    except (OSError, ValueError):
        return []
    return entries if isinstance(entries, list) else []


def preload() -> int:
    """Put the kept patterns into ``re``'s cache (where they are not yet): how many were put there.

    What ``re`` has compiled before (the standard library's patterns, the command line's) is not the
    package's: :func:`keep` leaves it out.
    """
    if not supported():
        return 0
    cache = re._cache  # type: ignore[attr-defined]
    _before.update(cache)
    room = re._MAXCACHE - len(cache)  # type: ignore[attr-defined]
    count = 0
    for entry in _read(cache_path())[:max(room, 0)]:
        try:
            key = (str, entry[0], entry[1])
            if key not in cache:
                cache[key] = from_entry(entry)
                count += 1
            _loaded[key] = entry
        except (TypeError, ValueError, IndexError, RuntimeError):  # not an entry, or code the engine refuses
            continue
    return count


def keep() -> int:
    """Write the patterns ``re`` has compiled since :func:`preload` to the cache, if any is new there: how many
    were written (0: none new, or not :func:`supported`).

    Called once the modules are imported, so that what is kept is the patterns the modules compile, not
    those made at run time from a text's words; only the new ones are compiled again (by ``re``'s compiler,
    for their code), the others written as they were read.
    """
    if not supported():
        return 0
    keys = [key for key in list(re._cache) if key[0] is str and isinstance(key[2], int)  # type: ignore[attr-defined]
            and not key[2] & re.DEBUG and key not in _before]
    if all(key in _loaded for key in keys):
        return 0
    kept: dict[tuple, list] = {}
    for key in keys[:KEPT_MOST]:
        entry = _loaded.get(key)
        if entry is None:
            try:
                entry = compiled_entry(key[1], key[2])
            except (re.error, RecursionError, ValueError, TypeError):
                continue
        kept[key] = entry
    entries = list(kept.values())
    # escaped: a pattern may hold a lone surrogate, which UTF-8 cannot encode
    body = json.dumps(entries, separators=(",", ":")).encode("ascii")
    try:
        write_whole(cache_path(), hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    except OSError:
        return 0  # a cache folder that cannot take it: the next run compiles again
    _loaded.update(kept)
    return len(entries)
