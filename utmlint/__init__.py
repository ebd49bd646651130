"""utmlint: lint, build, render and live-check UTM-tagged campaign links."""

__version__ = "0.1.0"
