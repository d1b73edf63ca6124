"""Closing a benchmark's widget the way the program's event loop does, so that it does not outlive its run."""

from __future__ import annotations


def discard(widget) -> None:
    """Close and delete ``widget`` as the window's event loop does when the user leaves it (a workspace when
    the user goes back to the plans, the catalogue view when its tab closes). ``processEvents`` alone never
    runs a ``deleteLater`` (that waits for the event loop), so each closed widget stayed alive with what it
    holds (a plan's objects, a catalogue of 10,000 entries), and every later run paid for them in the
    collector (the wizard runs' p95 grew with each one). What it leaves in cycles (its slots hold its parts)
    is collected here too, so that the next run starts as the day's first does, not with a full collection
    of the runs before it."""
    import gc

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
