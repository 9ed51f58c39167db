"""Stories and canonical events: one happening, reported by many outlets, counted once.

``build_stories(store)`` reads the stored articles and events and writes six tables of its
own (created here, replaced together in one transaction on every build):

- ``stories``: one row per story (a cluster of articles on one happening): id, title (the
  title of its most central article), that article's id, first and last date, the number of
  articles and outlets, the actor countries its articles' events name;
- ``story_articles``: every article with its story, its rank in the story (by date) and its
  cosine similarity to the story's centroid;
- ``story_glance``: the story's own 3–6 key points, chosen from its articles' stored glance
  points, each with the article and the character span it comes from;
- ``canonical_events``: one row per happening-level event, the fields of its most complete
  report, with ``n_sources`` (distinct articles), ``n_outlets`` and ``n_events`` (raw events
  merged into it), and ``confidence``, the highest confidence of those raw events (NULL when
  none has one: they were stored before events were rated);
- ``canonical_sources``: every raw event of a canonical event: its article, outlet, url and
  evidence span. The raw ``events`` table is left as it is.
- ``stories_build``: when the tables were built and a fingerprint of the articles and events
  they were built from (``ensure_built`` rebuilds when the store has changed since).

Stories (lexical, one pass over the articles in date order)
    An article is its title and lead (the first :data:`LEAD_SENTENCES` sentences of the body,
    at most :data:`LEAD_CHARS` characters) as a TF-IDF vector (lower-cased words without stop
    words, plural ``s`` stripped, sublinear term frequency, smoothed IDF over the whole
    store), normalised to length 1. Articles are taken in publication order (the date of
    their first event when they have none); each joins the open story whose centroid it is
    most similar to (cosine ≥ :data:`SIMILARITY`), otherwise it starts a story. A story is
    open to articles at most :data:`WINDOW_DAYS` days after its first one, and only stories
    that share a blocking key with the article are compared (an actor country of its events,
    or one of its :data:`KEY_TERMS` heaviest words). Structure vetoes a join: when both the
    article and the story have them, they must share an actor country, a city where their
    events took place, and an event kind (source country and PLOVER type). A story that can
    no longer be joined is written out and forgotten, so the work per article depends on
    the stories open in its window, not on the size of the store (no all-pairs comparison),
    and memory holds that window only.
Canonical events
    Raw events are merged when they have the same source country, the same PLOVER type (the
    same CAMEO root for codes PLOVER drops) and the same modality (asserted, or negated or
    hypothetical); compatible targets (the same country, or one of them unknown); a date
    within :data:`EVENT_WINDOW_DAYS` days of the first event of the group (the event's date,
    else its article's publication date); compatible places (two different cities, or two
    different regions, named in the text are different happenings; a country-level place
    agrees with any); and come from the same story, or have overlapping evidence (at least
    :data:`COPIED_SHARE` of the evidence's runs of :data:`EVIDENCE_RUN` words seen in the
    group: the same wire copy in different stories). The representative is the most
    complete report (known target, sectors, a place named in the text, a date read from the
    text, not reported speech), then the earliest; the canonical event takes its fields (and
    the group's target when it has none).
A story's glance
    The glance points of its (at most :data:`GLANCE_ARTICLES` most central) articles, ranked
    by how many other articles of the story say the same (a point whose content words
    overlap another's by at least :data:`POINT_OVERLAP`), then by their place in their
    article and their article's centrality; near-duplicates of a chosen point are skipped.
    Points said by two or more articles come first (up to :data:`MAX_POINTS`); points only
    one article makes fill the glance up to :data:`MIN_POINTS`.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import StoreError, one_line
from ..model import stable_id

#: bump when the method changes, so stores built by an older one are rebuilt
METHOD_VERSION = "1"

LEAD_SENTENCES = 3
LEAD_CHARS = 600
SIMILARITY = 0.3
WINDOW_DAYS = 3
KEY_TERMS = 3

EVENT_WINDOW_DAYS = 2
EVIDENCE_RUN = 5
COPIED_SHARE = 0.5

MIN_POINTS = 3
MAX_POINTS = 6
POINT_OVERLAP = 0.5
GLANCE_ARTICLES = 20

#: rows written at a time (bounded memory for any size of store)
BATCH = 1024
#: an undated article or event sorts after every dated one and is in every undated one's window
_UNDATED = 10**9

_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "stories": (
        ("id", "VARCHAR"), ("title", "VARCHAR"), ("lead_article_id", "VARCHAR"),
        ("first_date", "DATE"), ("last_date", "DATE"), ("n_articles", "INTEGER"),
        ("n_outlets", "INTEGER"), ("countries", "VARCHAR[]"),
    ),
    "story_articles": (
        ("story_id", "VARCHAR"), ("article_id", "VARCHAR"), ("rank", "INTEGER"),
        ("outlet", "VARCHAR"), ("title", "VARCHAR"), ("published", "DATE"),
        ("similarity", "DOUBLE"),
    ),
    "story_glance": (
        ("story_id", "VARCHAR"), ("rank", "INTEGER"), ("article_id", "VARCHAR"),
        ("text", "VARCHAR"), ("text_start", "INTEGER"), ("text_end", "INTEGER"),
        ("support", "INTEGER"),
    ),
    "canonical_events": (
        ("id", "VARCHAR"), ("story_id", "VARCHAR"), ("event_id", "VARCHAR"),
        ("article_id", "VARCHAR"), ("date", "DATE"), ("source_country", "VARCHAR"),
        ("source_sector", "VARCHAR"), ("target_country", "VARCHAR"), ("target_sector", "VARCHAR"),
        ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"), ("cameo_code", "VARCHAR"),
        ("cameo_name", "VARCHAR"), ("goldstein", "DOUBLE"), ("quad_class", "INTEGER"),
        ("asserted", "BOOLEAN"), ("negated", "BOOLEAN"), ("future", "BOOLEAN"),
        ("hypothetical", "BOOLEAN"), ("location_name", "VARCHAR"),
        ("location_country", "VARCHAR"), ("evidence_text", "VARCHAR"),
        ("n_sources", "INTEGER"), ("n_outlets", "INTEGER"), ("n_events", "INTEGER"),
        ("confidence", "DOUBLE"),
    ),
    "canonical_sources": (
        ("canonical_id", "VARCHAR"), ("event_id", "VARCHAR"), ("article_id", "VARCHAR"),
        ("outlet", "VARCHAR"), ("url", "VARCHAR"), ("published", "DATE"), ("date", "DATE"),
        ("evidence_text", "VARCHAR"), ("evidence_start", "INTEGER"),
        ("evidence_end", "INTEGER"), ("representative", "BOOLEAN"),
    ),
    "stories_build": (
        ("built_at", "TIMESTAMP"), ("fingerprint", "VARCHAR"), ("articles", "BIGINT"),
        ("events", "BIGINT"), ("stories", "BIGINT"), ("canonical_events", "BIGINT"),
        ("seconds", "DOUBLE"),
    ),
}
TABLES = tuple(_TABLES)

_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
          "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
          "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string())}

_STOP = frozenset("""
a about above after again against ago all also am an and any are around as at be because been
before being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in into is
it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself yourselves
said says say told according reported reports report added news week year years day days
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow overnight
january february march april may june july august september october november december
one two three also would could may might must new mr mrs ms per cent percent amid
""".split())
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+|\n+")


# -- text features -----------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """Content words of ``text``: lower case, stop words out, possessive and plural ``s`` off."""
    out = []
    for word in _WORD_RE.findall(text.lower()):
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        word = word.replace("'", "")
        if word in _STOP or (len(word) < 3 and not word.isdigit()):
            continue
        out.append(_stem(word))
    return out


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s"):
        if word.endswith("ies"):
            return word[:-3] + "y"
        if not word.endswith(("ss", "us", "is")):
            return word[:-1]
    return word


def lead(title: str | None, text: str | None) -> str:
    """The title and the first sentences of the body (what the story clustering reads)."""
    body = text or ""
    title = (title or "").strip()
    if title and body.lstrip().startswith(title):
        body = body.lstrip()[len(title):]
    pieces = [p for p in _SENTENCE_END.split(body.strip()) if p and p.strip()]
    kept: list[str] = []
    size = 0
    for piece in pieces[:LEAD_SENTENCES]:
        if size and size + len(piece) > LEAD_CHARS:
            break
        kept.append(piece.strip())
        size += len(piece)
    return f"{title}\n{' '.join(kept)[:LEAD_CHARS]}"


def _vector(words: list[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    counts = Counter(words)
    vec = {w: (1.0 + math.log(c)) * (math.log((1 + n_docs) / (1 + df.get(w, 0))) + 1.0)
           for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {w: v / norm for w, v in vec.items()} if norm else {}


# -- report ------------------------------------------------------------------------------------


@dataclass
class StoriesReport:
    """What one ``build_stories`` run did."""

    articles: int = 0
    stories: int = 0
    multi_article_stories: int = 0  # stories of two or more articles
    events: int = 0  # raw events read
    canonical_events: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def merged(self) -> int:
        """Raw events that were folded into another report of the same happening."""
        return self.events - self.canonical_events

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "merged": self.merged}


# -- building ----------------------------------------------------------------------------------


def build_stories(store) -> StoriesReport:
    """Cluster the store's articles into stories and merge their events into canonical events.

    The six tables of this module are created if missing and their rows replaced in one
    transaction: a failure leaves the previous build as it was. Raises ``StoreError`` for a
    store opened read-only or one that cannot be written.
    """
    if store.read_only:
        raise StoreError(f"{store.path}: opened read-only; building stories writes to the "
                         "store (open it writable)")
    started = time.perf_counter()
    report = StoriesReport()
    con: duckdb.DuckDBPyConnection = store.con
    reader = con.cursor()  # streams articles (committed rows)
    mapper = con.cursor()  # holds the article -> story map, then streams events and glances
    try:
        fingerprint, n_articles, n_events = _fingerprint(reader)
        mapper.execute("CREATE OR REPLACE TEMP TABLE _story_map (article_id VARCHAR, "
                       "story_id VARCHAR, similarity DOUBLE, n_articles INTEGER)")
        con.begin()
        try:
            _create_tables(con)
            for table in TABLES:
                con.execute(f"DELETE FROM {table}")
            writer = _Writer(con)
            clock = time.perf_counter()
            _cluster(reader, mapper, writer, report)
            report.phases["stories"] = time.perf_counter() - clock
            clock = time.perf_counter()
            _canonical(mapper, writer, report)
            report.phases["canonical events"] = time.perf_counter() - clock
            clock = time.perf_counter()
            _glances(mapper, writer)
            report.phases["glances"] = time.perf_counter() - clock
            report.seconds = time.perf_counter() - started
            writer.add("stories_build", (
                datetime.now(timezone.utc).replace(tzinfo=None), fingerprint, n_articles,
                n_events, report.stories, report.canonical_events, report.seconds))
            writer.flush()
            con.commit()
        except BaseException:
            try:
                con.rollback()
            except duckdb.Error:
                pass
            raise
    except duckdb.Error as exc:
        raise StoreError(f"{store.path}: cannot build stories: {one_line(exc)}") from None
    finally:
        for cursor in (reader, mapper):
            try:
                cursor.close()  # the temp table goes with its connection
            except duckdb.Error:
                pass
    return report


def is_built(store) -> bool:
    """Whether the story tables exist and were built from the store's current contents."""
    con = store.con
    present = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}
    if not set(TABLES) <= present or not layout_ok(con):
        return False
    row = con.execute("SELECT fingerprint FROM stories_build ORDER BY built_at DESC LIMIT 1"
                      ).fetchone()
    return row is not None and row[0] == _fingerprint(con)[0]


