"""The event store: coded articles, events, actors, quotes, quantities and glances in DuckDB.

``Store.open(path)`` opens (or creates) a DuckDB file and makes sure it holds the current
schema; ``Store.ingest(paths, coder)`` reads, codes and stores a corpus; ``events(...)``,
``export(...)`` and ``sql(...)`` read it back. Nothing here loads spaCy: ``ingest`` takes a
:class:`~eventscope.coder.Coder` from the caller.

Schema (version :data:`SCHEMA_VERSION`, kept in the ``schema_version`` table):

- ``articles``: one row per article, keyed by the article's stable id, with its text,
  metadata, the outlet's key points, counts of its events and quotes, the coder and
  dictionary versions that coded it and when it was stored (UTC).
- ``events``: one row per event, flattened: evidence and trigger spans, source and target
  actors (``source_country``, ``source_sector``, ``source_text``, ``source_name``,
  ``source_kind``, ``source_resolved_by``, ``source_group``, and the same for ``target_``),
  PLOVER type and mode, CAMEO code and name, Goldstein score, QuadClass, the four modality
  flags, the date (with its precision and whether the text gave it), the location (name,
  country, GeoNames id, latitude, longitude, feature class), the dictionary pattern and
  versions, and the event's ``confidence`` (0..1) with the ``signals`` it was computed from
  (NULL for events stored before schema 3: recode them to rate them).
- ``actors``: every actor mention with its role: ``source`` and ``target`` of an event,
  ``speaker`` and ``about`` of a quote; ``group_code`` is the actor's group (HMS) where its
  country is the group's home (PSE).
- ``quotes``: one row per quote: speaker, the quote span, reporting verb, stance, direct.
- ``quantities``: numbers with units (troops, money, casualties, …); ``event_id`` is set when
  the quantity belongs to an event and null when it was only found in the article.
- ``glance``: the article's at-a-glance summary, one row per line, in ``rank`` order.
- ``locations`` (a view): the events that carry a location, with that location.

Every span is stored as ``*_text``, ``*_start`` and ``*_end``: character offsets into
``articles.text``.

Durability: each batch of articles is written in one transaction (all the rows of an article
are always in the same one), so a crash or ``kill -9`` keeps every committed article whole and
loses only the batch in flight; a re-run skips the stored articles and codes the rest.
"""

from __future__ import annotations

import glob
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from .errors import InputError, StoreError, one_line
from .model import Actor, Article, Event, Quantity, Result

if TYPE_CHECKING:  # pragma: no cover
    from .coder import Coder

#: the schema this version of eventscope reads and writes
SCHEMA_VERSION = 3

#: statements that take a store from version ``v`` (the key) to ``v + 1``, run in one
#: transaction when an older store is opened
MIGRATIONS: dict[int, tuple[str, ...]] = {
    # 2: actors carry their group (Hamas: country PSE, group HMS)
    1: ("ALTER TABLE events ADD COLUMN source_group VARCHAR",
        "ALTER TABLE events ADD COLUMN target_group VARCHAR",
        "ALTER TABLE actors ADD COLUMN group_code VARCHAR"),
    # 3: events carry their confidence and the signals it was computed from (NULL for the
    # events already stored: ``ingest --recode`` rates them)
    2: ("ALTER TABLE events ADD COLUMN confidence DOUBLE",
        "ALTER TABLE events ADD COLUMN signals VARCHAR[]"),
}

#: the first bytes of every DuckDB database file carry this magic at offset 8
_DUCKDB_MAGIC = b"DUCK"

