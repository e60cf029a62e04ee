"""``python -m servicepoint`` is the same as the ``servicepoint`` command."""

import sys

from .cli import main

sys.exit(main())
