"""``python -m edition``: the command line, as the ``edition`` command."""

import sys

from .cli import main

sys.exit(main())