def ensure_built(store, *, rebuild: bool = False) -> StoriesReport | None:
    """Build the story tables if they are missing, out of date, or ``rebuild``; the report of
    the build, or None when the tables were current."""
    if not rebuild and is_built(store):
        return None
    return build_stories(store)


def open_built(path: str | Path, *, rebuild: bool = False):
    """Open the store at ``path`` with current story tables: read-only when they are current,
    else writable to build them first (then the store stays open writable). A folder written
    by ``eventscope batch`` is read as it is and its stories are built in memory. Returns the
    store and the build report (None when nothing was built)."""
    from ..store import Store

    if Path(path).is_dir():
        from ..batch import is_batch, open_batch

        if is_batch(path):
            store = Store(open_batch(path), Path(path), read_only=False)
            try:
                return store, build_stories(store)
            except BaseException:
                store.close()
                raise
    if not rebuild:
        store = Store.open(path, read_only=True)
        try:
            if is_built(store):
                return store, None
        except BaseException:
            store.close()
            raise
        store.close()
    store = Store.open(path)
    try:
        return store, ensure_built(store, rebuild=rebuild)
    except BaseException:
        store.close()
        raise


def _fingerprint(con) -> tuple[str, int, int]:
    n_articles, newest, ids = con.execute(
        "SELECT count(*), coalesce(max(ingested_at)::VARCHAR, ''), "
        "coalesce(bit_xor(hash(id)), 0) FROM articles").fetchone()
    n_events, event_ids = con.execute(
        "SELECT count(*), coalesce(bit_xor(hash(id)), 0) FROM events").fetchone()
    settings = (METHOD_VERSION, SIMILARITY, WINDOW_DAYS, EVENT_WINDOW_DAYS, COPIED_SHARE)
    return (stable_id(n_articles, newest, ids, n_events, event_ids, *settings),
            int(n_articles), int(n_events))


