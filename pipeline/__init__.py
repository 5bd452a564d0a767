"""Turn press releases into a research dataset (SQLite, loadable into pandas)."""

__version__ = "0.1.0"
