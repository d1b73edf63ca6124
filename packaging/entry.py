"""The bundle's entry point: the same ``main`` as ``python -m verktoykasse`` and the installed scripts."""

from verktoykasse.cli import main

raise SystemExit(main())
