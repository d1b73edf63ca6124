"""The bundle's entry point: the same ``main`` as ``python -m verktoykasse`` and the installed scripts.

``main`` itself makes the output UTF-8 (``cli.use_utf8_output``), so a pip-installed ``verktoykasse`` gets
it too.
"""

from verktoykasse.cli import main

raise SystemExit(main())
