"""Short messages in the message bar, with the full text behind "details"."""

from __future__ import annotations

from qgis.gui import QgsMessageBar

from ..compat import MSG_CRITICAL, MSG_INFO, MSG_SUCCESS, MSG_WARNING
from ..core.text import tr

_LEVELS = {"info": MSG_INFO, "warning": MSG_WARNING, "error": MSG_CRITICAL, "success": MSG_SUCCESS}
_DURATION = {"info": 5, "success": 5, "warning": 10, "error": 0}


TITLE = "ClearGround"


def notify(bar: QgsMessageBar, level: str, text: str, details: str = "") -> None:
    """Push ``text`` to the message bar at ``level`` ('info', 'success', 'warning' or 'error').

    It replaces the plugin's earlier messages: a stale warning must not come back once the newer
    message is closed.
    """
    clear_ours(bar)
    bar.pushMessage(TITLE, text, details, _LEVELS[level], _DURATION[level])


def clear_ours(bar: QgsMessageBar) -> None:
    """Take the plugin's messages off the bar (other plugins' messages stay)."""
    for item in list(bar.items()):
        if item.title() == TITLE:
            bar.popWidget(item)


def notify_error(bar: QgsMessageBar, exc: BaseException) -> None:
    """An error: its first line in the bar, the full text behind details."""
    message = str(exc) or type(exc).__name__
    first = message.splitlines()[0]
    notify(bar, "error", first if len(first) < 160 else first[:157] + "...", message)


#: A message written for people (what is wrong and what to do) is shown whole up to this length.
WHOLE_MESSAGE = 400


def notify_problem(bar: QgsMessageBar, exc: BaseException) -> None:
    """An error written for people (e.g. a WorkspaceError): whole when it is one paragraph of a few lines,
    else as notify_error (its first line, the rest behind details)."""
    message = str(exc) or type(exc).__name__
    if "\n" not in message and len(message) <= WHOLE_MESSAGE:
        notify(bar, "error", message)
    else:
        notify_error(bar, exc)


def warn_missing(bar: QgsMessageBar, problems: list[str]) -> None:
    """Tell the user which Python packages to install before ClearGround can work."""
    notify(bar, "warning", tr("ClearGround needs packages that this QGIS lacks."), "\n".join(problems))


def guarded(bar: QgsMessageBar, func, on_error=None):
    """A slot calling ``func(*args)`` that shows an exception in the message bar instead of raising it
    into Qt (which would end QGIS); ``on_error()`` tidies the widgets first."""

    def run(*args) -> None:
        try:
            func(*args)
        except Exception as exc:  # noqa: BLE001 - an error in a Qt slot would end QGIS
            if on_error is not None:
                on_error()
            notify_error(bar, exc)

    return run
