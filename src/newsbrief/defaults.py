"""The defaults ``newsbrief --help`` shows, in a module that imports nothing.

Each is used by the module it configures, which imports it from here; the command line reads
them here so that its help does not import the pipeline (``newsbrief --help`` stays quick).
"""

#: The summarizer ``build`` uses unless told otherwise.
DEFAULT_SUMMARIZER = "newsbrief"
#: How many sentences a briefing's summary holds unless told otherwise
#: (:meth:`newsbrief.Budget.default`): a briefing a reader takes in at a glance.
BRIEFING_SENTENCES = 7
#: How many sentences :func:`newsbrief.summarize` selects when no budget is given
#: (``newsbrief summarize``'s default too).
SUMMARY_SENTENCES = 10
#: The accepted values of the ``order`` setting (``--order``).
ORDERS = ("newest", "oldest", "importance", "input")
#: The order a briefing uses unless told otherwise.
DEFAULT_ORDER = "newest"
#: Seconds a fetch waits to connect, and for each piece of data (``--timeout``).
FETCH_TIMEOUT = 20.0
