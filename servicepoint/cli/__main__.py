"""``python -m servicepoint.cli`` is the same as the ``servicepoint`` command."""

import sys

from . import main

sys.exit(main())
