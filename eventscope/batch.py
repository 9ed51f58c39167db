"""Batch coding at scale on Dask: files in, partitioned Parquet out, queried in place.

``run_batch(paths, out)`` (the ``eventscope batch`` command) codes a corpus on a Dask cluster, a
``LocalCluster`` of worker processes by default or any running scheduler, and writes the
store's tables as Parquet::

    OUT/_batch.json                     what the folder is (format, schema version, partition
                                        size, number of runs)
    OUT/<table>/part-<id>.parquet       one file per partition and table (articles, events,
                                        actors, quotes, quantities, glance), with exactly the
                                        columns and types of the store's table
    OUT/_done/<id>.json                 the partition's report: inputs, counts, every input or
                                        article that failed with its reason; written last

Partitions. The inputs are expanded like ``Store.ingest`` does (globs, folders walked in
sorted order) into units: a file, or a range of lines of a JSON Lines file longer than the
partition size. Consecutive units are grouped into partitions of about ``partition_size``
articles; a long JSON Lines file is cut every ``partition_size`` lines, each range a
partition of its own. A partition's id is a hash of its inputs (absolute paths and line
ranges), so the same command plans the same partitions, and a re-run skips every partition
whose ``_done`` report exists. The partition size a folder was started with is kept in
``_batch.json`` and used again unless another is given.

Workers. Each worker process loads spaCy and the dictionaries once, when the
:class:`CoderPlugin` (a Dask ``WorkerPlugin``, registered by the client) is set up on it; the
tasks find that coder with :func:`worker_coder`. There is no module-level cache: the coder lives
on the Dask worker object, and a lock serialises its use when a worker runs several threads.

Failures. An input that cannot be read and an article the coder fails on are listed in the
partition's report and the partition is finished without them, as ``Store.ingest`` does. A
partition whose task fails as a whole (a worker killed, a full disk) is reported by
``run_batch`` and has no ``_done`` report, so the next run does it again; the other partitions
go on.

Equality with ``Store.ingest``. Each partition is read, deduplicated by article id and coded
(``Coder.pipe`` in batches, article by article when a batch fails) exactly as ``Store.ingest``
does it, and flattened by the store's own row builder. An article id seen in more than one
partition is kept where it was stored first (an earlier run, then the earlier partition in
input order) and removed from the other partitions' files at the end of the run, as ``ingest``
skips stored articles. Two things differ: inside a JSON Lines file cut into line ranges, an id
repeated in another range is dropped that way rather than reported as a "duplicate article id"
failure, and a file that cannot be decoded is reported once per range.

Reading. ``open_batch(OUT)`` gives an in-memory DuckDB connection with a view per table over
the finished partitions' files (and the store's ``locations`` view), so ``eventscope events``,
``export`` and ``sql`` take ``--db OUT`` (through :func:`open_for_reading`); DuckDB also reads
``OUT/events/*.parquet`` directly.

Paths are read by the workers: relative ones against the client's working directory, so with
``scheduler=`` the inputs and OUT must be on a file system the workers see at the same path.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from . import __version__
from .errors import EventscopeError, InputError, one_line
from .model import Article
from .store import (
    SCHEMA,
    SCHEMA_VERSION,
    VIEWS,
    IngestReport,
    Rows,
    Store,
    arrow_table,
    expand_paths,
)

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client, LocalCluster

    from .coder import Coder

#: the layout of a batch folder this version writes and reads
BATCH_FORMAT = 1
#: articles per partition unless told (or the folder was started with another size)
DEFAULT_PARTITION_SIZE = 1000
#: the tables written, one folder each, in the store's order
TABLES = tuple(SCHEMA)

_MARKER = "_batch.json"
_DONE = "_done"
_BLOCK = 1 << 24  # bytes read at a time when cutting a JSON Lines file into line ranges


class BatchError(EventscopeError):
    """A batch run cannot start or a batch folder cannot be read (the message says why)."""


# -- planning ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One input of a partition: a file (or folder, or missing path, reported when read), or
    lines ``first_line..last_line`` (1-based, inclusive) of a JSON Lines file, which start at
    byte ``offset`` and take ``length`` bytes."""

    path: str
    size: int = 1  # articles, as estimated when planning
    first_line: int | None = None
    last_line: int | None = None
    offset: int = 0
    length: int = 0

    @property
    def name(self) -> str:
        """The input as reports show it: the path, with ``:FIRST-LAST`` for a line range."""
        if self.first_line is None:
            return self.path
        return f"{self.path}:{self.first_line}-{self.last_line}"


