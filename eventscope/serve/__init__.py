"""The REST API and the dashboard: ``create_app(db)`` is a FastAPI app over a read-only store,
``run(db, host, port)`` serves it with uvicorn (``eventscope serve``)."""

from __future__ import annotations

from .app import MAX_BODY_BYTES, create_app, run

__all__ = ["MAX_BODY_BYTES", "create_app", "run"]
