"""The installed version of newsbrief, in a module of its own.

Any module may import it: it imports nothing of the package (modules that imported
``newsbrief.__version__`` from the package root looped back through ``newsbrief/__init__.py``).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsbrief")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