@dataclass(frozen=True)
class Partition:
    """Units coded by one task; ``id`` is a hash of their absolute paths and line ranges."""

    id: str
    index: int  # its place in input order
    units: tuple[Unit, ...]
    root: str  # the working directory relative paths are read against

    @property
    def size(self) -> int:
        return sum(unit.size for unit in self.units)


def plan(paths: Iterable[str | Path], *, partition_size: int = DEFAULT_PARTITION_SIZE,
         root: str | Path | None = None, exclude: str | Path | None = None) -> list[Partition]:
    """The partitions of the inputs, in input order (see the module docstring). Files under
    ``exclude`` (the output folder) are left out of the folders walked."""
    if partition_size < 1:
        raise BatchError(f"the partition size must be 1 or more, got {partition_size}")
    root = os.path.abspath(root or os.getcwd())
    groups: list[list[Unit]] = []
    pending: list[Unit] = []

    def close() -> None:
        if pending:
            groups.append(list(pending))
            pending.clear()

    skip = Path(root, exclude) if exclude is not None else None
    for unit in _units(paths, partition_size, root, skip):
        if unit.first_line is not None:  # a line range is a partition of its own
            close()
            groups.append([unit])
            continue
        if pending and sum(u.size for u in pending) + unit.size > partition_size:
            close()
        pending.append(unit)
    close()
    return [Partition(_partition_id(units, root), index, tuple(units), root)
            for index, units in enumerate(groups)]


def _partition_id(units: Sequence[Unit], root: str) -> str:
    digest = hashlib.sha256()
    for unit in units:
        digest.update(os.path.join(root, unit.path).encode("utf-8", "surrogateescape"))
        digest.update(f"\0{unit.first_line}\0{unit.last_line}\n".encode())
    return digest.hexdigest()[:20]


def _units(paths: Iterable[str | Path], partition_size: int, root: str, skip: Path | None
           ) -> Iterator[Unit]:
    from .ingest import article_files  # the folder walk of read_articles

    for path in expand_paths(paths):
        if path == "-":
            raise BatchError("batch reads files and folders, not standard input ('-')")
        where = Path(root, path)
        if where.is_dir():
            found = article_files(where)
            if not found:  # reading the folder reports it
                yield Unit(path)
            files = [f for f in found if skip is None or not f.is_relative_to(skip)]
            for file in files:
                # the same path string Store.ingest stores for a file found in the folder
                yield from _file_units(str(Path(path) / file.relative_to(where)), file,
                                       partition_size)
        else:
            yield from _file_units(path, where, partition_size)


def _file_units(path: str, where: Path, partition_size: int) -> Iterator[Unit]:
    from .ingest import JSONL_SUFFIXES

    if where.suffix.lower() not in JSONL_SUFFIXES or not where.is_file():
        yield Unit(path)
        return
    try:
        lines, starts, total = _line_starts(where, partition_size)
    except OSError:
        yield Unit(path)  # reading it reports the problem
        return
    if lines <= partition_size or not starts:
        yield Unit(path, size=max(1, lines))
        return
    for k, offset in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else total
        if end <= offset:
            continue
        first = 1 + k * partition_size
        last = min(first + partition_size - 1, lines)
        yield Unit(path, size=last - first + 1, first_line=first, last_line=last, offset=offset,
                   length=end - offset)


