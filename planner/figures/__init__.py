"""Qt-free pose model of the exercise illustrations and the geometry both painters share."""
