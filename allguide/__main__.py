"""Allow ``python -m allguide``."""

from allguide.cli import main

raise SystemExit(main())
