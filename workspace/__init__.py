"""Storage of the workspace: schema rendering, migrations, opening and checking."""

from .errors import WorkspaceError
from .geopackage import Workspace, create_workspace, open_workspace

__all__ = ["Workspace", "WorkspaceError", "create_workspace", "open_workspace"]
