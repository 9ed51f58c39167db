"""Story clustering and event merging on synthetic corpora of growing size, in one run.

    python bench/stories.py [--sizes 1000,2000,4000,8000] [--per-day 40] [--runs 5]

A synthetic news stream is generated (no spaCy): happenings (strikes, meetings, sanctions,
aid pledges, accusations between 30 countries in 60 cities), each reported by 1 to 5 of 12
outlets with differently worded titles and leads, published on the day or the day after, at
``--per-day`` articles a day, so a larger corpus covers a longer period at the same density.
Many happenings share a dyad and a type on the same days (the hard cases: only the city, the
target and the wording tell them apart). Each article carries its coded events (the main
event and often the other side's reaction, with evidence spans and places) and its glance,
written with ``Store.add_many``.

For each size, in a fresh process (so that its peak memory is its own), the store is opened
and measured, best of ``--runs`` (the least disturbed run): the floor, a plain scan of the
articles (every title and text fetched into Python) and of the events; then ``build_stories``
(stories, canonical events, story glances, written to the store). Printed: the time per
size, its ratio to the floor and, per article, to the smallest size; the peak RSS of the
measuring process after the floor scans and after the builds (DuckDB's buffer cache
included) and the peak of the Python objects one build allocates (``tracemalloc``); and the
quality against the generator's truth: pairwise precision, recall and F1 of the stories, and
the canonical events against the true number of distinct happening events (with how many
canonical events mix reports of different true events, and how many true events are split
over several).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventscope.model import (  # noqa: E402
    Actor,
    Article,
    Event,
    EventDate,
    Location,
    Result,
    Span,
    stable_id,
)

COUNTRIES = (  # code, name, adjective, cities
    ("USA", "the United States", "American", ("Washington", "New York", "Chicago")),
    ("RUS", "Russia", "Russian", ("Belgorod", "Kursk", "Bryansk", "Moscow")),
    ("UKR", "Ukraine", "Ukrainian", ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv",
                                    "Kherson", "Kyiv")),
    ("CHN", "China", "Chinese", ("Beijing", "Shanghai")),
    ("IRN", "Iran", "Iranian", ("Tehran", "Isfahan", "Tabriz")),
    ("ISR", "Israel", "Israeli", ("Haifa", "Tel Aviv", "Eilat")),
    ("SYR", "Syria", "Syrian", ("Aleppo", "Idlib", "Homs", "Damascus")),
    ("TUR", "Turkey", "Turkish", ("Ankara", "Istanbul")), ("GBR", "Britain", "British",
                                                             ("London",)),
    ("FRA", "France", "French", ("Paris",)), ("DEU", "Germany", "German", ("Berlin",)),
    ("POL", "Poland", "Polish", ("Warsaw", "Rzeszow")),
    ("IND", "India", "Indian", ("Amritsar", "Srinagar", "New Delhi")),
    ("PAK", "Pakistan", "Pakistani", ("Lahore", "Karachi", "Quetta")),
    ("IRQ", "Iraq", "Iraqi", ("Mosul", "Basra", "Baghdad")),
    ("SAU", "Saudi Arabia", "Saudi", ("Riyadh", "Jeddah")),
    ("YEM", "Yemen", "Yemeni", ("Aden", "Sanaa", "Hodeidah")),
    ("EGY", "Egypt", "Egyptian", ("Cairo",)),
    ("SDN", "Sudan", "Sudanese", ("Khartoum", "Omdurman", "El Fasher")),
    ("ETH", "Ethiopia", "Ethiopian", ("Mekele", "Addis Ababa")),
    ("VEN", "Venezuela", "Venezuelan", ("Caracas", "Maracaibo")),
    ("COL", "Colombia", "Colombian", ("Cucuta", "Bogota")),
    ("BRA", "Brazil", "Brazilian", ("Brasilia", "Sao Paulo")),
    ("ARG", "Argentina", "Argentine", ("Buenos Aires",)),
    ("JPN", "Japan", "Japanese", ("Tokyo", "Osaka")),
    ("KOR", "South Korea", "South Korean", ("Seoul", "Busan")),
    ("PRK", "North Korea", "North Korean", ("Pyongyang",)),
    ("AZE", "Azerbaijan", "Azerbaijani", ("Ganja", "Baku")),
    ("ARM", "Armenia", "Armenian", ("Yerevan", "Goris")),
    ("MEX", "Mexico", "Mexican", ("Mexico City",)),
)
#: pairs that make most of the news (many happenings share them on the same days)
HOT = (("RUS", "UKR"), ("UKR", "RUS"), ("ISR", "IRN"), ("USA", "CHN"), ("IND", "PAK"),
       ("AZE", "ARM"))
#: the hot pairs at war
WAR = (("RUS", "UKR"), ("UKR", "RUS"), ("ISR", "IRN"), ("IND", "PAK"), ("AZE", "ARM"))
FIRST = ("Olena", "Ivan", "Amir", "Dmitri", "Sarah", "Li", "Wei", "Ahmed", "Maria", "Jose",
         "Yuki", "Min-jun", "Arjun", "Fatima", "Hassan", "Anna", "Pierre", "Klaus", "Tomasz",
         "Kemal", "Nadia", "Omar", "Lucia", "Pedro", "Ravi", "Samir", "Elena", "Viktor")
LAST = ("Kovalenko", "Petrov", "Rahimi", "Levi", "Chen", "Wang", "Haddad", "Silva", "Garcia",
        "Tanaka", "Kim", "Sharma", "Khan", "Nowak", "Yilmaz", "Dubois", "Schmidt", "Morales",
        "Ibrahim", "Mendes", "Ivanova", "Sokolov", "Gupta", "Aziz", "Torres", "Novak")
#: a sentence with the happening's own facts (a named official, numbers): every report has one
DETAILS = {
    "strike": ("{k} people were killed and {w} wounded, said {person}, head of the {city} "
               "regional administration.",
               "Governor {person} said {k} people had died and {w} were injured in {city}.",
               "The attack killed {k} people, {person}, the local governor, told reporters."),
    "meeting": ("{person}, the {s} foreign minister, said the sides agreed on {n} points.",
                "Minister {person} said the {n} proposals on {topic} would be studied.",
                "The talks were led by {person}, who called them a first step on {topic}."),
    "sanction": ("The list includes {n} companies and is signed by {person}, the {s} minister.",
                 "Minister {person} said the {n} entities had helped with {topic}.",
                 "{person}, who announced the measures, said {n} firms were affected."),
    "aid": ("{person}, the {s} aid commissioner, said {n} million dollars would go to {city}.",
            "Commissioner {person} said the first of {m} convoys would reach {city}.",
            "The pledge of {n} million dollars was announced by {person}."),
    "accuse": ("Spokesperson {person} said {T} had broken {m} commitments on {topic}.",
               "{person}, speaking for the {s} government, cited {m} violations.",
               "The accusation was made by {person}, a senior {s} official."),
}
OUTLETS = ("Reuters", "AP", "AFP", "BBC", "Al Jazeera", "DW", "The Guardian", "CNN",
           "Kyiv Independent", "Times of India", "El Pais", "NHK")
TARGETS = ("the main power station", "a fuel depot", "an apartment block", "the railway hub",
           "a grain terminal", "the airport", "a military airfield", "an ammunition store")
TOPICS = ("trade", "energy supplies", "the border dispute", "prisoner exchanges",
          "grain exports", "security cooperation", "the ceasefire", "water rights")

# kind: (PLOVER type, CAMEO code, CAMEO name, Goldstein, QuadClass, titles, leads, seconds)
KINDS = {
    "strike": ("ASSAULT", "195", "Employ aerial weapons", -10.0, 4, (
        "{S} strikes hit {city}", "{city} hit by {s} missile attack",
        "{s} missiles pound {city}", "Deadly {s} strike on {city}",
        "{t} city of {city} attacked overnight"), (
        "{s} missiles struck {obj} in {city} on the day, {t} officials said.",
        "{S} launched {n} missiles at {city} overnight, damaging {obj}.",
        "{s} forces attacked {obj} in the {t} city of {city} with drones and missiles.",
        "A {s} missile strike destroyed {obj} in {city}, the regional governor said."), (
        "{k} people were killed and {w} wounded, according to local authorities.",
        "Rescue crews were searching the rubble for survivors.",
        "Air defences shot down {m} of the missiles, the military said.")),
    "meeting": ("CONSULT", "040", "Consult", 1.0, 1, (
        "{S} and {T} ministers meet in {city}", "{s} and {t} officials hold talks on {topic}",
        "{S} hosts {t} delegation in {city}", "Talks in {city} focus on {topic}"), (
        "{s} foreign minister met his {t} counterpart in {city} to discuss {topic}.",
        "Officials from {S} and {T} held talks in {city} on {topic}.",
        "{S} received a {t} delegation in {city} for talks about {topic}."), (
        "Both sides described the talks as constructive.",
        "The ministers agreed to meet again next month.",
        "A joint statement is expected later.")),
    "sanction": ("SANCTION", "163", "Impose embargo, boycott, or sanctions", -8.0, 4, (
        "{S} imposes new sanctions on {T}", "{S} targets {t} {topic} with sanctions",
        "New {s} sanctions hit {T}"), (
        "{S} imposed sanctions on {n} {t} companies linked to {topic}.",
        "{s} authorities announced new sanctions against {T} over {topic}.",
        "{S} sanctioned {t} firms and officials involved in {topic}."), (
        "The measures freeze assets and ban transactions.",
        "Officials said further steps were possible.")),
    "aid": ("AID", "070", "Provide aid", 7.0, 2, (
        "{S} pledges aid to {T}", "{S} sends {n} million dollars in aid to {T}",
        "{s} aid package for {T} announced"), (
        "{S} pledged {n} million dollars in humanitarian aid to {T} after talks in {city}.",
        "{s} officials announced an aid package worth {n} million dollars for {T}.",
        "{S} will send {n} million dollars of aid to {T}, the government said."), (
        "The package includes food, medicine and generators.",
        "Deliveries are expected within weeks.")),
    "accuse": ("ACCUSE", "112", "Accuse", -2.0, 3, (
        "{S} accuses {T} over {topic}", "{s} officials blame {T} for {topic} crisis",
        "{S} lashes out at {T}"), (
        "{S} accused {T} of undermining {topic}, a government spokesperson said in {city}.",
        "{s} officials blamed {T} for the crisis over {topic}.",
        "{S} said {T} was responsible for the collapse of {topic}."), (
        "The foreign ministry summoned the ambassador.",
        "{T} rejected the accusations.")),
}
REACTION = ("ACCUSE", "111", "Criticize or denounce", -2.0, 3)
REACTIONS = ("{T} condemned the {kind} as a provocation.",
             "{t} leaders denounced the {kind} in a statement.",
             "The {t} government condemned {S} for the {kind}.")


def _country(code: str) -> tuple[str, str, str, tuple[str, ...]]:
    return next(c for c in COUNTRIES if c[0] == code)


def generate(n_articles: int, per_day: int, seed: int = 7) -> list[tuple[Result, int]]:
    """``n_articles`` coded articles (with their true happening number), in date order."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    out: list[tuple[Result, int]] = []
    happening = 0
    day = 0
    while len(out) < n_articles:
        made_today = 0
        while made_today < per_day and len(out) < n_articles:
            happening += 1
            kind = rng.choice(("strike", "strike", "meeting", "sanction", "aid", "accuse"))
            hot = 0.7 if kind in ("strike", "accuse") else 0.2
            if rng.random() < hot:
                source, target = rng.choice(WAR if kind == "strike" else HOT)
            else:
                source, target = rng.sample([c[0] for c in COUNTRIES], 2)
            # strikes hit the target's cities; talks, pledges and words come from either side
            city = rng.choice(_country(target)[3] if kind == "strike"
                              else _country(target)[3] + _country(source)[3])
            fill = {
                "S": _country(source)[1], "s": _country(source)[2], "T": _country(target)[1],
                "t": _country(target)[2], "city": city, "obj": rng.choice(TARGETS),
                "topic": rng.choice(TOPICS), "n": rng.randint(2, 90), "k": rng.randint(1, 20),
                "w": rng.randint(2, 60), "m": rng.randint(1, 9), "kind": kind,
                "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            }
            reaction = kind in ("strike", "sanction") and rng.random() < 0.6
            when = start + timedelta(days=day)
            for outlet in rng.sample(OUTLETS, rng.choice((1, 1, 2, 2, 3, 4, 5))):
                published = when + timedelta(days=rng.choice((0, 0, 0, 1)))
                out.append((_article(rng, outlet, kind, fill, source, target, when, published,
                                     happening, reaction), happening))
                made_today += 1
        day += 1
    out.sort(key=lambda r: (r[0].article.published, r[0].article.id))
    return out[:n_articles]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _article(rng: random.Random, outlet: str, kind: str, fill: dict, source: str, target: str,
             when: date, published: date, happening: int, reaction: bool) -> Result:
    plover, cameo, name, goldstein, quad, titles, leads, seconds = KINDS[kind]
    title = _cap(rng.choice(titles).format(**fill))
    first = _cap(rng.choice(leads).format(**fill))
    sentences = [first, _cap(rng.choice(DETAILS[kind]).format(**fill))]
    if reaction:
        sentences.append(_cap(rng.choice(REACTIONS).format(**fill)))
    sentences.append(_cap(rng.choice(seconds).format(**fill)))
    tail = sentences[2:]
    rng.shuffle(tail)
    sentences[2:] = tail
    text = title + "\n" + " ".join(sentences)
    url = f"https://{outlet.lower().replace(' ', '')}.example/h{happening}"
    article = Article(id=stable_id(url), text=text, url=url, outlet=outlet, title=title,
                      published=published)
    start = text.index(first)
    src = Actor(fill["s"], source, "GOV", fill["S"])
    tgt = Actor(fill["T"], target, "GOV", fill["T"])
    events = [_event(article, 1, Span(first, start, start + len(first)), src, tgt, plover,
                     cameo, name, goldstein, quad, when, fill["city"] if kind != "sanction"
                     else None)]
    if reaction:
        second = next(s for s in sentences[2:] if "condemn" in s or "denounc" in s)
        at = text.index(second)
        events.append(_event(article, 2, Span(second, at, at + len(second)), tgt, src,
                             *REACTION, when, None))
    glance = []
    at = len(title) + 1
    for sentence in sentences:
        glance.append(Span(sentence, at, at + len(sentence)))
        at += len(sentence) + 1
    return Result(article=article, events=tuple(events), glance=tuple(glance))


def _event(article: Article, sentence: int, evidence: Span, source: Actor, target: Actor,
           plover: str, cameo: str, name: str, goldstein: float, quad: int, when: date,
           city: str | None) -> Event:
    return Event(
        id=stable_id(article.id, evidence.start, cameo), article_id=article.id,
        sentence=sentence, evidence=evidence, trigger=evidence, source=source, target=target,
        plover_type=plover, plover_mode=None, cameo_code=cameo, cameo_name=name,
        goldstein=goldstein, quad_class=quad,
        date=EventDate(when.isoformat(), "day", False),
        location=Location(city, None, None, None, None, "city") if city else None,
        pattern="bench", coder_version="bench", dictionary_version="bench",
    )


# -- measuring ---------------------------------------------------------------------------------


def write_store(path: Path, n: int, per_day: int) -> dict:
    from eventscope.store import Store

    corpus = generate(n, per_day)
    truth = {r.article.id: h for r, h in corpus}
    events = {(h, e.cameo_code) for r, h in corpus for e in r.events}
    with Store.open(path) as store:
        for i in range(0, len(corpus), 500):
            store.add_many([r for r, _ in corpus[i:i + 500]])
    days = (corpus[-1][0].article.published - corpus[0][0].article.published).days + 1
    return {"truth": truth, "true_events": len(events), "happenings": len(set(truth.values())),
            "days": days}


def measure(path: Path, runs: int, truth: dict) -> dict:
    from eventscope.analyse.stories import build_stories
    from eventscope.store import Store

    with Store.open(path) as store:
        floors, builds, phases = [], [], []
        for _ in range(runs):
            clock = time.perf_counter()
            cursor = store.con.cursor()
            n = 0
            for query in ("SELECT id, title, text FROM articles",
                          "SELECT * FROM events"):
                cursor.execute(query)
                while rows := cursor.fetchmany(4096):
                    n += len(rows)
            cursor.close()
            floors.append(time.perf_counter() - clock)
        floor_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        for _ in range(runs):
            clock = time.perf_counter()
            report = build_stories(store)
            builds.append(time.perf_counter() - clock)
            phases.append(report.phases)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        tracemalloc.start()  # one more build, for the peak of its Python objects
        build_stories(store)
        python_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        assigned = dict(store.con.execute(
            "SELECT article_id, story_id FROM story_articles").fetchall())
        sources = store.con.execute(
            "SELECT c.canonical_id, c.article_id, e.cameo_code FROM canonical_sources c "
            "JOIN events e ON e.id = c.event_id").fetchall()
    precision, recall = _pairwise(truth, assigned)
    events_of: dict[str, set] = {}
    canonicals_of: dict[tuple, set] = {}
    for canonical, article, cameo in sources:
        true_event = (truth[article], cameo)
        events_of.setdefault(canonical, set()).add(true_event)
        canonicals_of.setdefault(true_event, set()).add(canonical)
    return {
        "floor_s": min(floors), "build_s": min(builds),
        "phases": {k: min(p[k] for p in phases) for k in phases[0]},
        "floor_rss_mib": floor_rss, "peak_rss_mib": rss, "python_peak_mib": python_peak,
        "stories": report.stories, "events": report.events,
        "canonical_events": report.canonical_events,
        "precision": precision, "recall": recall,
        # canonical events that mix reports of different true events, and true events
        # whose reports ended up in more than one canonical event
        "mixed": sum(len(v) > 1 for v in events_of.values()),
        "split": sum(len(v) > 1 for v in canonicals_of.values()),
    }


def _pairwise(truth: dict, assigned: dict) -> tuple[float, float]:
    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    both = pairs(Counter((truth[a], assigned[a]) for a in truth))
    predicted = pairs(Counter(assigned[a] for a in truth))
    true = pairs(Counter(truth.values()))
    return (both / predicted if predicted else 1.0, both / true if true else 1.0)


def child(args: argparse.Namespace) -> None:
    folder = Path(args.child)
    meta = json.loads((folder / "meta.json").read_text())
    result = measure(folder / "store.duckdb", args.runs, meta.pop("truth"))
    print(json.dumps({**meta, **result}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    parser.add_argument("--per-day", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            clock = time.perf_counter()
            meta = write_store(folder / "store.duckdb", n, args.per_day)
            (folder / "meta.json").write_text(json.dumps({"n": n, **meta}))
            written = time.perf_counter() - clock
            out = subprocess.run([sys.executable, __file__, "--child", str(folder), "--runs",
                                  str(args.runs)], check=True, capture_output=True, text=True)
            row = json.loads(out.stdout)
            row["write_s"] = written
            rows.append(row)
            print(f"{n} articles: written in {written:.1f} s, measured", file=sys.stderr)
    base = rows[0]
    print(f"time (best of {args.runs} runs) and memory")
    print(f"{'articles':>8} {'days':>5} {'floor':>8} {'build':>8} {'vs floor':>8} "
          f"{'per article vs first':>20} {'RSS floor':>9} {'RSS build':>9} {'Python peak':>11}")
    for r in rows:
        per_article = (r["build_s"] / r["n"]) / (base["build_s"] / base["n"])
        print(f"{r['n']:>8} {r['days']:>5} {r['floor_s'] * 1000:>6.0f}ms "
              f"{r['build_s'] * 1000:>6.0f}ms {r['build_s'] / r['floor_s']:>7.1f}× "
              f"{per_article:>19.2f}× {r['floor_rss_mib']:>5.0f} MiB {r['peak_rss_mib']:>5.0f} MiB"
              f" {r['python_peak_mib']:>7.1f} MiB")
    print("quality against the generator's truth")
    print(f"{'articles':>8} {'happenings':>10} {'stories':>8} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'events':>7} {'true':>6} {'canonical':>9} {'mixed':>6} {'split':>6}")
    for r in rows:
        f1 = 2 * r["precision"] * r["recall"] / (r["precision"] + r["recall"])
        print(f"{r['n']:>8} {r['happenings']:>10} {r['stories']:>8} {r['precision']:>6.3f} "
              f"{r['recall']:>6.3f} {f1:>6.3f} {r['events']:>7} {r['true_events']:>6} "
              f"{r['canonical_events']:>9} {r['mixed']:>6} {r['split']:>6}")
    last = rows[-1]
    print(f"phases at {last['n']}: " + ", ".join(f"{k} {v * 1000:.0f} ms"
                                                 for k, v in last["phases"].items()))
    print(f"{last['n'] // base['n']}× the articles: {last['build_s'] / base['build_s']:.2f}× the "
          f"time (the floor: {last['floor_s'] / base['floor_s']:.2f}×)")

if __name__ == "__main__":
    main()