# (column, DuckDB type, constraint) for every table; the DDL and the Arrow batches are built
# from the same lists
SCHEMA: dict[str, tuple[tuple[str, str, str], ...]] = {
    "articles": (
        ("id", "VARCHAR", "PRIMARY KEY"),
        ("url", "VARCHAR", ""),
        ("outlet", "VARCHAR", ""),
        ("title", "VARCHAR", ""),
        ("published", "DATE", ""),
        ("language", "VARCHAR", ""),
        ("path", "VARCHAR", ""),
        ("text", "VARCHAR", "NOT NULL"),
        ("key_points", "VARCHAR[]", ""),
        ("n_events", "INTEGER", "NOT NULL"),
        ("n_quotes", "INTEGER", "NOT NULL"),
        ("coder_version", "VARCHAR", ""),
        ("dictionary_version", "VARCHAR", ""),
        ("ingested_at", "TIMESTAMP", "NOT NULL"),
    ),
    "events": (
        ("id", "VARCHAR", "NOT NULL"),
        ("article_id", "VARCHAR", "NOT NULL"),
        ("sentence", "INTEGER", ""),
        ("evidence_text", "VARCHAR", ""),
        ("evidence_start", "INTEGER", ""),
        ("evidence_end", "INTEGER", ""),
        ("trigger_text", "VARCHAR", ""),
        ("trigger_start", "INTEGER", ""),
        ("trigger_end", "INTEGER", ""),
        ("source_country", "VARCHAR", ""),
        ("source_sector", "VARCHAR", ""),
        ("source_text", "VARCHAR", ""),
        ("source_name", "VARCHAR", ""),
        ("source_kind", "VARCHAR", ""),
        ("source_resolved_by", "VARCHAR", ""),
        ("target_country", "VARCHAR", ""),
        ("target_sector", "VARCHAR", ""),
        ("target_text", "VARCHAR", ""),
        ("target_name", "VARCHAR", ""),
        ("target_kind", "VARCHAR", ""),
        ("target_resolved_by", "VARCHAR", ""),
        ("plover_type", "VARCHAR", ""),
        ("plover_mode", "VARCHAR", ""),
        ("cameo_code", "VARCHAR", ""),
        ("cameo_name", "VARCHAR", ""),
        ("goldstein", "DOUBLE", ""),
        ("quad_class", "INTEGER", ""),
        ("negated", "BOOLEAN", ""),
        ("future", "BOOLEAN", ""),
        ("hypothetical", "BOOLEAN", ""),
        ("reported", "BOOLEAN", ""),
        ("date", "DATE", ""),
        ("date_precision", "VARCHAR", ""),
        ("date_from_text", "BOOLEAN", ""),
        ("date_text", "VARCHAR", ""),
        ("location_name", "VARCHAR", ""),
        ("location_country", "VARCHAR", ""),
        ("location_geonames_id", "BIGINT", ""),
        ("location_lat", "DOUBLE", ""),
        ("location_lon", "DOUBLE", ""),
        ("location_feature", "VARCHAR", ""),
        ("location_fallback", "BOOLEAN", ""),
        ("pattern", "VARCHAR", ""),
        ("coder_version", "VARCHAR", ""),
        ("dictionary_version", "VARCHAR", ""),
        ("source_group", "VARCHAR", ""),
        ("target_group", "VARCHAR", ""),
        ("confidence", "DOUBLE", ""),
        ("signals", "VARCHAR[]", ""),
    ),
    "actors": (
        ("article_id", "VARCHAR", "NOT NULL"),
        ("event_id", "VARCHAR", ""),
        ("quote_id", "VARCHAR", ""),
        ("role", "VARCHAR", "NOT NULL"),  # source | target | speaker | about
        ("text", "VARCHAR", ""),
        ("country", "VARCHAR", ""),
        ("sector", "VARCHAR", ""),
        ("name", "VARCHAR", ""),
        ("kind", "VARCHAR", ""),
        ("resolved_by", "VARCHAR", ""),
        ("text_start", "INTEGER", ""),
        ("text_end", "INTEGER", ""),
        ("group_code", "VARCHAR", ""),
    ),
    "quotes": (
        ("id", "VARCHAR", "NOT NULL"),
        ("article_id", "VARCHAR", "NOT NULL"),
        ("speaker_text", "VARCHAR", ""),
        ("speaker_country", "VARCHAR", ""),
        ("speaker_sector", "VARCHAR", ""),
        ("speaker_name", "VARCHAR", ""),
        ("text", "VARCHAR", ""),
        ("text_start", "INTEGER", ""),
        ("text_end", "INTEGER", ""),
        ("verb", "VARCHAR", ""),
        ("stance", "DOUBLE", ""),
        ("direct", "BOOLEAN", ""),
    ),
    "quantities": (
        ("article_id", "VARCHAR", "NOT NULL"),
        ("event_id", "VARCHAR", ""),
        ("text", "VARCHAR", ""),
        ("value", "DOUBLE", ""),
        ("upper", "DOUBLE", ""),
        ("unit", "VARCHAR", ""),
        ("kind", "VARCHAR", ""),
        ("text_start", "INTEGER", ""),
        ("text_end", "INTEGER", ""),
    ),
    "glance": (
        ("article_id", "VARCHAR", "NOT NULL"),
        ("rank", "INTEGER", "NOT NULL"),
        ("text", "VARCHAR", ""),
        ("text_start", "INTEGER", ""),
        ("text_end", "INTEGER", ""),
    ),
}
#: the tables whose rows belong to an article (deleted with it)
_CHILD_TABLES = ("events", "actors", "quotes", "quantities", "glance")

VIEWS = {
    "locations": """
        SELECT article_id, id AS event_id, date, location_name AS name,
               location_country AS country, location_geonames_id AS geonames_id,
               location_lat AS lat, location_lon AS lon, location_feature AS feature,
               location_fallback AS fallback
        FROM events WHERE location_name IS NOT NULL
    """,
}

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}

#: statement types ``Store.sql`` runs; everything else is refused
_READ_STATEMENTS = frozenset({"SELECT", "EXPLAIN", "PRAGMA"})

EXPORT_FORMATS = ("parquet", "csv", "jsonl", "gdelt")

#: the 61 columns of the GDELT 2.0 event table, in file order
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)


@dataclass
class IngestReport:
    """What one ``Store.ingest`` run did."""

    ingested: int = 0  # articles coded and stored for the first time
    recoded: int = 0  # articles already stored, coded again and replaced (``recode=True``)
    skipped: int = 0  # articles already stored (or seen earlier in the same run)
    events: int = 0  # events stored by this run
    unrated: int = 0  # events stored by this run without a confidence (a coder that rates none)
    #: (file or file:line, reason) for every input that could not be read or coded
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.ingested + self.recoded


