"""`python -m planner` runs the same front door as the `planner` console script."""

import sys

from planner.cli import main

sys.exit(main())