def layout_ok(con) -> bool:
    """Whether the story tables have this version's columns (an older version's are rebuilt:
    ``is_built`` is False for them)."""
    for table, spec in _TABLES.items():
        names = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
            "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()]
        if names != [name for name, _ in spec]:
            return False
    return True


def _create_tables(con) -> None:
    """Create the tables (a table of another layout, from an older version, is replaced)."""
    for table, spec in _TABLES.items():
        names = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
            "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()]
        if names and names != [name for name, _ in spec]:
            con.execute(f"DROP TABLE {table}")
        columns = ", ".join(f'"{name}" {kind}' for name, kind in spec)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")


class _Writer:
    """Rows of the module's tables, inserted in Arrow batches of :data:`BATCH` rows."""

    def __init__(self, con) -> None:
        self.con = con
        self.rows: dict[str, list[tuple]] = {table: [] for table in _TABLES}

    def add(self, table: str, row: tuple) -> None:
        rows = self.rows[table]
        rows.append(row)
        if len(rows) >= BATCH:
            self._insert(table)

    def flush(self) -> None:
        for table in _TABLES:
            self._insert(table)

    def _insert(self, table: str) -> None:
        rows = self.rows[table]
        if not rows:
            return
        self.con.from_arrow(_arrow(table, rows)).insert_into(table)
        rows.clear()