def _line_starts(path: Path, every: int) -> tuple[int, list[int], int]:
    """(number of lines, byte offsets of lines 1, 1 + every, 1 + 2 every, …, file size).

    No offsets for a file that is not split safely at newline bytes (UTF-16, binary): it
    stays one unit and reading it reports the problem once.
    """
    starts = [0]
    newlines = 0
    need = every  # newlines before the next range starts
    position = 0
    last = b""
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
            return 1, [], 0
        handle.seek(0)
        while block := handle.read(_BLOCK):
            i = 0
            while True:
                found = block.count(b"\n", i)
                if found < need:
                    need -= found
                    newlines += found
                    break
                for _ in range(need):
                    i = block.index(b"\n", i) + 1
                newlines += need
                starts.append(position + i)
                need = every
            position += len(block)
            last = block[-1:]
    lines = newlines + (1 if position and last != b"\n" else 0)
    return lines, starts, position


# -- coding a partition (on a worker) ------------------------------------------------------------


@dataclass
class PartitionReport:
    """What coding one partition did; kept as ``OUT/_done/<id>.json``."""

    id: str
    index: int
    run: int
    inputs: list[str]
    articles: int = 0  # articles coded and written
    events: int = 0
    skipped: int = 0  # articles whose id came earlier in the same partition
    #: (file or file:line, reason) for every input or article that failed
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)  # ids removed: stored elsewhere first
    seconds: float = 0.0
    worker: str = ""
    finished_at: str = ""
    eventscope: str = __version__

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["failed"] = [{"input": where, "reason": reason} for where, reason in self.failed]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartitionReport:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["failed"] = [(f["input"], f["reason"]) for f in data.get("failed", ())]
        return cls(**values)


def code_partition(partition: Partition, out: str | Path, coder: Coder, *,
                   published: date | None = None, run: int = 1) -> PartitionReport:
    """Read, code and write one partition; its ``_done`` report is written last.

    Runs wherever it is called: a Dask task calls it with the worker's coder. Articles are
    read, deduplicated and coded as ``Store.ingest`` does; failures go to the report.
    """
    start = time.perf_counter()
    out = Path(partition.root, out)
    tally = IngestReport()  # Store.code_articles reports coding failures into it
    seen: set[str] = set()
    batch: list[Article] = []
    rows = Rows()
    size = max(1, getattr(coder, "batch_size", 16) or 16)

    def flush() -> None:
        for result in Store.code_articles(coder, batch, tally):
            rows.add(result)
            tally.ingested += 1
            tally.events += len(result.events)
        batch.clear()

    for unit in partition.units:
        for item in _read_unit(unit, partition.root, published):
            if isinstance(item, InputError):
                tally.failed.append((item.where, item.reason))
                continue
            if item.id in seen:
                tally.skipped += 1
                continue
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= size:
                flush()
    flush()
    counts = {table: _write_part(out, table, partition.id, rows.columns(table))
              for table in TABLES}
    report = PartitionReport(
        id=partition.id, index=partition.index, run=run,
        inputs=[unit.name for unit in partition.units], articles=tally.ingested,
        events=tally.events, skipped=tally.skipped, failed=list(tally.failed), rows=counts,
        seconds=round(time.perf_counter() - start, 3),
        worker=f"{socket.gethostname()}:{os.getpid()}", finished_at=_now(),
    )
    _write_json(out / _DONE / f"{partition.id}.json", report.to_dict())
    return report


def _read_unit(unit: Unit, root: str, published: date | None
               ) -> Iterator[Article | InputError]:
    """The articles and errors of one unit, named by the path as given (as ``ingest`` does)."""
    from .ingest import read_articles

    given, source = str(Path(unit.path)), str(Path(root, unit.path))
    if unit.first_line is None:
        items = read_articles([source], published=published)
    else:
        items = _read_lines(unit, source, published)
    for item in items:
        yield _as_given(item, source, given)


def _read_lines(unit: Unit, source: str, published: date | None
                ) -> Iterator[Article | InputError]:
    """The articles of a line range of a JSON Lines file, with the file's line numbers."""
    from .ingest import read_jsonl

    return read_jsonl(source, published=published, offset=unit.offset, length=unit.length,
                      first_line=unit.first_line or 1)


