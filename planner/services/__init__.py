"""Qt-free facade that the GUI and the CLI call; it hands back plain dataclasses."""
