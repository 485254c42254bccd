"""Qt-free facade that the GUI and the command line call."""