def _as_given(item: Article | InputError, source: str, given: str) -> Article | InputError:
    """The item with the path as the user gave it (the worker read it at ``source``)."""
    if source == given:
        return item
    if isinstance(item, InputError):
        if item.path is not None and item.path.startswith(source):
            return InputError(item.reason, path=given + item.path[len(source):], line=item.line)
        return item
    if item.path is not None and item.path.startswith(source):
        return dataclasses.replace(item, path=given + item.path[len(source):])
    return item


def _write_part(out: Path, table: str, partition_id: str, columns: dict[str, list]) -> int:
    """Write one table of a partition (atomically: a hidden file renamed); its row count."""

    arrow = arrow_table(table, columns)
    _write_parquet(arrow, out / table / f"part-{partition_id}.parquet")
    return arrow.num_rows


def _write_parquet(table: Any, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, path)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- the coder on Dask workers ---------------------------------------------------------------------


def __getattr__(name: str) -> Any:
    """``CoderPlugin`` is made on first use, so that reading a batch folder never imports Dask."""
    if name == "CoderPlugin":
        return _coder_plugin_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _coder_plugin_class() -> type:
    """The ``CoderPlugin`` class, defined once as this module's attribute (so that pickle finds
    it by name on the workers)."""
    cls = globals().get("CoderPlugin")
    if cls is not None:
        return cls
    from distributed.diagnostics.plugin import WorkerPlugin

    class CoderPlugin(WorkerPlugin):
        """A Dask ``WorkerPlugin`` that gives each worker process one :class:`Coder`, loaded
        when the plugin is registered (or when a worker joins later); tasks get it with
        :func:`worker_coder`. ``idempotent``: registering the same model and dictionaries on
        the same cluster again loads nothing."""

        idempotent = True

        def __init__(self, model: str | None = None, dictionaries: Iterable[str | Path] = ()):
            self.model = model
            self.dictionaries = tuple(str(Path(p).resolve()) for p in dictionaries)
            key = json.dumps([model, self.dictionaries])
            self.name = "eventscope-coder-" + hashlib.sha256(key.encode()).hexdigest()[:12]
            self.coder: Coder | None = None
            self.lock: Any = None

        def __getstate__(self) -> dict[str, Any]:
            return {"model": self.model, "dictionaries": self.dictionaries, "name": self.name}

        def __setstate__(self, state: dict[str, Any]) -> None:
            self.__dict__.update(state, coder=None, lock=None)

        async def setup(self, worker: Any) -> None:
            import asyncio
            import threading

            from .coder import Coder

            self.lock = threading.Lock()  # one coding at a time when a worker has threads
            # loaded off the worker's event loop, which keeps answering the scheduler meanwhile
            self.coder = await asyncio.to_thread(
                Coder, self.model, dictionaries=self.dictionaries)

        def teardown(self, worker: Any) -> None:
            self.coder = None

    CoderPlugin.__module__ = __name__
    globals()["CoderPlugin"] = CoderPlugin
    return CoderPlugin


def register_coder(client: Client, model: str | None = None,
                   dictionaries: Iterable[str | Path] = ()) -> str:
    """Load a Coder on every worker of the client's cluster (and on workers that join later);
    returns the name :func:`worker_coder` takes. Registering the same model and dictionaries
    again loads nothing. A worker that cannot load the model raises here."""
    plugin = _coder_plugin_class()(model, dictionaries)
    client.register_plugin(plugin)
    return plugin.name


@contextlib.contextmanager
def worker_coder(name: str) -> Iterator[Coder]:
    """Inside a Dask task: the worker's coder registered as ``name``, held under its lock."""
    from distributed import get_worker

    plugin = get_worker().plugins.get(name)
    if plugin is None or getattr(plugin, "coder", None) is None:
        raise BatchError(f"this Dask worker has no eventscope coder {name!r} (register it with "
                         "eventscope.batch.register_coder(client))")
    with plugin.lock:
        yield plugin.coder


def _partition_task(partition: Partition, out: str, published: date | None, run: int,
                    coder_name: str) -> dict[str, Any]:
    with worker_coder(coder_name) as coder:
        return code_partition(partition, out, coder, published=published, run=run).to_dict()