def _arrow(table: str, rows: list[tuple]) -> pa.Table:
    spec = _TABLES[table]
    columns = list(zip(*rows, strict=True))
    return pa.table({name: pa.array(list(columns[i]), type=_ARROW[kind])
                     for i, (name, kind) in enumerate(spec)})


def _stream(cursor, query: str, params: list | None = None) -> Iterator[tuple]:
    cursor.execute(query, params or [])
    while True:
        rows = cursor.fetchmany(BATCH)
        if not rows:
            return
        yield from rows


def _day(value: date | None) -> int:
    return value.toordinal() if value is not None else _UNDATED


# -- phase 1: stories --------------------------------------------------------------------------

_ARTICLES = """
SELECT a.id, a.title, substr(a.text, 1, 4000) AS text, a.outlet, a.published,
       coalesce(a.published, e.first_date) AS day, e.countries, e.places, e.kinds
FROM articles a
LEFT JOIN (
    SELECT article_id, min(date) AS first_date,
           list_sort(list_distinct(flatten([list(source_country), list(target_country)])))
               AS countries,
           list_sort(list_distinct(list(lower(location_name)) FILTER (
               WHERE location_feature = 'city' AND NOT coalesce(location_fallback, false))))
               AS places,
           list_sort(list_distinct(list(source_country || ':' || coalesce(
               plover_type, 'CAMEO' || substr(cameo_code, 1, 2))) FILTER (
               WHERE source_country IS NOT NULL AND NOT coalesce(negated, false))))
               AS kinds
    FROM events GROUP BY article_id
) e ON e.article_id = a.id
ORDER BY day NULLS LAST, a.id
"""


@dataclass
class _Member:
    article_id: str
    title: str | None
    outlet: str | None
    published: date | None
    day: int
    vector: dict[str, float]


@dataclass
class _Story:
    first_day: int
    countries: set[str]
    keys: set[str]
    places: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    members: list[_Member] = field(default_factory=list)

    def add(self, member: _Member) -> None:
        centroid = self.centroid
        for word, weight in member.vector.items():
            old = centroid.get(word, 0.0)
            new = old + weight
            centroid[word] = new
            self.norm2 += new * new - old * old
        self.members.append(member)

    def similarity(self, vector: dict[str, float]) -> float:
        if self.norm2 <= 0.0:
            return 0.0
        centroid = self.centroid
        dot = sum(w * centroid.get(t, 0.0) for t, w in vector.items())
        return dot / math.sqrt(self.norm2)


