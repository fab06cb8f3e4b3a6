"""The plugin's interface: dock, tabs, map tools and dialogs. Collaborators come in constructors."""
