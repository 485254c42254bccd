"""The local SQLite store: the only package that imports sqlite_utils."""
