"""Workarounds for defects of the PySide6 release we ship (6.12), each with the test that shows it.

PySide6 6.12 loses one reference to ``True`` (or ``False``) every time a signal with a ``bool`` argument
calls a Python slot, and one reference to ``None`` every time a Qt method that returns nothing is called
(``label.setText``, ``widget.setVisible``, ``QSize.setWidth`` …). On Python 3.11 these are ordinary objects
with a reference count, so after enough of them (a few thousand bool signals: each keystroke in a plan
field costs about one; a few tens of thousands of Qt calls: opening a large plan makes thousands) the count
reaches zero and the interpreter aborts with "Fatal Python error: bool_dealloc" or "none_dealloc" — the
window vanishes mid-sentence, or at the latest as the program closes. From Python 3.12 on, ``True``,
``False`` and ``None`` are immortal and the lost references are harmless. Until PySide fixes it,
:func:`keep_singletons_alive` gives all three a reference count that no session can use up, which is
exactly what 3.12 does.
"""

from __future__ import annotations

import sys

# Far more references than any session can lose (one per signal or Qt call), and far from the counter's limit.
SPARE_REFERENCES = 1 << 40


def keep_singletons_alive() -> None:
    """Make ``True``, ``False`` and ``None`` as good as immortal on Python 3.11 (a no-op from 3.12 on);
    idempotent."""
    if sys.version_info >= (3, 12):
        return
    # ``ctypes.c_ssize_t`` is this class; made here from ctypes' own C module, because ``import ctypes``
    # (its Python half: ≈3 ms, for nothing else the start needs) held up the first window.
    from _ctypes import _SimpleCData

    class SsizeT(_SimpleCData):
        _type_ = "q" if sys.maxsize > 2**32 else "i"  # Py_ssize_t: 8 bytes on 64-bit systems, else 4

    for value in (True, False, None):
        count = SsizeT.from_address(id(value))  # ob_refcnt, the first field of every object
        if count.value < SPARE_REFERENCES:
            count.value += SPARE_REFERENCES
