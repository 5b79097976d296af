"""A deterministic synthetic news corpus for scaling benchmarks and tests.

Articles come in stories: each story has its own people, place, organisation, date and figures,
and one to eight articles retell it in different words and orders, so story grouping has real
work to do. Names, places and dates are drawn from shared pools, so unrelated stories share
some of them (as real news does), and every article mentions a few very common names (the
wire service, the capital, the government) that story grouping must not treat as evidence.
An article is about 2.5 KB of text, so 10,000 articles are about 25 MB.

    python benchmarks/synthetic_corpus.py 10000 --out corpus.jsonl --seed 7

Same count and seed, same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

_FIRST = [
    "Amelia",
    "Bruno",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hiroshi",
    "Ingrid",
    "Jamal",
    "Katarina",
    "Luis",
    "Mei",
    "Nadia",
    "Oscar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tomas",
    "Ulla",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Anders",
    "Beatriz",
    "Chen",
    "Dalia",
    "Emeka",
    "Fatima",
    "Gustavo",
    "Hana",
    "Ivan",
    "Julia",
    "Kofi",
    "Leila",
    "Marco",
    "Nkechi",
    "Olga",
    "Pablo",
    "Rania",
    "Stefan",
    "Tariq",
    "Ursula",
    "Valeria",
    "Walter",
    "Yara",
    "Zeynep",
]
_LAST = [
    "Abbott",
    "Bianchi",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "Gallagher",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rahman",
    "Schneider",
    "Tanaka",
    "Umarov",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zimmermann",
    "Almeida",
    "Barros",
    "Costa",
    "Delgado",
    "Esposito",
    "Ferreira",
    "Greco",
    "Horvat",
    "Iqbal",
    "Jovanovic",
    "Kaplan",
    "Lindqvist",
    "Mendez",
    "Novak",
    "Ortega",
    "Pereira",
    "Rossi",
    "Santos",
    "Torres",
    "Urbina",
    "Vasquez",
    "Wagner",
    "Yamamoto",
    "Zapata",
]
_PLACES = [
    "Aldergrove",
    "Brightwater",
    "Calder",
    "Dunmore",
    "Eastleigh",
    "Fairhaven",
    "Glenrock",
    "Harwick",
    "Ironbridge",
    "Juniper",
    "Falls",
    "Kingsport",
    "Larkhill",
    "Millbrook",
    "Northgate",
    "Oakridge",
    "Pinecrest",
    "Queensbury",
    "Redcliff",
    "Stonebridge",
    "Thornbury",
    "Upton",
    "Valemont",
    "Westmoor",
    "Yarrow",
    "Zephyr",
    "Bay",
    "Ashford",
    "Belmont",
    "Carrow",
    "Dalton",
    "Elmstead",
    "Foxley",
    "Granton",
    "Hollis",
    "Inverlee",
    "Jarrow",
    "Kelston",
    "Lockwood",
    "Marden",
    "Newholm",
    "Orwell",
]
_ORGS = (
    "Ministry of Transport",
    "National Grid Authority",
    "Harbour Commission",
    "Regional Health Board",
    "Federal Water Agency",
    "Civil Aviation Office",
    "State Rail Company",
    "Environment Protection Agency",
    "Central Statistics Office",
    "Housing Trust",
    "Coastal Guard Service",
    "Teachers Union",
)
_TOPICS = (
    ("bridge", "repairs", "traffic", "engineers", "cracks", "closure", "detour", "inspection"),
    ("flood", "river", "evacuation", "rainfall", "levee", "residents", "shelters", "damage"),
    ("strike", "workers", "wages", "union", "negotiations", "picket", "contract", "talks"),
    ("outbreak", "patients", "hospital", "vaccine", "clinic", "infections", "doctors", "tests"),
    ("election", "ballots", "turnout", "candidates", "campaign", "voters", "count", "polls"),
    ("fire", "firefighters", "blaze", "warehouse", "smoke", "damage", "investigators", "alarm"),
    ("budget", "spending", "deficit", "taxes", "lawmakers", "revenue", "cuts", "forecast"),
    ("storm", "winds", "power", "outages", "crews", "lines", "gusts", "warnings"),
    ("trial", "jury", "verdict", "prosecutors", "defence", "witness", "judge", "testimony"),
    ("airport", "flights", "runway", "delays", "passengers", "terminal", "pilots", "schedule"),
    ("factory", "jobs", "plant", "layoffs", "production", "orders", "shifts", "investment"),
    ("school", "pupils", "teachers", "classes", "curriculum", "exams", "funding", "parents"),
)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_OUTLETS = ("Daily Ledger", "Evening Courier", "Morning Star", "Herald Wire", "City Tribune")
# Mentioned everywhere: grouping must not link stories through these.
_COMMON = ("Reuters", "Parliament", "the Capital", "the Government")

_TEMPLATES = (
    "{person} said on {date} that the {t0} in {place} would be reviewed by the {org}.",
    "Officials at the {org} confirmed that {number} {t1} had been affected near {place}.",
    "The {t0} began early on {date}, when {person2} reported {t2} to the {org}.",
    "According to {person}, the {t3} in {place} cost about {money} million so far.",
    "{person2}, who leads the local {t4} effort, said the {t5} was not expected.",
    "Residents of {place} described {t6} and long queues as the {t0} continued.",
    "The {org} said it would publish a full report on the {t7} within {small} weeks.",
    "Critics, including {person3}, argued that the {t1} had been ignored for years.",
    "By {date}, {number} {t2} had been recorded, the {org} said in a statement.",
    "{person} told reporters in {place} that {t4} would resume once {t5} were complete.",
    "A spokesperson for the {org} declined to comment on the {t3} before {date}.",
    "Local businesses in {place} said the {t0} had cut their trade by {small}0 percent.",
    "Work on the {w0} site near {place} was halted while the {org} examined the {t1}.",
    "{person3} said the {w1} contract, signed before {date}, had not covered {t6}.",
    "Engineers from {w2} Partners were called to {place} to assess the {t7}.",
    "The {w3} committee will meet {person} and {person2} to discuss the {t4}.",
    "Records seen by reporters show {number} complaints about the {w0} project since {date}.",
    "Neighbours on {w4} Street said they had warned the {org} about the {t2} for months.",
    "The mayor of {place} said emergency funds of {money} million would be released.",
    "Volunteers from the {w5} association handed out supplies to people affected by the {t0}.",
)
_FILLER = (
    "The {common} was briefed on the situation, a spokesperson said.",
    "Further updates are expected later in the week, according to {common} sources.",
    "The figures could not be independently verified by {common}.",
    "Similar problems were reported in other regions last year.",
    "Opposition members called for an independent inquiry into the handling of the matter.",
    "Analysts said the longer-term effects remained difficult to estimate.",
)


_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tas",
    "vor",
    "bel",
    "dun",
    "sar",
    "pel",
    "gor",
    "fin",
    "mar",
    "tel",
    "vis",
    "nor",
    "ath",
    "cal",
    "dro",
]


def _coined(rng: random.Random) -> str:
    """A made-up proper noun (project, firm, street): rare words that mark one story."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def _word_pool(size: int) -> tuple[str, ...]:
    """Made-up common nouns: each story draws its own few, as each event has its own vocabulary."""
    rng = random.Random("newsbrief-words")
    pool: set[str] = set()
    while len(pool) < size:
        pool.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3)))) + "s")
    return tuple(sorted(pool))


