"""The rules that find who said a quotation, one module per kind of rule.

:mod:`newsbrief.annotators.quotes.speakers` puts them together (:class:`Attributor`). The rule
modules build on each other in this order, each class extending the one before:

* :mod:`.mentions`: the document's mentions and referents, and the look-ups every rule uses;
* :mod:`.roles`: the role or title a mention holds (``Defence Minister Rustem Umerov``);
* :mod:`.names`: names as written and in full, short forms, lone surnames;
* :mod:`.organisation_speakers`: organisations, issuers of statements and unnamed sources as
  speakers (``the ministry said``);
* :mod:`.candidate_scores`: where no rule settles a speaker, the best-scored candidate named
  before the quotation (hand-weighted features: type, subject or object, last speaker, distance);
* :mod:`.references`: pronouns and back-references (``she said``, ``the spokeswoman said``);
* :mod:`.descriptions`: descriptions and appositions around a name, relatives;
* :mod:`.press_conventions`: the continental press's orders in other languages than English
  (``a-t-il ajouté``, ``«A, — сказал он. — B»``, ``der Minister``, ``une source``, names in
  the genitive, bodies and names in quotation marks);
* :mod:`.speaker_phrases`: the speaker phrase next to a cue, read backwards or forwards.

Below them are records, tables and helpers:

* :mod:`.speaker_types`: the records attribution works on (mention, speaker, referent);
* :mod:`.english_words`: the English word tables read from ``en.toml`` and the patterns built
  on them;
* :mod:`.scanning`: the backwards word scanner and small English text helpers (where a phrase
  ends, plurals, possessives, a role's words);
* :mod:`.cue_words`: each language's attribution words (speech verbs, ``according to``);
* :mod:`.press_words`: each language's press words and conventions (``[quotes]``: articles,
  source nouns, capitals marking names only, names in cases, a verb's joined pronoun);
* :mod:`.datelines`: datelines opening an article (``SEATTLE (AP) —``), never a speaker;
* :mod:`.unnamed_sources`: anonymous sources (``a senior official``) and their patterns;
* :mod:`.untyped_people`: people the entity annotator missed or cut short, found from how the
  article writes them;
* :mod:`.page_names`: names the page writes beyond the mentions, read after attribution in the
  other languages (an interview's interviewee, a case form's nominative, a surname's one full
  name, a surname kept apart from a full name of another role).

Names imported by another module are public (each module's ``__all__``); a leading underscore
marks a name used in its own module only.
"""
