"""The dock's tabs, one module each, in the order of the work (see TAB_MODULES in ui/dock.py).

A tab module defines ``class Tab(QWidget)`` with a ``TITLE`` (English, translated by the dock) and
a constructor ``Tab(context: DockContext)``; it reacts to ``context.session.changed``.
"""
