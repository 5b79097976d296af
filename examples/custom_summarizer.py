"""A custom summarizer in 20 lines, registered inline and used for a briefing of the seeds.

python examples/custom_summarizer.py [INPUT ...]
"""

# --8<-- [start:summarizer]
from collections import Counter

import newsbrief
from newsbrief.plugin_api import select_items, terms


class Centroid:
    name = "centroid"
    description = "Sentences whose words recur most across all the articles."
    multi_document = True

    def summarize(self, request):
        sentences = [s for d in request.documents for s in d.sentences]
        bags = [set(terms(s.text, request.documents[0].language)) for s in sentences]
        counts = Counter(term for bag in bags for term in bag)
        scores = [sum(counts[t] for t in bag) / (5 + len(bag)) for bag in bags]
        return select_items(sentences, scores, request.budget)  # the best that fit, in order


@newsbrief.hookimpl
def register_summarizers(register):
    register(Centroid())


# --8<-- [end:summarizer]


def main() -> None:
    """Register this module as a plugin and print the four best sentences with their scores."""
    import sys
    from pathlib import Path

    from newsbrief.plugin_api import get_host

    get_host().register(sys.modules[__name__], name="centroid-example")
    inputs = sys.argv[1:] or [str(Path(__file__).resolve().parents[1] / "seeds")]
    # order="input": the summarizer's own four, in its order (the default composes the briefing:
    # stories balanced and newest first, docs/concepts.md#composition).
    corpus = newsbrief.load(*inputs)
    briefing = newsbrief.build_briefing(corpus, summarizer="centroid", sentences=4, order="input")
    for item in briefing.summary:
        print(f"{item.score:.2f} {item.sentence.doc_id} {' '.join(item.sentence.text.split())}")


if __name__ == "__main__":
    main()
