"""The printed face of a plan: the board-ready action plan as an A4 PDF (reportlab).

reportlab is imported only inside these modules' functions, so the program starts without it. Entry points:
``document.build_action_plan(plan) -> bytes`` and ``document.write_action_plan(plan, path)`` (atomic).

reportlab takes its settings, when it is first imported, from its own defaults and then from a
``reportlab_settings`` module anywhere on Python's path or, if there is none, from ``~/.reportlab_settings``
(run as Python code; ``reportlab/rl_config.py``). A stray one on a user's PC — in the folder the program
starts from, or left in the home folder by another program — would change how our PDFs are made
(compression, base font, boxes drawn round frames, shaping) or stop an export. So this package, which every
module that imports reportlab belongs to, gives reportlab our ``reportlab_settings`` module before it is
imported (the way reportlab offers an application to set its defaults): reportlab's defaults and the choices
in ``REPORTLAB_SETTINGS``, and neither file is looked for. ``use_our_settings`` sets our choices again before
each PDF, for a process where something imported reportlab first. (``RL_<setting>`` environment variables
still override a setting; the program sets none.)
"""

from __future__ import annotations

import sys
from types import ModuleType

#: What our PDFs rely on that differs from reportlab's defaults: binary streams (smaller files, and ASCII85
#: in pure Python costs ≈10 % of a build).
REPORTLAB_SETTINGS = {"useA85": 0}


def _settings_module() -> ModuleType:
    module = ModuleType("reportlab_settings", "Verktøykassa's settings for reportlab (verktoykasse.reports).")
    module.__dict__.update(REPORTLAB_SETTINGS)
    return module


if "reportlab.rl_config" not in sys.modules:  # reportlab reads its settings once, at its first import
    sys.modules["reportlab_settings"] = _settings_module()


def use_our_settings() -> None:
    """Before a PDF is built: our settings in reportlab's ``rl_config`` (those it reads while building)."""
    from reportlab import rl_config

    for name, value in REPORTLAB_SETTINGS.items():
        setattr(rl_config, name, value)
