"""Speed you can measure: the benchmark suite behind ``python3 dev.py bench`` / ``make bench``.

Every figure is the median of several runs; start-up and memory are measured in fresh subprocesses and
always side by side with a baseline (a bare PySide6 program), interleaved in the same run, so that a busy
or slow machine shifts both and the ratio stays meaningful. Benchmarks are not tests: CI only runs
``python -m benchmarks --quick`` to check that they still run, and never asserts a timing.

Keep this package's own imports light: ``python -m benchmarks.walk`` runs as a measured subprocess.
"""