# -- the run -------------------------------------------------------------------------------------


@dataclass
class BatchReport:
    """What one ``run_batch`` did."""

    out: str
    partitions: int = 0  # planned
    coded: int = 0  # partitions coded by this run
    finished: int = 0  # partitions skipped: finished by an earlier run
    articles: int = 0  # articles coded by this run
    events: int = 0
    skipped: int = 0  # articles whose id came twice in one partition
    duplicates: int = 0  # articles removed after the run: stored in another partition first
    #: (partition id, file or file:line, reason) for every input or article that failed
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    #: (partition id, reason) for every partition whose task failed (a re-run tries it again)
    failed_partitions: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, part: PartitionReport) -> None:
        self.coded += 1
        self.articles += part.articles
        self.events += part.events
        self.skipped += part.skipped
        self.failed += [(part.id, where, reason) for where, reason in part.failed]


def run_batch(
    paths: Iterable[str | Path],
    out: str | Path,
    *,
    client: Client | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int | None = None,
    published: date | None = None,
    model: str | None = None,
    dictionaries: Iterable[str | Path] = (),
    progress: Callable[[BatchReport], None] | None = None,
) -> BatchReport:
    """Code the inputs into the batch folder ``out`` on Dask; a re-run skips finished partitions.

    The cluster is ``client``'s if given, else the scheduler at ``scheduler``
    (``tcp://HOST:PORT``), else a ``LocalCluster`` of ``workers`` processes (default: one per
    core) with one thread each, closed at the end. Without unfinished partitions no cluster
    is started. ``progress(report)`` is called after each partition.
    """
    start = time.perf_counter()
    out = Path(out).resolve()
    meta = _begin(out, partition_size)
    partitions = plan(paths, partition_size=meta["partition_size"], exclude=out)
    report = BatchReport(out=str(out), partitions=len(partitions))
    todo = [p for p in partitions if not (out / _DONE / f"{p.id}.json").exists()]
    report.finished = len(partitions) - len(todo)
    if progress is not None:
        progress(report)
    if todo:
        with _cluster(client, workers, scheduler) as dask_client:
            name = register_coder(dask_client, model, dictionaries)
            for partition, outcome in _submit(dask_client, todo, out, published, meta["runs"],
                                              name):
                if isinstance(outcome, BaseException):
                    report.failed_partitions.append((partition.id, one_line(outcome)))
                else:
                    report.add(PartitionReport.from_dict(outcome))
                if progress is not None:
                    progress(report)
    report.duplicates = drop_duplicates(out)
    report.seconds = time.perf_counter() - start
    return report


def _begin(out: Path, partition_size: int | None) -> dict[str, Any]:
    """Create or check the batch folder; count this run in ``_batch.json``."""
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out}: exists and is not a folder; give a folder for --out")
    marker = out / _MARKER
    if out.is_dir() and not marker.exists() and any(out.iterdir()):
        raise BatchError(f"{out}: a folder that is not a batch output and not empty; give a "
                         "new or empty folder for --out")
    meta = _read_marker(out) if marker.exists() else {
        "format": BATCH_FORMAT, "schema_version": SCHEMA_VERSION,
        "partition_size": partition_size or DEFAULT_PARTITION_SIZE, "runs": 0}
    if partition_size and partition_size != meta["partition_size"]:
        meta["partition_size"] = partition_size  # new partitions; finished articles are kept
    meta["runs"] = int(meta.get("runs", 0)) + 1
    try:
        _write_json(marker, meta)
    except OSError as exc:
        raise BatchError(f"{out}: cannot write the batch folder: {exc.strerror or exc}") from None
    return meta