def _cluster(reader, mapper, writer: _Writer, report: StoriesReport) -> None:
    # pass 1: document frequencies of the lead words
    df: Counter[str] = Counter()
    n_docs = 0
    for _, title, text, *_rest in _stream(reader, "SELECT id, title, substr(text, 1, 4000) "
                                                  "FROM articles"):
        df.update(set(tokens(lead(title, text))))
        n_docs += 1
    # pass 2: one pass in date order over a window of open stories
    open_stories: dict[int, _Story] = {}
    by_key: dict[str, set[int]] = defaultdict(set)
    next_id = 0
    current_day: int | None = None
    map_rows: list[tuple] = []

    def close(number: int) -> None:
        story = open_stories.pop(number)
        for key in story.keys:
            bucket = by_key.get(key)
            if bucket is not None:
                bucket.discard(number)
                if not bucket:
                    del by_key[key]
        _write_story(story, writer, map_rows, report)
        if len(map_rows) >= BATCH:
            _flush_map(mapper, map_rows)

    for article_id, title, text, outlet, published, day_value, countries, places, kinds in _stream(
            reader, _ARTICLES):
        report.articles += 1
        day = _day(day_value)
        if day != current_day:
            current_day = day
            for number in [n for n, s in open_stories.items()
                           if s.first_day < day - WINDOW_DAYS]:
                close(number)
        words = tokens(lead(title, text))
        vector = _vector(words, df, n_docs)
        member = _Member(article_id, title, outlet, published, day, vector)
        countries = set(countries or ())
        places = set(places or ())
        kinds = set(kinds or ())
        heaviest = sorted(vector, key=lambda w: (-vector[w], w))[:KEY_TERMS]
        keys = {f"c:{c}" for c in countries} | {f"t:{w}" for w in heaviest}
        candidates: set[int] = set()
        for key in keys:
            candidates |= by_key.get(key, set())
        best, best_score = None, SIMILARITY
        for number in sorted(candidates):
            story = open_stories[number]
            if countries and story.countries and not countries & story.countries:
                continue
            if places and story.places and not places & story.places:
                continue
            if kinds and story.kinds and not kinds & story.kinds:
                continue
            score = story.similarity(vector)
            if score >= best_score:
                best, best_score = number, score
        if best is None:
            best = next_id
            next_id += 1
            open_stories[best] = _Story(day, set(), set())
        story = open_stories[best]
        story.add(member)
        story.countries |= countries
        story.places |= places
        story.kinds |= kinds
        new_keys = keys - story.keys
        story.keys |= new_keys
        for key in new_keys:
            by_key[key].add(best)
    for number in sorted(open_stories):
        close(number)
    _flush_map(mapper, map_rows)


def _write_story(story: _Story, writer: _Writer, map_rows: list[tuple],
                 report: StoriesReport) -> None:
    members = sorted(story.members, key=lambda m: (m.day, m.article_id))
    story_id = stable_id("story", members[0].article_id)
    similarity = {m.article_id: round(story.similarity(m.vector), 6) for m in members}
    lead_member = max(members, key=lambda m: (similarity[m.article_id], -m.day,
                                              _neg(m.article_id)))
    dates = [m.published for m in members if m.published is not None]
    outlets = {m.outlet for m in members if m.outlet}
    writer.add("stories", (
        story_id, lead_member.title, lead_member.article_id, min(dates) if dates else None,
        max(dates) if dates else None, len(members), len(outlets), sorted(story.countries)))
    for rank, m in enumerate(members, start=1):
        writer.add("story_articles", (story_id, m.article_id, rank, m.outlet, m.title,
                                      m.published, similarity[m.article_id]))
        map_rows.append((m.article_id, story_id, similarity[m.article_id], len(members)))
    report.stories += 1
    if len(members) > 1:
        report.multi_article_stories += 1


def _neg(text: str) -> tuple[int, ...]:
    """A key that sorts strings in reverse (so ``max`` breaks ties on the smallest id)."""
    return tuple(-ord(c) for c in text)


def _flush_map(mapper, rows: list[tuple]) -> None:
    if not rows:
        return
    batch = pa.table({
        "article_id": pa.array([r[0] for r in rows], pa.string()),
        "story_id": pa.array([r[1] for r in rows], pa.string()),
        "similarity": pa.array([r[2] for r in rows], pa.float64()),
        "n_articles": pa.array([r[3] for r in rows], pa.int32()),
    })
    mapper.register("_story_map_batch", batch)
    try:
        mapper.execute("INSERT INTO temp._story_map SELECT * FROM _story_map_batch")
    finally:
        mapper.unregister("_story_map_batch")
    rows.clear()


# -- phase 2: canonical events -----------------------------------------------------------------

_EVENTS = """
SELECT e.id, e.article_id, m.story_id, a.outlet, a.url, a.published,
       e.source_country, e.source_sector, e.target_country, e.target_sector,
       e.plover_type, e.plover_mode, e.cameo_code, e.cameo_name, e.goldstein, e.quad_class,
       coalesce(e.negated, false) AS negated, coalesce(e.future, false) AS future,
       coalesce(e.hypothetical, false) AS hypothetical, coalesce(e.reported, false) AS reported,
       coalesce(e.date, a.published) AS day, coalesce(e.date_from_text, false) AS from_text,
       e.location_name, e.location_country, e.location_feature,
       coalesce(e.location_fallback, false) AS fallback,
       e.evidence_text, e.evidence_start, e.evidence_end,
       coalesce(e.plover_type, 'CAMEO' || substr(e.cameo_code, 1, 2)) AS kind,
       coalesce(e.negated, false) OR coalesce(e.hypothetical, false) AS unasserted,
       e.confidence
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN temp._story_map m ON m.article_id = e.article_id
ORDER BY e.source_country NULLS LAST, kind NULLS LAST, unasserted, day NULLS LAST,
         a.published NULLS LAST, e.article_id, e.evidence_start, e.id
"""