#: write-ahead log size that triggers a checkpoint of a writable store
CHECKPOINT_EVERY = "4MB"


class Store:
    """A DuckDB file of coded articles. Use ``Store.open(path)``; close it (or use ``with``)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._layouts: dict[str, bool] = {}

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open the store at ``path``, creating it (and its folder) unless ``read_only``.

        A store of an older schema is migrated (also when opened read-only, if the file can
        be written); a store of a newer one, a file that is not DuckDB, or a DuckDB file that
        is not an eventscope store raise ``StoreError`` saying what to do.
        """
        path = Path(path)
        _check_file(path, read_only)
        try:
            con = cls._connect(path, read_only=read_only)
        except _OlderSchema as older:
            # a read-only reader of an older store migrates it once in write mode
            try:
                cls._connect(path, read_only=False).close()
            except StoreError as exc:
                raise StoreError(f"{older} and it cannot be migrated here ({exc}); copy it "
                                 "to a writable folder and open it there") from None
            con = cls._connect(path, read_only=True)
        return cls(con, path, read_only)

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            # rows written since the last checkpoint stay in memory: checkpointing every few
            # MB of log (DuckDB's default is 16) keeps a long ingest's memory flat
            config = {} if read_only else {"checkpoint_threshold": CHECKPOINT_EVERY}
            con = duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise StoreError(_open_problem(path, exc)) from None
        try:
            _ensure_schema(con, path, read_only)
        except BaseException:
            con.close()
            raise
        return con

    def close(self) -> None:
        """Close the store (DuckDB folds its log into the file; if that fails, say so: the
        committed rows stay in the log and are read back on the next open)."""
        try:
            self.con.close()
        except duckdb.Error as exc:
            raise StoreError(_write_problem(self.path, exc)) from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        try:
            self.close()
        except StoreError:
            if exc_type is None:
                raise

    def schema_version(self) -> int:
        return int(self.con.execute("SELECT max(version) FROM schema_version").fetchone()[0])

    # -- writing -------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        """Whether the article is stored."""
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add(self, result: Result, *, replace: bool = False) -> None:
        """Store one coded article (all its rows in one transaction)."""
        self.add_many([result], replace=replace)

    def add_many(self, results: Sequence[Result], *, replace: bool = False) -> None:
        """Store coded articles in one transaction: all of them, or (on error) none.

        An article that is already stored raises ``StoreError`` unless ``replace``, which
        deletes its old rows (events, quotes, …) in the same transaction first.
        """
        self._write(results, replace=replace, check=not replace)

    def _write(self, results: Sequence[Result], *, replace: bool, check: bool) -> None:
        if not results:
            return
        self._writable()
        rows = Rows()
        for result in results:
            rows.add(result)
        ids = [r.article.id for r in results]
        if len(set(ids)) != len(ids):
            raise StoreError("the same article id appears twice in one batch")
        con = self.con
        try:
            con.begin()
            try:
                if replace:
                    self._delete(ids)
                if check:
                    present = self._present(ids)
                    if present:
                        raise StoreError(f"article {sorted(present)[0]!r} is already stored "
                                         "(recode it to replace its events)")
                for table in SCHEMA:
                    self._insert(table, rows.columns(table))
                con.commit()
            except BaseException:
                _rollback(con)
                raise
        except duckdb.Error as exc:
            raise StoreError(_write_problem(self.path, exc)) from None

    def delete_article(self, article_id: str) -> bool:
        """Delete an article and all its rows; whether it was stored."""
        self._writable()
        try:
            self.con.begin()
            try:
                present = bool(self._present([article_id]))
                self._delete([article_id])
                self.con.commit()
            except BaseException:
                _rollback(self.con)
                raise
        except duckdb.Error as exc:
            raise StoreError(_write_problem(self.path, exc)) from None
        return present

    def ingest(
        self,
        paths: Iterable[str | Path],
        coder: Coder,
        *,
        recode: bool = False,
        published: date | None = None,
        batch_size: int | None = None,
        progress: Callable[[IngestReport], None] | None = None,
    ) -> IngestReport:
        """Read, code and store the articles of the files and folders given.

        An article already stored (by id) is skipped, or with ``recode`` coded again and its
        rows replaced. Unreadable inputs (and articles the coder fails on) go to
        ``report.failed`` and the run goes on. Each batch of ``batch_size`` articles (default:
        the coder's) is committed in one transaction. ``progress(report)`` is called after
        every input that fails and after every batch. A store that cannot be written raises
        ``StoreError``; the batches committed before it stay stored.
        """
        from .ingest import read_articles

        self._writable()
        report = IngestReport()
        size = max(1, batch_size or getattr(coder, "batch_size", 16) or 16)
        seen: set[str] = set()
        batch: list[Article] = []

        def tick() -> None:
            if progress is not None:
                progress(report)

        def flush() -> None:
            present = self._present([article.id for article in batch])
            todo = [a for a in batch if recode or a.id not in present]
            report.skipped += len(batch) - len(todo)
            batch.clear()
            results = self.code_articles(coder, todo, report) if todo else []
            try:
                # the ids were checked before coding, and no other process can write
                self._write(results, replace=bool(present), check=False)
            except StoreError as exc:
                raise StoreError(f"{exc}; the {report.stored} article(s) this run stored before "
                                 "are kept, run again to store the rest") from None
            for result in results:
                if result.article.id in present:
                    report.recoded += 1
                else:
                    report.ingested += 1
                report.events += len(result.events)
                report.unrated += sum(e.confidence is None for e in result.events)
            tick()

        for item in read_articles(expand_paths(paths), published=published):
            if isinstance(item, InputError):
                report.failed.append((item.where, item.reason))
                tick()
                continue
            if item.id in seen:
                report.skipped += 1
                tick()
                continue
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= size:
                flush()
        if batch:
            flush()
        return report

    @staticmethod
    def code_articles(coder: Coder, batch: list[Article], report: IngestReport
                      ) -> list[Result]:
        """The batch coded in one ``pipe``; if that fails, article by article."""
        try:
            return list(coder.pipe(batch))
        except Exception:  # find the article that fails and keep the others
            results = []
            for article in batch:
                try:
                    results.append(coder.code_article(article))
                except Exception as exc:
                    where = article.path or article.id
                    report.failed.append((where, f"article {article.id!r} could not be coded: "
                                                 f"{one_line(exc)}"))
            return results

    # -- reading -------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """The number of rows of each table."""
        return {table: int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in SCHEMA}

    def events(
        self,
        *,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        type: str | None = None,
        cameo: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        place: str | None = None,
        text: str | None = None,
        min_confidence: float | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Events matching every filter given, in date and article order, as dicts.

        ``actor`` matches the source or the target country or group code (PSE or HMS),
        ``source`` and ``target`` one side; ``type`` is a PLOVER type; ``cameo`` a CAMEO code
        prefix ("19" is every FIGHT code); ``since`` and ``until`` bound the event date
        (inclusive); ``place`` matches part of the location name or its country code; ``text``
        part of the evidence text (case-insensitive); ``min_confidence`` (0..1) the event's
        confidence, where events without one (stored before events were rated) are kept: they
        are not known to be unsure. Filters only select: nothing is deleted. Every value is
        bound as a query parameter.
        """
        where: list[str] = []
        params: list[Any] = []
        minimum = check_min_confidence(min_confidence)
        if minimum:
            where.append(confidence_condition())
            params.append(minimum)
        if actor:
            where.append("(? IN (source_country, source_group, target_country, target_group))")
            params.append(_code(actor, "actor"))
        if source:
            where.append("? IN (source_country, source_group)")
            params.append(_code(source, "source"))
        if target:
            where.append("? IN (target_country, target_group)")
            params.append(_code(target, "target"))
        if type:
            where.append("plover_type = ?")
            params.append(_code(type, "type"))
        if cameo:
            if not cameo.isdigit():
                raise StoreError(f"--cameo must be a CAMEO code or prefix of digits, got {cameo!r}")
            where.append("starts_with(cameo_code, ?)")
            params.append(cameo)
        if since:
            where.append("date >= ?")
            params.append(_date(since, "since"))
        if until:
            where.append("date <= ?")
            params.append(_date(until, "until"))
        if place:
            where.append("(contains(lower(location_name), lower(?)) OR location_country = ?)")
            params += [place, place.upper()]
        if text:
            where.append("contains(lower(evidence_text), lower(?))")
            params.append(text)
        query = "SELECT * FROM events"
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " ORDER BY date NULLS LAST, article_id, evidence_start, id"
        if limit is not None:
            if limit < 0:
                raise StoreError(f"--limit must be 0 or more, got {limit}")
            query += " LIMIT ?"
            params.append(limit)
        cursor = self.con.execute(query, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def sql(self, query: str) -> tuple[list[str], list[tuple]]:
        """Run one read-only statement (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, PRAGMA, …).

        Returns the column names and the rows. Anything else (INSERT, UPDATE, DELETE,
        CREATE, DROP, COPY, ATTACH, SET, …) raises ``StoreError``; the statement also runs in
        a transaction that is rolled back, and the CLI opens the store read-only, so nothing
        it does can change the store.
        """

        def fetch(cursor: duckdb.DuckDBPyConnection) -> tuple[list[str], list[tuple]]:
            cursor.execute(query)
            names = [d[0] for d in cursor.description or ()]
            return names, cursor.fetchall() if cursor.description else []

        return self._read_only(query, fetch)

    def sql_arrow(self, query: str) -> pa.Table:
        """``sql`` with the result as an Arrow table (``.to_pandas()``, Polars, …)."""
        return self._read_only(query, lambda cursor: cursor.sql(query).to_arrow_table())

    def _read_only(self, query: str, run: Callable[[duckdb.DuckDBPyConnection], Any]) -> Any:
        try:
            statements = duckdb.extract_statements(query)
        except duckdb.Error as exc:
            raise StoreError(f"SQL error: {one_line(exc)}") from None
        if len(statements) != 1:
            raise StoreError(f"give one SQL statement at a time, got {len(statements)}")
        kind = statements[0].type.name
        if kind not in _READ_STATEMENTS:
            raise StoreError(f"refused: {kind} statements are not allowed; the store is "
                             "read-only here (only SELECT, WITH, SHOW, DESCRIBE, SUMMARIZE, "
                             "EXPLAIN and PRAGMA)")
        cursor = self.con.cursor()
        try:
            if not self.read_only:
                cursor.begin()
            return run(cursor)
        except duckdb.Error as exc:
            raise StoreError(f"SQL error: {one_line(exc)}") from None
        finally:
            if not self.read_only:
                _rollback(cursor)
            cursor.close()

    def confidence_counts(self, min_confidence: float = 0.0) -> tuple[int, int, int]:
        """(stored events, those whose confidence reaches ``min_confidence``, those without a
        confidence: stored before events were rated, or by a coder that rates none)."""
        minimum = check_min_confidence(min_confidence) or 0.0
        total, reaching, unrated = self.con.execute(
            "SELECT count(*), count(*) FILTER (WHERE confidence >= ?), "
            "count(*) FILTER (WHERE confidence IS NULL) FROM events", [minimum]).fetchone()
        return int(total), int(reaching), int(unrated)

    def export(self, fmt: str, out: str | Path, *, min_confidence: float | None = None) -> int:
        """Write every event (with ``min_confidence``, those whose confidence reaches it, and
        those without one) to ``out``; the number of events written.

        ``parquet``: a folder partitioned by event month (``month=YYYY-MM``, ``month=unknown``
        for undated events); ``csv`` (with a header) and ``jsonl``: one file, one row per
        event (every column of ``events``, confidence and signals included) with the
        article's url, outlet and publication date; ``gdelt``: the 61 tab-separated columns of
        the GDELT 2.0 event table, without a header, as GDELT ships them (see
        :data:`GDELT_COLUMNS` and ``_GDELT_SELECT`` for what fills each; GDELT has no
        confidence column).
        """
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
        minimum = check_min_confidence(min_confidence)
        out = Path(out)
        if fmt == "parquet":
            if out.exists() and (not out.is_dir() or any(out.iterdir())):
                raise StoreError(f"{out}: exists and is not an empty folder; Parquet export "
                                 "writes a folder of month=YYYY-MM partitions, give a new path")
        elif out.is_dir():
            raise StoreError(f"{out}: is a folder; give a file name for {fmt} export")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{out}: cannot create its folder: {exc.strerror or exc}") from None
        options = {
            "parquet": "FORMAT parquet, PARTITION_BY (month), COMPRESSION zstd",
            "csv": "FORMAT csv, HEADER true",
            "jsonl": "FORMAT json",
            "gdelt": "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE ''",
        }[fmt]
        where, params = "", []
        if minimum:
            where, params = f"WHERE {confidence_condition('e.confidence')}", [minimum]
        select = {
            "parquet": f"SELECT {_EXPORT_COLUMNS}, "
                       "coalesce(strftime(e.date, '%Y-%m'), 'unknown') AS month "
                       f"{_EXPORT_FROM.format(where=where)}",
            "csv": f"SELECT {_EXPORT_COLUMNS} {_EXPORT_FROM.format(where=where)}",
            "jsonl": f"SELECT {_EXPORT_COLUMNS} {_EXPORT_FROM.format(where=where)}",
            "gdelt": _GDELT_SELECT.format(where=where),
        }[fmt]
        n = int(self.con.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0])
        try:
            # the path and the minimum are bound parameters; the statement itself is constant
            self.con.execute(f"COPY ({select}) TO ? ({options})", [*params, str(out)])
        except duckdb.Error as exc:
            raise StoreError(f"{out}: export failed: {one_line(exc)}") from None
        return n

    # -- internals -----------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    def _present(self, ids: list[str]) -> set[str]:
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def _delete(self, ids: list[str]) -> None:
        for table in _CHILD_TABLES:
            self.con.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            )
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])

    def _exact_layout(self, table: str) -> bool:
        """Whether the table has exactly the spec's columns in order (not so after a
        migration that added one)."""
        if table not in self._layouts:
            names = [r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                "'main' AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()]
            self._layouts[table] = names == [name for name, _, _ in SCHEMA[table]]
        return self._layouts[table]

    def _insert(self, table: str, columns: dict[str, list]) -> None:
        spec = SCHEMA[table]
        if not columns[spec[0][0]]:
            return
        batch = arrow_table(table, columns)
        if self._exact_layout(table):
            self.con.from_arrow(batch).insert_into(table)  # the fast path: same columns
            return
        view = f"_incoming_{table}"
        names = ", ".join(f'"{name}"' for name, _, _ in spec)
        self.con.register(view, batch)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
        finally:
            self.con.unregister(view)


def expand_paths(paths: Iterable[str | Path]) -> list[str]:
    """The paths with glob patterns (``corpus/*.jsonl``, ``**``) expanded, in sorted order.

    A pattern that matches nothing, and every path without one, is kept as given (reading it
    then reports "file not found").
    """
    expanded: list[str] = []
    for path in map(str, paths):
        matches = (sorted(glob.glob(path, recursive=True))
                   if any(c in path for c in "*?[") and not Path(path).exists() else [])
        expanded += matches or [path]
    return expanded


# -- rows --------------------------------------------------------------------------------------


def arrow_table(table: str, columns: dict[str, list]) -> pa.Table:
    """Columns of one store table (as ``Rows`` collects them) as an Arrow table of its types."""
    return pa.table({name: pa.array(columns[name], type=_ARROW_TYPES[kind])
                     for name, kind, _ in SCHEMA[table]})


class Rows:
    """Column lists of every table for a batch of results."""

    def __init__(self) -> None:
        self._columns = {table: {name: [] for name, _, _ in spec}
                         for table, spec in SCHEMA.items()}
        self._now = datetime.now(timezone.utc).replace(tzinfo=None)

    def columns(self, table: str) -> dict[str, list]:
        return self._columns[table]

    def _append(self, table: str, **values: Any) -> None:
        columns = self._columns[table]
        for name, column in columns.items():
            column.append(values.get(name))

    def add(self, result: Result) -> None:
        article = result.article
        versions = next(((e.coder_version, e.dictionary_version) for e in result.events),
                        (None, None))
        self._append(
            "articles", id=article.id, url=article.url, outlet=article.outlet,
            title=article.title, published=article.published, language=article.language,
            path=article.path, text=article.text,
            key_points=[span.text for span in article.key_points],
            n_events=len(result.events), n_quotes=len(result.quotes),
            coder_version=versions[0] or None, dictionary_version=versions[1] or None,
            ingested_at=self._now,
        )
        attached: set[tuple] = set()
        for event in result.events:
            self._event(event)
            for quantity in event.quantities:
                attached.add(_quantity_key(quantity))
                self._quantity(article.id, event.id, quantity)
        for quantity in result.quantities:
            if _quantity_key(quantity) not in attached:
                self._quantity(article.id, None, quantity)
        for quote in result.quotes:
            speaker = quote.speaker
            self._append(
                "quotes", id=quote.id, article_id=article.id, speaker_text=quote.speaker_text,
                speaker_country=speaker.country if speaker else None,
                speaker_sector=speaker.sector if speaker else None,
                speaker_name=speaker.name if speaker else None,
                text=quote.text.text, text_start=quote.text.start, text_end=quote.text.end,
                verb=quote.verb, stance=quote.stance, direct=quote.direct,
            )
            if speaker is not None:
                self._actor(article.id, "speaker", speaker, quote_id=quote.id)
            for about in quote.about:
                self._actor(article.id, "about", about, quote_id=quote.id)
        for rank, span in enumerate(result.glance, start=1):
            self._append("glance", article_id=article.id, rank=rank, text=span.text,
                         text_start=span.start, text_end=span.end)

    def _event(self, event: Event) -> None:
        values: dict[str, Any] = {
            "id": event.id, "article_id": event.article_id, "sentence": event.sentence,
            "evidence_text": event.evidence.text, "evidence_start": event.evidence.start,
            "evidence_end": event.evidence.end,
            "trigger_text": event.trigger.text if event.trigger else None,
            "trigger_start": event.trigger.start if event.trigger else None,
            "trigger_end": event.trigger.end if event.trigger else None,
            "plover_type": event.plover_type, "plover_mode": event.plover_mode,
            "cameo_code": event.cameo_code, "cameo_name": event.cameo_name,
            "goldstein": event.goldstein, "quad_class": event.quad_class,
            "negated": event.modality.negated, "future": event.modality.future,
            "hypothetical": event.modality.hypothetical, "reported": event.modality.reported,
            "date": _event_date(event.date.value), "date_precision": event.date.precision,
            "date_from_text": event.date.from_text, "date_text": event.date.text,
            "pattern": event.pattern or None, "coder_version": event.coder_version or None,
            "dictionary_version": event.dictionary_version or None,
            "confidence": event.confidence, "signals": list(event.signals),
        }
        for role, actor in (("source", event.source), ("target", event.target)):
            if actor is not None:
                values.update({
                    f"{role}_country": actor.country, f"{role}_sector": actor.sector,
                    f"{role}_text": actor.text, f"{role}_name": actor.name,
                    f"{role}_kind": actor.kind, f"{role}_resolved_by": actor.resolved_by,
                    f"{role}_group": actor.group,
                })
                self._actor(event.article_id, role, actor, event_id=event.id)
        location = event.location
        if location is not None:
            values.update({
                "location_name": location.name, "location_country": location.country,
                "location_geonames_id": location.geonames_id, "location_lat": location.lat,
                "location_lon": location.lon, "location_feature": location.feature,
                "location_fallback": location.fallback,
            })
        self._append("events", **values)

    def _actor(self, article_id: str, role: str, actor: Actor, *, event_id: str | None = None,
               quote_id: str | None = None) -> None:
        self._append(
            "actors", article_id=article_id, event_id=event_id, quote_id=quote_id, role=role,
            text=actor.text, country=actor.country, sector=actor.sector, name=actor.name,
            kind=actor.kind, resolved_by=actor.resolved_by, text_start=actor.start,
            text_end=actor.end, group_code=actor.group,
        )

    def _quantity(self, article_id: str, event_id: str | None, quantity: Quantity) -> None:
        self._append(
            "quantities", article_id=article_id, event_id=event_id, text=quantity.text,
            value=quantity.value, upper=quantity.upper, unit=quantity.unit, kind=quantity.kind,
            text_start=quantity.start, text_end=quantity.end,
        )


def _quantity_key(quantity: Quantity) -> tuple:
    return (quantity.start, quantity.end, quantity.text, quantity.unit, quantity.kind)


def _event_date(value: str | None) -> date | None:
    """The ISO date of an event (``YYYY``, ``YYYY-MM`` take the first day); None if none."""
    if not value:
        return None
    try:
        if len(value) == 4:
            return date(int(value), 1, 1)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# -- opening -----------------------------------------------------------------------------------


def _check_file(path: Path, read_only: bool) -> None:
    """A missing store (read-only), a folder, or a file that is not DuckDB: ``StoreError``."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file (give a file name with --db)")
    if not path.exists():
        if read_only:
            raise StoreError(f"{path}: no store here (create one with: eventscope ingest "
                             f"FILES --db {path})")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create its folder: {exc.strerror or exc}") from None
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store: {exc.strerror or exc}") from None
    if head[8:12] != _DUCKDB_MAGIC:
        raise StoreError(f"{path}: not a DuckDB database (wrong file, or damaged); give "
                         "another --db or move this file away")


class _OlderSchema(Exception):
    """A store of an older schema opened read-only (``Store.open`` migrates it)."""


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def _ensure_schema(con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
    tables = _tables(con)
    if not tables:
        if read_only:
            raise StoreError(f"{path}: an empty DuckDB file, not an eventscope store yet "
                             f"(fill it with: eventscope ingest FILES --db {path})")
        _run_in_transaction(con, path, [*_ddl(), _version_row(SCHEMA_VERSION)])
        return
    if "schema_version" not in tables:
        raise StoreError(f"{path}: a DuckDB database but not an eventscope store (no "
                         "schema_version table); give another --db")
    version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    if version is None:
        raise StoreError(f"{path}: the schema_version table is empty; the store is damaged")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema version {version} is newer than this "
                         f"eventscope's ({SCHEMA_VERSION}); upgrade eventscope to read it")
    if version == SCHEMA_VERSION:
        return
    if read_only:
        raise _OlderSchema(f"{path}: store schema version {version} is older than this "
                           f"eventscope's ({SCHEMA_VERSION})")
    statements: list[str] = []
    for step in range(version, SCHEMA_VERSION):
        if step not in MIGRATIONS:
            raise StoreError(f"{path}: store schema version {version} cannot be migrated to "
                             f"{SCHEMA_VERSION}; re-ingest the corpus into a new store "
                             "(eventscope ingest FILES --db NEW.duckdb)")
        statements += [*MIGRATIONS[step], _version_row(step + 1)]
    _run_in_transaction(con, path, statements)


def _ddl() -> list[str]:
    statements = ["CREATE TABLE schema_version (version INTEGER NOT NULL, "
                  "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"]
    for table, spec in SCHEMA.items():
        columns = ", ".join(f'"{name}" {kind} {constraint}'.rstrip()
                            for name, kind, constraint in spec)
        statements.append(f"CREATE TABLE {table} ({columns})")
    statements += [f"CREATE VIEW {name} AS {query}" for name, query in VIEWS.items()]
    return statements


def _version_row(version: int) -> str:
    return f"INSERT INTO schema_version (version) VALUES ({int(version)})"


def _run_in_transaction(con: duckdb.DuckDBPyConnection, path: Path, statements: list[str]):
    try:
        con.begin()
        try:
            for statement in statements:
                con.execute(statement)
            con.commit()
        except BaseException:
            _rollback(con)
            raise
    except duckdb.Error as exc:
        raise StoreError(_write_problem(path, exc)) from None


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.rollback()
    except duckdb.Error:
        pass  # no transaction open, or the database is already invalidated


# -- messages ----------------------------------------------------------------------------------


def _open_problem(path: Path, exc: duckdb.Error) -> str:
    message = one_line(exc)
    lowered = message.lower()
    if "lock" in lowered:
        return (f"{path}: the store is in use by another process (wait for it to finish, "
                "or close it)")
    if "permission denied" in lowered or "read-only file system" in lowered:
        return f"{path}: cannot open the store: permission denied (choose a writable --db)"
    if "not a valid duckdb database" in lowered:
        return f"{path}: not a DuckDB database (wrong file, or damaged); give another --db"
    return f"{path}: cannot open the store: {message}"


def _write_problem(path: Path, exc: duckdb.Error) -> str:
    message = one_line(exc)
    lowered = message.lower()
    hint = ""
    if any(s in lowered for s in ("no space", "file too large", "quota", "disk full")):
        hint = " (disk full? free some space and run again; committed articles are kept)"
    elif any(s in lowered for s in ("permission denied", "read-only", "read only")):
        hint = " (the folder or file is not writable; choose a writable --db)"
    return f"{path}: cannot write to the store: {message}{hint}"


def _code(value: str, what: str) -> str:
    code = value.strip().upper()
    if not code.isalnum():
        raise StoreError(f"--{what} must be a code like USA or ASSAULT, got {value!r}")
    return code


def check_min_confidence(value: float | str | None) -> float | None:
    """A minimum confidence as a number from 0 to 1 (None: no minimum); ``StoreError`` for
    anything else."""
    if value is None:
        return None
    try:
        number = math.nan if isinstance(value, bool) else float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not 0.0 <= number <= 1.0:  # NaN too
        raise StoreError(f"--min-confidence must be a number from 0 to 1, got {value!r}")
    return number


def confidence_condition(column: str = "confidence") -> str:
    """The SQL condition of a minimum confidence (one parameter, the minimum). An event
    without a confidence (stored before events were rated) is kept: it is not known to be
    unsure; ``ingest --recode`` rates it."""
    return f"({column} IS NULL OR {column} >= ?)"


def _date(value: date | str, what: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise StoreError(f"--{what} must be a date like 2024-06-01, got {value!r}") from None


# -- export ------------------------------------------------------------------------------------

_EVENT_COLUMNS = ", ".join(f'e."{name}"' for name, _, _ in SCHEMA["events"])
_EXPORT_COLUMNS = (f"{_EVENT_COLUMNS}, a.url AS article_url, a.outlet AS article_outlet, "
                   "a.published AS article_published")
#: ``{where}``: the filter of the events exported, or nothing
_EXPORT_FROM = ("FROM events e LEFT JOIN articles a ON a.id = e.article_id {where} "
                "ORDER BY e.date NULLS LAST, e.article_id, e.evidence_start, e.id")


def _tsv(expression: str) -> str:
    """A text column made safe for GDELT's unquoted tab-separated rows."""
    return f"regexp_replace(coalesce({expression}, ''), '[\\t\\r\\n\"]+', ' ', 'g')"


def _gdelt_actor(prefix: str) -> str:
    # a group with a home country (PSE, group HMS) has both codes; one without (ISIS) only its own
    country = (f"{prefix}_kind = 'country' OR ({prefix}_group IS NOT NULL "
               f"AND {prefix}_country IS DISTINCT FROM {prefix}_group)")
    return ", ".join([
        _tsv(f"coalesce({prefix}_country, '') || coalesce({prefix}_sector, '')"),
        _tsv(f"upper(coalesce({prefix}_name, {prefix}_text))"),
        f"CASE WHEN {country} THEN {prefix}_country ELSE '' END",
        f"coalesce({prefix}_group, CASE WHEN {prefix}_kind IN ('igo', 'group') "
        f"THEN {prefix}_country END, '')",
        "'', '', ''",  # ethnic, religion 1, religion 2
        f"coalesce({prefix}_sector, '')",
        "'', ''",  # type 2, type 3
    ])

_DAY = "coalesce(e.date, a.published)"
#: what fills each GDELT 2.0 column, in ``GDELT_COLUMNS`` order: actor codes are
#: country + sector (RUSMIL), names upper case, known-group codes for organisations and
#: armed groups; no ethnic or religion codes, no tone, no actor geography; NumMentions,
#: NumSources and NumArticles are 1 (an event row is one mention in one article); the action
#: geography comes from the event's location (GeoNames id as FeatureID), its country and
#: ADM codes are left empty because GDELT uses FIPS 10-4 there and eventscope ISO 3166.
_GDELT_SELECT = f"""
SELECT
  (coalesce(try_cast('0x' || substr(e.id, 1, 16) AS UBIGINT), md5_number_upper(e.id))
   >> 1)::BIGINT,
  strftime({_DAY}, '%Y%m%d')::INTEGER,
  strftime({_DAY}, '%Y%m')::INTEGER,
  year({_DAY})::INTEGER,
  round(year({_DAY}) + dayofyear({_DAY}) / 365.0, 4),
  {_gdelt_actor("e.source")},
  {_gdelt_actor("e.target")},
  CASE WHEN e.sentence <= 1 THEN 1 ELSE 0 END,
  e.cameo_code, substr(e.cameo_code, 1, 3), substr(e.cameo_code, 1, 2),
  e.quad_class, e.goldstein,
  1, 1, 1, NULL::DOUBLE,
  0, '', '', '', '', NULL::DOUBLE, NULL::DOUBLE, '',
  0, '', '', '', '', NULL::DOUBLE, NULL::DOUBLE, '',
  CASE
    WHEN e.location_name IS NULL THEN 0
    WHEN e.location_feature = 'country' THEN 1
    WHEN e.location_feature = 'region' AND e.location_country = 'USA' THEN 2
    WHEN e.location_feature = 'region' THEN 5
    WHEN e.location_country = 'USA' THEN 3
    ELSE 4
  END,
  {_tsv("e.location_name")}, '', '', '',
  e.location_lat, e.location_lon, coalesce(e.location_geonames_id::VARCHAR, ''),
  strftime(a.ingested_at, '%Y%m%d%H%M%S')::BIGINT,
  {_tsv("coalesce(a.url, a.path)")}
FROM events e LEFT JOIN articles a ON a.id = e.article_id {{where}}
ORDER BY {_DAY} NULLS LAST, e.article_id, e.evidence_start, e.id
"""


__all__ = [
    "EXPORT_FORMATS", "GDELT_COLUMNS", "IngestReport", "MIGRATIONS", "SCHEMA_VERSION", "Store",
    "check_min_confidence", "confidence_condition",
]
