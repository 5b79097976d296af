"""The rules that find who said a quotation, one module per kind of rule.

:mod:`newsbrief.annotators.quotes.speakers` puts them together (:class:`Attributor`); the
modules here build on each other in this order, each class extending the one before:
:mod:`.mentions`, :mod:`.roles`, :mod:`.names`, :mod:`.bodies`, :mod:`.references`,
:mod:`.descriptions`, :mod:`.phrases`. Below them are plain tables and helpers:
:mod:`.english` (English words and patterns shared by several rules), :mod:`.cue_words` (each
language's attribution words), :mod:`.model`, :mod:`.datelines`, :mod:`.unnamed_sources` and
:mod:`.untyped_people`.
"""
