"""The printed face of a plan: the board-ready action plan as an A4 PDF (reportlab).

reportlab is imported only inside these modules' functions, so the program starts without it. Entry points:
``document.build_action_plan(plan) -> bytes`` and ``document.write_action_plan(plan, path)`` (atomic).
"""
