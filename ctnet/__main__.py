"""Run the command line as ``python -m ctnet``."""

import sys

from ctnet.cli import main

sys.exit(main())
