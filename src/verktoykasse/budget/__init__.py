"""What the plan costs and what Nav's schemes may pay back: the subsidy estimate and the budget.

No widgets: the window, the report and the command line share it.
"""
