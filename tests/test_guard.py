"""A server safe to expose (``eventscope/serve/guard.py``): token authentication and the
login page, ``--public``, rate limits, refusing a public address without a token, CORS and
the coding limits. The behaviour that matters on the wire is tested against real
``eventscope serve`` processes on 127.0.0.1 (``Server`` from ``tests/test_serve.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import httpx
import pytest
from test_serve import Server, build_store, free_port

from eventscope.serve.guard import (
    MIN_TOKEN_LENGTH,
    Bucket,
    RateLimits,
    ServeError,
    check_exposure,
    is_loopback,
    read_token,
)

TOKEN = "correct-horse-battery-staple-2024"
WRONG = "x" * len(TOKEN)  # a wrong token of the same length


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("guard") / "store.duckdb")


@pytest.fixture(scope="module")
def guarded(store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("guarded")
    token_file = folder / "token"
    token_file.write_text(TOKEN + "\n")
    running = Server(store, folder / "server.log", "--token-file", str(token_file))
    yield running
    running.stop()


def _spec_paths(server) -> list[str]:
    spec = httpx.get(f"{server.url}/openapi.json",
                     headers={"Authorization": f"Bearer {TOKEN}"}).json()
    paths = []
    for path, operations in spec["paths"].items():
        if "get" in operations:
            paths.append(path.replace("{article_id}", "art-1").replace("{event_id}", "x")
                         .replace("{story_id}", "x"))
    return paths


def test_without_the_token_every_route_is_401(guarded):
    paths = [*_spec_paths(guarded), "/openapi.json", "/static/app.js", "/static/style.css",
             "/api/nope"]
    assert "/api/events" in paths and "/health" in paths
    with httpx.Client(base_url=guarded.url) as client:
        for path in paths:
            response = client.get(path)
            assert response.status_code == 401, path
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert response.headers["x-content-type-options"] == "nosniff"
        response = client.post("/api/code", json={"text": "Russia attacked Ukraine."})
        assert response.status_code == 401


def test_the_dashboard_without_the_token_is_the_login_page(guarded):
    for path in ("/", "/dashboard/"):
        response = httpx.get(guarded.url + path)
        assert response.status_code == 401
        assert response.headers["content-type"].startswith("text/html")
        assert '<form method="post" action="/login">' in response.text
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_with_the_token_everything_works(guarded):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=guarded.url, headers=headers) as client:
        for path in _spec_paths(guarded):
            assert client.get(path).status_code in (200, 404, 409), path
        assert client.get("/health").json()["events"] == 6
        assert client.get("/dashboard/").status_code == 200
        assert client.get("/static/app.js").status_code == 200


def test_a_wrong_token_of_the_same_length_takes_the_same_path(guarded):
    answers = set()
    for token in (WRONG, TOKEN[:-1] + "!", "short"):
        response = httpx.get(f"{guarded.url}/api/events",
                             headers={"Authorization": f"Bearer {token}"})
        answers.add((response.status_code, response.text))
    assert len(answers) == 1 and next(iter(answers))[0] == 401


def test_logging_in_sets_an_http_only_strict_cookie_that_opens_everything(guarded):
    with httpx.Client(base_url=guarded.url) as client:
        wrong = client.post("/login", data={"token": WRONG})
        assert wrong.status_code == 401 and "not right" in wrong.text
        assert "set-cookie" not in wrong.headers
        response = client.post("/login", data={"token": TOKEN})
        assert response.status_code == 303 and response.headers["location"] == "/dashboard/"
        cookie = response.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN not in cookie
        assert client.get("/api/events").status_code == 200
        assert client.get("/dashboard/").status_code == 200
        logout = client.post("/logout")
        assert logout.status_code == 303 and "Max-Age=0" in logout.headers["set-cookie"]


def test_the_token_is_never_logged(guarded):
    httpx.get(f"{guarded.url}/api/events", headers={"Authorization": f"Bearer {TOKEN}"})
    httpx.post(f"{guarded.url}/login", data={"token": TOKEN})
    assert TOKEN not in guarded.log.read_text(errors="replace")


def test_the_rate_limiter_answers_429_with_retry_after_to_a_burst(guarded):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=guarded.url, headers=headers) as client:
        statuses = [client.get("/api/events/dyads") for _ in range(45)]
    codes = [r.status_code for r in statuses]
    assert codes[0] == 200 and 429 in codes
    limited = statuses[codes.index(429)]
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.json()["status"] == 429
    # plain reads are not limited
    assert httpx.get(f"{guarded.url}/api/events", headers=headers).status_code == 200


def test_public_serves_reads_without_a_token_and_refuses_coding(store, tmp_path):
    server = Server(store, tmp_path / "server.log", "--public")
    try:
        assert httpx.get(f"{server.url}/api/events").json()["total"] == 6
        assert httpx.get(f"{server.url}/dashboard/").status_code == 200
        response = httpx.post(f"{server.url}/api/code", json={"text": "Russia attacked."})
        assert response.status_code == 403 and "read-only" in response.json()["message"]
    finally:
        server.stop()


def test_serving_on_all_addresses_without_a_token_fails_in_one_line(store):
    env = {key: value for key, value in os.environ.items() if key != "EVENTSCOPE_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "eventscope.cli", "serve", "--db", str(store), "--host",
         "0.0.0.0", "--port", str(free_port()), "--no-stories"],
        capture_output=True, text=True, timeout=60, env={**env, "NO_COLOR": "1"})
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "refusing to serve on 0.0.0.0 without a token" in lines[0]
    assert "Traceback" not in done.stderr


# -- in-process: the rules behind it ---------------------------------------------------------


def test_loopback_addresses():
    assert all(map(is_loopback, ["127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "192.168.1.5", "example.org", ""]))
    check_exposure("127.0.0.1", None, False)
    check_exposure("0.0.0.0", TOKEN, False)
    check_exposure("0.0.0.0", None, True)
    with pytest.raises(ServeError, match="--token-file"):
        check_exposure("10.0.0.2", None, False)


def test_tokens_come_from_the_file_or_the_environment(tmp_path):
    path = tmp_path / "token"
    path.write_text(f"  {TOKEN}  \nignored\n")
    assert read_token(path, {}) == TOKEN
    assert read_token(None, {"EVENTSCOPE_TOKEN": TOKEN}) == TOKEN
    assert read_token(None, {}) is None
    path.write_text("short\n")
    with pytest.raises(ServeError, match=f"shorter than {MIN_TOKEN_LENGTH}"):
        read_token(path, {})
    with pytest.raises(ServeError, match="cannot read the token file"):
        read_token(tmp_path / "missing", {})


def _client(store, **options):
    from fastapi.testclient import TestClient

    from eventscope.serve import create_app

    return TestClient(create_app(store, **options))


def test_no_cors_unless_an_origin_is_given(store):
    preflight = {"Origin": "https://other.example", "Access-Control-Request-Method": "GET"}
    with _client(store) as client:
        response = client.options("/api/events", headers=preflight)
        assert "access-control-allow-origin" not in response.headers
        response = client.get("/api/events", headers={"Origin": "https://other.example"})
        assert "access-control-allow-origin" not in response.headers
    with _client(store, cors=["https://other.example"]) as client:
        response = client.get("/api/events", headers={"Origin": "https://other.example"})
        assert response.headers["access-control-allow-origin"] == "https://other.example"
        response = client.get("/api/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in response.headers


class _SlowCoder:
    def __init__(self, seconds: float):
        self.seconds = seconds

    def code_article(self, article):
        from eventscope.model import Result

        time.sleep(self.seconds)
        return Result(article=article)


def test_coding_has_a_time_limit(store):
    with _client(store, coder_factory=lambda: _SlowCoder(1.5), code_timeout=0.3) as client:
        response = client.post("/api/code", json={"text": "Russia attacked Ukraine today."})
        assert response.status_code == 503 and "limit" in response.json()["message"]
        assert response.headers["retry-after"]


def test_coding_requests_in_flight_are_capped(store):
    limits = RateLimits(code=Bucket(burst=100, per_second=1))
    with _client(store, coder_factory=lambda: _SlowCoder(1.0), rate_limits=limits) as client:
        answers: list[int] = []

        def post() -> None:
            answers.append(client.post("/api/code", json={"text": "Russia attacked."})
                           .status_code)

        threads = [threading.Thread(target=post) for _ in range(4)]
        for thread in threads:
            thread.start()
            time.sleep(0.05)
        for thread in threads:
            thread.join()
    assert sorted(answers) == [200, 200, 503, 503]


def test_coding_is_rate_limited_per_client(store):
    limits = RateLimits(code=Bucket(burst=2, per_second=0.01))
    with _client(store, coder_factory=lambda: _SlowCoder(0), rate_limits=limits) as client:
        codes = [client.post("/api/code", json={"text": "Russia attacked."}).status_code
                 for _ in range(3)]
    assert codes == [200, 200, 429]
