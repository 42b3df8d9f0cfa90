"""``python -m newsbook``: see :mod:`newsbook.cli`."""

import sys

from newsbook.cli import main

sys.exit(main())
