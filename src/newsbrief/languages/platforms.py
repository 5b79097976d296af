"""The platforms a statement goes out on (social networks, messengers, video sites), by the
names news in any language writes them with.

They are proper names, no language's words: one list here serves every language (as
:mod:`.alphabets` keeps the letters every European language shares), while each language's data
file keeps its own spellings and case forms of them (``[quotes] medium_platforms``: Russian
``Телеграме``, Ukrainian ``Фейсбуці``) and the words around them (``medium_prepositions``,
``medium_between``). Read by ``annotators/quotes/attribution/platform_media.py``.
"""

from __future__ import annotations

__all__ = ["PLATFORMS"]

#: Platforms' names as written in Latin script, whatever the language of the text.
PLATFORMS: frozenset[str] = frozenset(
    {"Facebook", "Instagram", "Telegram", "Twitter", "X", "TikTok", "YouTube", "Threads",
     "LinkedIn", "WhatsApp", "Viber", "Snapchat", "Bluesky", "Mastodon", "Weibo", "WeChat",
     "VKontakte"}
)  # fmt: skip
