"""The error of a coordinate text that cannot be read (shared by the coordinate readers)."""


class CoordError(ValueError):
    """A coordinate text that cannot be read; the message says why."""


class OutOfRangeError(CoordError):
    """A latitude or longitude read right but beyond its range (the other axis may hold it)."""
