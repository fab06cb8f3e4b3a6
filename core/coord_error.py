"""The error of coordinate reading and writing, shared by coords and mgrs."""


class CoordError(ValueError):
    """A coordinate text that cannot be read (or a position that cannot be written); the message says why."""
