"""The bundle's entry point: the same ``main`` as ``python -m verktoykasse`` and the installed scripts.

Output is UTF-8 whatever the system's code page: on Windows a redirected ``verktoykasse-cli plans > x.txt``
would otherwise be cp1252 and fail on a plan called "Sámi čđŋ". A windowed program has no streams at all.
"""

import sys

for stream in (sys.stdout, sys.stderr):
    if stream is not None and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")

from verktoykasse.cli import main  # noqa: E402 (after the streams are set up)

raise SystemExit(main())
