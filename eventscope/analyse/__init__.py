"""Cross-article analysis over the store: stories, canonical events, trends and alerts.

- :mod:`~eventscope.analyse.stories`: ``build_stories(store)`` clusters the stored articles
  into stories (one happening, many outlets) and merges the events that report the same
  happening into canonical events, each listing every source article and evidence span;
- :mod:`~eventscope.analyse.trends`: ``time_series(store, …)`` counts canonical events per
  period by QuadClass with the Goldstein sum and mean, ``plot(series, path)`` draws them;
- :mod:`~eventscope.analyse.alerts`: the escalation index per dyad (``escalation``) and
  ``alerts.alerts(store, …)``, the dyads whose index jumps.

Nothing here loads spaCy: everything is read from the store.
"""

from __future__ import annotations

from .alerts import Alert, escalation
from .stories import StoriesReport, build_stories, ensure_built, open_built, read_stories
from .trends import Series, plot, time_series

# ``alerts.alerts(store, …)`` is not re-exported here: the name would hide the module
__all__ = [
    "Alert", "Series", "StoriesReport", "build_stories", "ensure_built", "escalation",
    "open_built", "plot", "read_stories", "time_series",
]
