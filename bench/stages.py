"""What each stage costs per article, against the spaCy parse of the same texts in the same run.

    python bench/stages.py

Parses the news corpus of bench/throughput.py once (every sentence, as ``parse_all``), then
times coding, quotes, dates, places, quantities and the glance separately on the parsed
documents.
"""

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from throughput import corpus  # noqa: E402

from eventscope import Coder  # noqa: E402
from eventscope.ingest import article_from_text  # noqa: E402


def main() -> None:
    coder = Coder()
    texts = corpus()
    articles = [article_from_text(t, id=str(i), published=date(2024, 11, 18))
                for i, t in enumerate(texts)]
    start = time.perf_counter()
    docs = list(coder.nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - start
    totals = dict.fromkeys(("code", "quotes", "dates", "places", "quantities", "glance"), 0.0)

    def timed(stage, fn, *args):
        begin = time.perf_counter()
        value = fn(*args)
        totals[stage] += time.perf_counter() - begin
        return value

    for doc, article in zip(docs, articles, strict=True):
        events = timed("code", coder.events.code_doc, doc, article)
        _, stance = timed("quotes", coder.quotes.find, doc, article)
        events = events + stance
        events = timed("dates", coder.dates.resolve, doc, article, events)
        events = timed("places", coder.places.locate, doc, article, events)
        found = timed("quantities", coder.quantities.extract, doc, article)
        events = timed("quantities", coder.quantities.attach, events, found)
        timed("glance", coder.glancer.glance, doc, article, events)
    n = len(texts)
    print(f"{'spaCy, every sentence':<22} {parse * 1000 / n:7.2f} ms/article")
    for stage, seconds in totals.items():
        print(f"{stage:<22} {seconds * 1000 / n:7.2f} ms/article "
              f"({seconds / parse * 100:4.1f}% of the parse)")


if __name__ == "__main__":
    main()