@dataclass
class _Event:
    id: str
    article_id: str
    story_id: str | None
    outlet: str | None
    url: str | None
    published: date | None
    source_country: str | None
    source_sector: str | None
    target_country: str | None
    target_sector: str | None
    plover_type: str | None
    plover_mode: str | None
    cameo_code: str | None
    cameo_name: str | None
    goldstein: float | None
    quad_class: int | None
    negated: bool
    future: bool
    hypothetical: bool
    reported: bool
    day: date | None
    from_text: bool
    location_name: str | None
    location_country: str | None
    location_feature: str | None
    fallback: bool
    evidence_text: str | None
    evidence_start: int | None
    evidence_end: int | None
    kind: str | None
    unasserted: bool
    confidence: float | None

    def completeness(self) -> float:
        return (2.0 * (self.target_country is not None) + (self.source_sector is not None)
                + (self.target_sector is not None)
                + (self.location_name is not None and not self.fallback)
                + self.from_text + 0.5 * (not self.reported) + 0.5 * (self.plover_mode is not None))


@dataclass
class _Group:
    anchor: int
    target: str | None
    stories: set[str | None]
    places: dict[str, set[str]]  # feature -> names (city, region, country named in the text)
    runs: set[tuple[str, ...]]
    members: list[_Event] = field(default_factory=list)


def _runs(text: str | None) -> set[tuple[str, ...]]:
    words = _WORD_RE.findall((text or "").lower())
    return {tuple(words[i:i + EVIDENCE_RUN]) for i in range(len(words) - EVIDENCE_RUN + 1)}


def _copied(runs: set[tuple[str, ...]], seen: set[tuple[str, ...]]) -> bool:
    """Whether most of an evidence's word runs were seen in a group (the same sentence,
    copied from the same wire report)."""
    return bool(runs) and len(runs & seen) >= COPIED_SHARE * len(runs)


def _place(event: _Event) -> tuple[str, str] | None:
    if event.location_name is None or event.fallback:
        return None
    return (event.location_feature or "city", event.location_name.lower())


def _places_agree(group: _Group, place: tuple[str, str] | None) -> bool:
    if place is None:
        return True
    names = group.places.get(place[0])
    return not names or place[1] in names


class _OpenGroups:
    """The groups of one partition still open (anchored less than the window ago), found by
    story and by evidence run."""

    def __init__(self) -> None:
        self.queue: deque[_Group] = deque()  # in anchor order
        self.by_story: dict[str | None, dict[int, _Group]] = defaultdict(dict)
        self.by_run: dict[tuple[str, ...], dict[int, _Group]] = defaultdict(dict)

    def add(self, group: _Group) -> None:
        self.queue.append(group)

    def index_story(self, group: _Group, story: str | None) -> None:
        self.by_story[story][id(group)] = group

    def index_runs(self, group: _Group, runs: set[tuple[str, ...]]) -> None:
        for run in runs:
            self.by_run[run][id(group)] = group

    def candidates(self, story: str | None, runs: set[tuple[str, ...]]) -> list[_Group]:
        found = dict(self.by_story.get(story, {}))
        for run in runs:
            found.update(self.by_run.get(run, {}))
        return list(found.values())

    def pop_before(self, day: int | None) -> Iterator[_Group]:
        """Close the groups anchored before ``day`` (every group when None)."""
        while self.queue and (day is None or self.queue[0].anchor < day):
            group = self.queue.popleft()
            for story in group.stories:
                self._forget(self.by_story, story, group)
            for run in group.runs:
                self._forget(self.by_run, run, group)
            yield group

    @staticmethod
    def _forget(index: dict, key: Any, group: _Group) -> None:
        bucket = index.get(key)
        if bucket is not None:
            bucket.pop(id(group), None)
            if not bucket:
                del index[key]


