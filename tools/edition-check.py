"""``edition check`` from a checkout, without installing the package: the pre-commit hook's entry.

pre-commit installs a local hook's ``additional_dependencies`` (the package's
dependencies, at the versions of constraints.txt) but not the repository
itself; this script puts ``tools/`` first on the path and runs the check of
the checkout it is in, with any further arguments (``--format github``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edition.cli import main  # noqa: E402  (after the path is set)

if __name__ == "__main__":
    sys.exit(main(["check", *sys.argv[1:]]))
