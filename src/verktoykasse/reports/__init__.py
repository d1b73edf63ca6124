"""The printed face of a plan: the board-ready action plan as an A4 PDF (reportlab).

reportlab is imported only inside these modules' functions, so the program starts without it. Entry points:
``document.build_action_plan(plan) -> bytes`` and ``document.write_action_plan(plan, path)`` (atomic).

reportlab takes its settings, when it is first imported, from its own defaults and then from a
``reportlab_settings`` module anywhere on Python's path or, if there is none, from ``~/.reportlab_settings``
(run as Python code; ``reportlab/rl_config.py``). A stray one on a user's PC — in the folder the program
starts from, or left in the home folder by another program — would change how our PDFs are made
(compression, base font, boxes drawn round frames, shaping) or stop an export. So the program's package
gives reportlab an empty ``reportlab_settings`` module of its own before anything can import reportlab
(``verktoykasse/__init__.py``; the way reportlab offers an application to set its defaults): reportlab has
its own defaults, and neither file is looked for. What we choose differently (``REPORTLAB_SETTINGS``) is
set before each PDF (``use_our_settings``). (``RL_<setting>`` environment variables still override a
setting; the program sets none.)
"""

from __future__ import annotations

#: What our PDFs rely on that differs from reportlab's defaults: binary streams (smaller files, and ASCII85
#: in pure Python costs ≈10 % of a build). Settings reportlab reads while it builds, not at its import.
REPORTLAB_SETTINGS = {"useA85": 0}


def use_our_settings() -> None:
    """Before a PDF is built: our settings in reportlab's ``rl_config``."""
    from reportlab import rl_config

    for name, value in REPORTLAB_SETTINGS.items():
        setattr(rl_config, name, value)