def _canonical(mapper, writer: _Writer, report: StoriesReport) -> None:
    partition: tuple | None = None
    groups = _OpenGroups()
    for row in _stream(mapper, _EVENTS):
        event = _Event(*row)
        report.events += 1
        key = (event.source_country, event.kind, event.unasserted)
        day = _day(event.day)
        if key != partition:
            partition = key
            limit = None
        else:
            limit = day - EVENT_WINDOW_DAYS
        for group in groups.pop_before(limit):
            _write_group(group, writer, report)
        runs = _runs(event.evidence_text)
        place = _place(event)
        best: _Group | None = None
        best_rank: tuple = ()
        for group in groups.candidates(event.story_id, runs):
            if abs(day - group.anchor) > EVENT_WINDOW_DAYS:
                continue
            if (event.target_country is not None and group.target is not None
                    and event.target_country != group.target):
                continue
            if not _places_agree(group, place):
                continue
            same_story = event.story_id in group.stories
            if not same_story and not _copied(runs, group.runs):
                continue
            rank = (same_story, event.target_country == group.target, len(group.members),
                    -group.anchor)
            if best is None or rank > best_rank:
                best, best_rank = group, rank
        if best is None:
            best = _Group(day, None, set(), {}, set())
            groups.add(best)
        best.members.append(event)
        if best.target is None and event.target_country is not None:
            best.target = event.target_country
        if place is not None:
            best.places.setdefault(place[0], set()).add(place[1])
        new_runs = runs - best.runs if len(best.members) <= 8 else set()
        best.runs |= new_runs
        if event.story_id not in best.stories:
            best.stories.add(event.story_id)
            groups.index_story(best, event.story_id)
        groups.index_runs(best, new_runs)
    for group in groups.pop_before(None):
        _write_group(group, writer, report)


def _write_group(group: _Group, writer: _Writer, report: StoriesReport) -> None:
    members = group.members
    rep = max(members, key=lambda e: (
        e.completeness(), -_day(e.published), _neg(e.article_id), -(e.evidence_start or 0),
        _neg(e.id)))
    canonical_id = stable_id("canonical", rep.id, rep.article_id, rep.evidence_start)
    stories = Counter(e.story_id for e in members)
    story_id = rep.story_id if rep.story_id is not None else stories.most_common(1)[0][0]
    target = rep.target_country or group.target
    target_sector = rep.target_sector
    if rep.target_country is None and target is not None:
        target_sector = next((e.target_sector for e in members if e.target_country == target
                              and e.target_sector), None)
    articles = {e.article_id for e in members}
    outlets = {e.outlet for e in members if e.outlet}
    # a happening reported once with confidence is as sure as its surest report
    confidences = [e.confidence for e in members if e.confidence is not None]
    writer.add("canonical_events", (
        canonical_id, story_id, rep.id, rep.article_id, rep.day, rep.source_country,
        rep.source_sector, target, target_sector, rep.plover_type, rep.plover_mode,
        rep.cameo_code, rep.cameo_name, rep.goldstein, rep.quad_class, not rep.unasserted,
        rep.negated, rep.future, rep.hypothetical,
        rep.location_name, rep.location_country, rep.evidence_text, len(articles),
        len(outlets), len(members), max(confidences) if confidences else None))
    for e in members:
        writer.add("canonical_sources", (
            canonical_id, e.id, e.article_id, e.outlet, e.url, e.published, e.day,
            e.evidence_text, e.evidence_start, e.evidence_end, e is rep))
    report.canonical_events += 1


# -- phase 3: story glances --------------------------------------------------------------------

_GLANCES = """
SELECT m.story_id, g.article_id, g.rank, g.text, g.text_start, g.text_end, m.similarity,
       m.n_articles
FROM glance g JOIN temp._story_map m ON m.article_id = g.article_id
ORDER BY m.story_id, m.similarity DESC, g.article_id, g.rank
"""


def _glances(mapper, writer: _Writer) -> None:
    story: str | None = None
    rows: list[tuple] = []
    for row in _stream(mapper, _GLANCES):
        if row[0] != story:
            if rows:
                _write_glance(story, rows, writer)
            story, rows = row[0], []
        rows.append(row)
    if rows:
        _write_glance(story, rows, writer)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def story_glance(points: list[tuple[str, int, str, int, int, float]]
                 ) -> list[tuple[str, int, str, int, int, int]]:
    """The story's key points from its articles' glance points.

    ``points``: (article id, rank in its article's glance, text, start, end, the article's
    similarity to the story) in order of article similarity. Returns (article id, rank, text,
    start, end, support) best first, where support is the number of other articles that make
    the same point.
    """
    articles: list[str] = []
    for p in points:
        if p[0] not in articles:
            articles.append(p[0])
    kept = set(articles[:GLANCE_ARTICLES])
    points = [p for p in points if p[0] in kept]
    words = [frozenset(tokens(p[2])) for p in points]
    scored = []
    for i, p in enumerate(points):
        support = {q[0] for j, q in enumerate(points)
                   if q[0] != p[0] and _overlap(words[i], words[j]) >= POINT_OVERLAP}
        score = (1 + len(support)) * (1.0 - 0.08 * (p[1] - 1)) * (0.75 + 0.25 * p[5])
        scored.append((score, len(support), i))
    scored.sort(key=lambda s: (-s[0], s[2]))
    chosen: list[tuple[int, int]] = []
    for _score, support, i in scored:
        if len(chosen) >= MAX_POINTS:
            break
        if support == 0 and len(chosen) >= MIN_POINTS and len(kept) > 1:
            continue
        if any(_overlap(words[i], words[j]) >= POINT_OVERLAP for j, _ in chosen):
            continue
        chosen.append((i, support))
    return [(points[i][0], points[i][1], points[i][2], points[i][3], points[i][4], support)
            for i, support in chosen]