def _read_marker(out: Path, *, older: bool = False) -> dict[str, Any]:
    """The folder's ``_batch.json``; ``older``: also of an older store schema (to read it)."""
    try:
        meta = json.loads((out / _MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BatchError(f"{out / _MARKER}: cannot read it ({exc}); the batch folder is "
                         "damaged") from None
    if meta.get("format", 0) > BATCH_FORMAT or meta.get("schema_version", 0) > SCHEMA_VERSION:
        raise BatchError(f"{out}: written by a newer eventscope; upgrade eventscope to use it")
    if meta.get("schema_version") != SCHEMA_VERSION and not older:
        raise BatchError(f"{out}: holds store schema version {meta.get('schema_version')}, "
                         f"this eventscope writes {SCHEMA_VERSION}; use a new --out folder")
    return meta


@contextlib.contextmanager
def _cluster(client: Client | None, workers: int | None, scheduler: str | None
             ) -> Iterator[Client]:
    if client is not None:
        yield client
        return
    from distributed import Client

    if scheduler:
        try:
            dask_client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: "
                             f"{one_line(exc)}") from None
        with dask_client:
            yield dask_client
        return
    with local_cluster(workers) as cluster, Client(cluster) as dask_client:
        yield dask_client


def local_cluster(workers: int | None = None) -> LocalCluster:
    """The ``LocalCluster`` ``run_batch`` starts: ``workers`` processes (default: one per core)
    of one thread each, quiet, the dashboard on a free port. Dask's own setting of
    ``MALLOC_TRIM_THRESHOLD_`` for its workers is left out: glibc's default is about 12% faster
    for spaCy, which allocates and frees many small blocks."""
    import logging

    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=":0", silence_logs=logging.ERROR)


def _submit(client: Client, todo: list[Partition], out: Path, published: date | None, run: int,
            coder_name: str) -> Iterator[tuple[Partition, dict[str, Any] | BaseException]]:
    """Each partition with its report (or the exception its task raised), as they finish;
    a few tasks per worker thread are in flight at a time."""
    from distributed import as_completed

    threads = sum(client.nthreads().values()) or 1
    queue = iter(todo)
    pending: dict[str, Partition] = {}

    def submit(partition: Partition) -> Any:
        future = client.submit(_partition_task, partition, str(out), published, run,
                               coder_name, pure=False)
        pending[future.key] = partition
        return future

    window = [submit(p) for _, p in zip(range(2 * threads + 2), queue, strict=False)]
    finished = as_completed(window)
    for future in finished:
        partition = pending.pop(future.key)
        try:
            outcome: dict[str, Any] | BaseException = future.result()
        except Exception as exc:  # the task failed as a whole; the others go on
            outcome = exc
        future.release()
        yield partition, outcome
        following = next(queue, None)
        if following is not None:
            finished.add(submit(following))


# -- duplicates across partitions ------------------------------------------------------------------


def drop_duplicates(out: str | Path) -> int:
    """Remove from the partitions' files every article (and its rows) whose id is stored in
    another partition first: an earlier run's, else the one earlier in input order. Returns
    the number of articles removed; each partition's report lists the ids it lost."""
    out = Path(out)
    reports = finished_partitions(out)
    if len(reports) < 2:
        return 0
    files = {str(out / "articles" / f"part-{pid}.parquet"): pid for pid in reports}
    con = duckdb.connect()
    try:
        rows = con.execute(
            "SELECT id, filename FROM read_parquet(?, filename = true) WHERE id IN ("
            "SELECT id FROM read_parquet(?) GROUP BY id HAVING count(*) > 1)",
            [list(files), list(files)],
        ).fetchall()
    except duckdb.Error as exc:
        raise BatchError(f"{out}: cannot check the articles for duplicates: "
                         f"{one_line(exc)}") from None
    finally:
        con.close()
    holders: dict[str, list[str]] = {}
    for article_id, filename in rows:
        holders.setdefault(article_id, []).append(files[filename])
    drops: dict[str, set[str]] = {}
    for article_id, pids in holders.items():
        pids.sort(key=lambda pid: (reports[pid].run, reports[pid].index, pid))
        for pid in pids[1:]:
            drops.setdefault(pid, set()).add(article_id)
    for pid, ids in drops.items():
        _drop_articles(out, reports[pid], ids)
    return sum(len(ids) for ids in drops.values())


