"""Who said what: a research assistant for quotations in news articles."""

__version__ = "0.1.0"
