"""``python -m benchmarks [--quick] [--runs N] [--strict]``: run every benchmark and print the table."""

from benchmarks.run import main

raise SystemExit(main())