_WORDS = _word_pool(1500)


def _story(rng: random.Random, number: int) -> dict[str, object]:
    """The facts one story's articles share."""
    people = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(3)]
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
    return {
        "number": number,
        "person": people[0],
        "person2": people[1],
        "person3": people[2],
        "place": rng.choice(_PLACES),
        "org": rng.choice(_ORGS),
        # One of a few broad topics, with words of its own: stories on one topic share some.
        "topic": (*rng.sample(rng.choice(_TOPICS), 3), *rng.sample(_WORDS, 5)),
        "day": day,
        "date": f"{_MONTHS[day.month - 1]} {day.day}",
        "number_": rng.randrange(12, 9_000),
        "money": rng.randrange(2, 950),
        "small": rng.randrange(2, 9),
        "coined": tuple(_coined(rng) for _ in range(6)),
    }


def _sentence(rng: random.Random, template: str, story: dict[str, object]) -> str:
    topic = story["topic"]
    assert isinstance(topic, tuple)
    coined = story["coined"]
    assert isinstance(coined, tuple)
    values = {f"t{i}": word for i, word in enumerate(topic)}
    values.update({f"w{i}": word for i, word in enumerate(coined)})
    values.update(
        person=story["person"],
        person2=story["person2"],
        person3=story["person3"],
        place=story["place"],
        org=story["org"],
        date=story["date"],
        number=f"{story['number_']:,}",
        money=story["money"],
        small=story["small"],
        common=rng.choice(_COMMON),
    )
    return template.format(**values)


def _article(rng: random.Random, story: dict[str, object], index: int) -> dict[str, str]:
    """One outlet's report of ``story``: about 2.5 KB in six or seven paragraphs."""
    templates = list(_TEMPLATES)
    rng.shuffle(templates)
    sentences = [_sentence(rng, t, story) for t in templates]
    sentences += [_sentence(rng, t, story) for t in rng.sample(_FILLER, 5)]
    rng.shuffle(sentences[3:])
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    topic = story["topic"]
    assert isinstance(topic, tuple)
    day = story["day"]
    assert isinstance(day, dt.date)
    return {
        "id": f"a{story['number']:05d}-{index}",
        "title": f"{str(topic[0]).capitalize()} in {story['place']}: {story['person']} "
        f"speaks on {story['org']}",
        "outlet": rng.choice(_OUTLETS),
        "published": (day + dt.timedelta(days=rng.randrange(2))).isoformat(),
        "text": "\n\n".join(paragraphs),
    }


def synthetic_articles(count: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """``count`` article records (``id``, ``title``, ``outlet``, ``published``, ``text``).

    Stories have one to eight articles (most have one to three); records of a story are
    spread through the stream, as a day's feed interleaves them.
    """
    rng = random.Random(seed)
    records: list[dict[str, str]] = []
    number = 0
    while len(records) < count:
        story = _story(rng, number)
        size = min(8, 1 + int(rng.expovariate(0.6)), count - len(records))
        records.extend(_article(rng, story, i) for i in range(size))
        number += 1
    rng.shuffle(records)
    return iter(records)


def write_jsonl(path: str | Path, count: int, seed: int = 0) -> Path:
    """Write ``count`` synthetic articles as JSON Lines to ``path``; returns the path."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for record in synthetic_articles(count, seed):
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--out", default="-", help="JSON Lines file (default: stdout)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.out == "-":
        for record in synthetic_articles(args.count, args.seed):
            sys.stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    else:
        write_jsonl(args.out, args.count, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
