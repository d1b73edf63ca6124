"""The plan wizard: a profile page and the five steps, every field saved as it is edited.

Small modules: ``saver`` (the one place that commits), ``fields`` (widgets bound to one ORM attribute),
``list_editor`` (master–detail lists), ``pages/`` (one module per step), ``step_list``, ``charts``.
"""