def _write_glance(story_id: str, rows: list[tuple], writer: _Writer) -> None:
    points = [(r[1], r[2], r[3], r[4], r[5], r[6] or 0.0) for r in rows]
    if rows[0][7] == 1:  # one article: its own glance, as it is
        chosen = [(p[0], p[1], p[2], p[3], p[4], 0) for p in points[:MAX_POINTS]]
    else:
        chosen = story_glance(points)
    for rank, (article_id, _r, text, start, end, support) in enumerate(chosen, start=1):
        writer.add("story_glance", (story_id, rank, article_id, text, start, end, support))


# -- reading -----------------------------------------------------------------------------------


def read_stories(store, *, limit: int | None = None, min_articles: int = 1,
            story_id: str | None = None) -> list[dict[str, Any]]:
    """Stories with their articles, glance and canonical events, largest first (then newest).

    The story tables must be built (``ensure_built``). Each story is a dict: id, title,
    first_date, last_date, n_articles, n_outlets, countries, articles (id, outlet, title,
    published, url, similarity), glance (text, article_id, start, end, support) and events
    (canonical events with ``n_sources`` and their ``sources``).
    """
    con = store.con
    where = ["n_articles >= ?"]
    params: list[Any] = [min_articles]
    if story_id:
        where.append("id = ?")
        params.append(story_id)
    query = (f"SELECT * FROM stories WHERE {' AND '.join(where)} "
             "ORDER BY n_articles DESC, last_date DESC NULLS LAST, id")
    if limit is not None:
        query += " LIMIT ?"
        params.append(int(limit))
    cursor = con.execute(query, params)
    names = [d[0] for d in cursor.description]
    found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    if not found:
        return []
    ids = [s["id"] for s in found]
    articles = _grouped(con, """
        SELECT s.story_id, s.article_id AS id, s.outlet, s.title, s.published, a.url,
               s.similarity
        FROM story_articles s LEFT JOIN articles a ON a.id = s.article_id
        WHERE s.story_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY s.story_id, s.rank""", ids)
    glance = _grouped(con, """
        SELECT story_id, text, article_id, text_start AS start, text_end AS "end", support
        FROM story_glance WHERE story_id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY story_id, rank""", ids)
    events = _grouped(con, """
        SELECT story_id, id, date, source_country, source_sector, target_country,
               target_sector, plover_type, cameo_code, cameo_name, goldstein, quad_class,
               asserted, location_name, evidence_text, n_sources, n_outlets, n_events,
               confidence
        FROM canonical_events WHERE story_id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY story_id, n_sources DESC, date NULLS LAST, id""", ids)
    event_ids = [e["id"] for evs in events.values() for e in evs]
    sources = _grouped(con, """
        SELECT canonical_id, article_id, outlet, url, evidence_text, evidence_start,
               evidence_end
        FROM canonical_sources WHERE canonical_id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY canonical_id, published NULLS LAST, article_id, evidence_start""", event_ids)
    for story in found:
        story["articles"] = articles.get(story["id"], [])
        story["glance"] = glance.get(story["id"], [])
        story["events"] = events.get(story["id"], [])
        for event in story["events"]:
            event["sources"] = sources.get(event["id"], [])
    return found


def _grouped(con, query: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    cursor = con.execute(query, [ids])
    names = [d[0] for d in cursor.description]
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in cursor.fetchall():
        out[row[0]].append(dict(zip(names[1:], row[1:], strict=True)))
    return out


__all__ = ["StoriesReport", "build_stories", "ensure_built", "is_built", "layout_ok", "lead",
           "open_built", "read_stories", "story_glance", "tokens"]
