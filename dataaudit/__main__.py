"""``python -m dataaudit``: the same as the ``dataaudit`` command."""

import sys

from dataaudit.cli import main

sys.exit(main())