def _drop_articles(out: Path, report: PartitionReport, ids: set[str]) -> None:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    value_set = pa.array(sorted(ids), type=pa.string())
    # the articles last: an interrupted removal is found and finished by the next run
    for table in (*(t for t in TABLES if t != "articles"), "articles"):
        path = out / table / f"part-{report.id}.parquet"
        data = pq.read_table(path)
        key = "id" if table == "articles" else "article_id"
        kept = data.filter(pc.invert(pc.is_in(data[key], value_set=value_set)))
        if kept.num_rows != data.num_rows:
            _write_parquet(kept, path)
        report.rows[table] = kept.num_rows
    report.articles = report.rows["articles"]
    report.events = report.rows["events"]
    report.duplicates = sorted({*report.duplicates, *ids})
    _write_json(out / _DONE / f"{report.id}.json", report.to_dict())


# -- reading a batch folder ------------------------------------------------------------------------


def is_batch(path: str | Path) -> bool:
    """Whether ``path`` is a folder written by ``run_batch``."""
    return (Path(path) / _MARKER).is_file()


def finished_partitions(out: str | Path) -> dict[str, PartitionReport]:
    """The reports of the folder's finished partitions, by partition id."""
    reports = {}
    for path in sorted(Path(out, _DONE).glob("*.json")):
        try:
            report = PartitionReport.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BatchError(f"{path}: cannot read the partition report ({exc}); delete it "
                             "to code the partition again") from None
        reports[report.id] = report
    return reports


def open_batch(out: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the store's tables as views over the finished
    partitions' Parquet files (plus ``locations`` and ``schema_version``). A folder written
    by an older eventscope is read too: the columns added since are NULL, as in a migrated
    store."""
    out = Path(out)
    if not is_batch(out):
        raise BatchError(f"{out}: not a batch output folder (no {_MARKER}); write one with "
                         "eventscope batch FILES --out FOLDER")
    _read_marker(out, older=True)
    done = sorted(finished_partitions(out))
    con = duckdb.connect()
    try:
        for table, spec in SCHEMA.items():
            names = ", ".join(f'"{name}"' for name, _, _ in spec)
            files = [out / table / f"part-{pid}.parquet" for pid in done]
            missing = [str(f) for f in files if not f.is_file()]
            if missing:
                raise BatchError(f"{missing[0]}: missing, though its partition is finished; "
                                 "delete its _done report to code it again")
            if files:
                listed = ", ".join(_sql_string(str(f)) for f in files)
                source = f"read_parquet([{listed}])"
                # the files of one folder share one layout (an older folder takes no new runs)
                present = {r[0] for r in con.execute(
                    f"DESCRIBE SELECT * FROM read_parquet({_sql_string(str(files[0]))})"
                ).fetchall()}
                names = ", ".join(f'"{name}"' if name in present else f'NULL::{kind} AS "{name}"'
                                  for name, kind, _ in spec)
            else:  # nothing finished yet: empty, with the store's types
                columns = ", ".join(f'NULL::{kind} AS "{name}"' for name, kind, _ in spec)
                source = f"(SELECT {columns} WHERE false)"
            con.execute(f"CREATE VIEW {table} AS SELECT {names} FROM {source}")
        for name, query in VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {query}")
        con.execute(f"CREATE VIEW schema_version AS SELECT {SCHEMA_VERSION} AS version")
    except duckdb.Error as exc:
        con.close()
        raise BatchError(f"{out}: cannot read the batch output: {one_line(exc)}") from None
    except BaseException:
        con.close()
        raise
    return con


def open_for_reading(db: str | Path) -> Store:
    """A read-only :class:`Store` over a store file, or over a batch folder (``open_batch``):
    ``events``, ``export`` and ``sql`` work the same on both."""
    if is_batch(db):
        return Store(open_batch(db), Path(db), read_only=True)
    return Store.open(db, read_only=True)


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


__all__ = [
    "BATCH_FORMAT", "DEFAULT_PARTITION_SIZE", "TABLES", "BatchError", "BatchReport",
    "Partition", "PartitionReport", "Unit", "code_partition", "drop_duplicates",
    "finished_partitions", "is_batch", "local_cluster", "open_batch", "open_for_reading",
    "plan", "register_coder", "run_batch", "worker_coder",
]
