# Shortcuts for the same commands as dev.py (which does the setting up); dev.py works without make.
PYTHON ?= python3

.PHONY: bench bench-quick test start

bench:
	$(PYTHON) dev.py bench

bench-quick:
	$(PYTHON) dev.py bench --quick

test:
	$(PYTHON) dev.py test

start:
	$(PYTHON) dev.py start
