"""The one place the version is written; pyproject, the CLI, About and the bundle all read it."""

__version__ = "0.1.0"
