"""The one exception the workspace layer raises, with a message meant for the analyst."""


class WorkspaceError(Exception):
    """A workspace could not be created, opened or upgraded; the message says why."""
