"""Built-in commands that need the whole pipeline (the CLI layer), each a plugin module.

They are registered through ``register_commands``, the hook third-party plugins use, by being
listed in :data:`newsbrief.plugins.DEFAULT_PLUGINS`; the plugin host imports them only when
the command line asks for its commands.
"""
