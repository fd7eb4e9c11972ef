"""``python -m dataaudit``: the same as the ``dataaudit`` command."""

import sys

from .cli import main

sys.exit(main())
