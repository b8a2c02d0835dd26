"""The probe client against real servers on 127.0.0.1, well behaved and hostile: it always comes back, bounded."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import tracemalloc

import pytest

from grader.http_probe import Headers, NotJson, ProbeClient, ProbeFailure, ProbeRequest, ProbeResponse
from tests import hostile_servers as hostile

DEADLINE = 2.0
SLACK = 1.5
MEMORY_BOUND = 16_000_000


def probe(url: str, method: str = "GET", path: str = "/books", **kwargs) -> tuple[ProbeResponse, float]:
    """One request with the test deadline, and how long it took from the caller's side."""
    with ProbeClient(url, deadline=DEADLINE) as client:
        started = time.monotonic()
        response = client.request(method, path, **kwargs)
        return response, time.monotonic() - started


def test_round_trip_sends_json_and_reads_the_answer():
    with hostile.serve(hostile.echo_json) as server:
        response, _ = probe(server.url, "POST", "/books", json={"title": "Dune"}, params={"page": 2},
                            headers={"Authorization": "Bearer abc"})
    echo = response.json()
    assert (response.status, response.truncated) == (200, False)
    assert response.headers["content-type"] == "application/json"
    assert (echo["method"], echo["target"], echo["body"]) == ("POST", "/books?page=2", '{"title": "Dune"}')
    assert echo["headers"]["authorization"] == "Bearer abc"
    assert echo["headers"]["content-type"] == "application/json"
    assert response.request.url == f"{server.url}/books?page=2"
    assert response.request.body == b'{"title": "Dune"}'


def test_requests_share_one_kept_alive_connection_and_replay_no_cookies():
    with hostile.serve(hostile.echo_json) as server, ProbeClient(server.url, deadline=DEADLINE) as client:
        first = client.request("GET", "/books")
        client.request("GET", "/books")
    assert first.headers["Set-Cookie"] == "a=1; HttpOnly"
    assert [request.connection for request in server.received] == [1, 1]
    assert "cookie" not in server.received[1].headers


CURL_CASES = {
    "get with a query": dict(method="GET", path="/books", params={"author": "O'Brien", "page": 1}),
    "post json with quotes and accents": dict(method="POST", path="/books",
                                              json={"title": "L'Étranger \"$HOME\" `x`", "price": 9.5},
                                              headers={"Authorization": "Bearer a.b.c"}),
    "put a binary body": dict(method="PUT", path="/books/1", data=b"\x00\xff{'%s\\n'}\n\r",
                              headers={"Content-Type": "application/octet-stream"}),
    "delete": dict(method="DELETE", path="/books/7", headers={"Authorization": "Bearer t"}),
}


@pytest.mark.parametrize("case", CURL_CASES.values(), ids=CURL_CASES.keys())
def test_curl_command_reproduces_the_request(case):
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    with hostile.serve(hostile.echo_json) as server:
        response, _ = probe(server.url, **case)
        environment = {name: value for name, value in os.environ.items() if "proxy" not in name.lower()}
        subprocess.run(["bash", "-c", response.request.curl()], check=True, capture_output=True, timeout=10,
                       env=environment)
    by_probe, by_curl = server.received
    assert (by_curl.method, by_curl.target, by_curl.body) == (by_probe.method, by_probe.target, by_probe.body)
    for name in ("authorization", "content-type"):
        assert by_curl.headers.get(name) == by_probe.headers.get(name)


def test_curl_command_leaves_out_client_defaults_and_pipes_binary_bodies():
    request = ProbeRequest("POST", "http://127.0.0.1:5000/books", Headers(
        [("User-Agent", "roadmap-grader"), ("Content-Length", "2"), ("Content-Type", "application/json")]), b"\x00{")
    assert request.curl() == (r"printf '\000{' | curl -i -X POST http://127.0.0.1:5000/books "
                              "-H 'Content-Type: application/json' --data-binary @-")


HOSTILE_FAILURES = {
    "drips its headers forever": (hostile.drip_status_line, "timeout", "status line and headers within 2 s"),
    "drips its body forever": (hostile.drip_body, "timeout", "did not finish answering within 2 s (it sent"),
    "never answers": (hostile.never_answer, "timeout", "within 2 s"),
    "resets the connection mid-body": (hostile.reset_mid_body, "connection-reset", "the connection"),
    "hangs up without answering": (hostile.close_without_answer, "connection-reset", "without sending an answer"),
    "answers with garbage": (hostile.garbage, "protocol-error", "not valid HTTP: it starts with 'HELLO THERE'"),
    "sends headers forever": (hostile.endless_headers, "protocol-error", "more than 100 headers"),
    "sends a status line forever": (hostile.endless_status_line, "protocol-error", "more than 65536 bytes"),
    "sends a bad chunk size": (hostile.bad_chunk_size, "protocol-error", "chunk size in its chunked body"),
}


@pytest.mark.parametrize(("handler", "kind", "message"), HOSTILE_FAILURES.values(), ids=HOSTILE_FAILURES.keys())
def test_a_server_that_gives_no_proper_answer_ends_in_a_plain_failure_within_the_deadline(handler, kind, message):
    with hostile.serve(handler) as server:
        started = time.monotonic()
        with pytest.raises(ProbeFailure) as caught:
            probe(server.url, "POST", "/books", json={"title": "Dune"})
        took = time.monotonic() - started
    assert (caught.value.kind, took < DEADLINE + SLACK) == (kind, True)
    assert message in caught.value.message and "\n" not in caught.value.message
    assert caught.value.request.url == f"{server.url}/books"
    assert caught.value.request.body == b'{"title": "Dune"}'


def test_a_closed_port_is_refused_at_once():
    with hostile.closed_port() as url, pytest.raises(ProbeFailure) as caught:
        probe(url)
    assert caught.value.kind == "connection-refused"
    assert url in caught.value.message


@pytest.mark.parametrize("handler", [hostile.endless_body, hostile.gzip_bomb], ids=["endless body", "gzip bomb"])
def test_a_huge_body_is_cut_at_the_cap_quickly_and_in_bounded_memory(handler):
    hostile.gzip_of_zeros(1 << 30)
    with hostile.serve(handler) as server:
        tracemalloc.start()
        try:
            response, took = probe(server.url)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert (response.status, response.truncated, len(response.body)) == (200, True, 1_000_000)
    assert set(response.body) == ({0} if handler is hostile.gzip_bomb else {ord("x")})
    assert took < DEADLINE + SLACK
    assert peak < MEMORY_BOUND
    assert "the body was cut at 1,000,000 bytes" in response.text_preview()


def test_a_cut_body_does_not_spoil_the_next_request():
    with hostile.serve(hostile.endless_body) as server, ProbeClient(server.url, deadline=DEADLINE) as client:
        answers = [client.request("GET", "/books") for _ in range(2)]
    assert [answer.truncated for answer in answers] == [True, True]
    assert [request.connection for request in server.received] == [1, 2]


def test_a_redirect_elsewhere_is_returned_and_never_followed(monkeypatch):
    looked_up = []
    real_getaddrinfo = socket.getaddrinfo

    def recording_getaddrinfo(host, *args, **kwargs):
        looked_up.append(host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording_getaddrinfo)
    with hostile.serve(hostile.redirect_outside) as server:
        response, _ = probe(server.url)
    assert (response.status, response.headers["Location"]) == (302, "http://example.invalid/books")
    assert len(server.received) == 1
    assert "example.invalid" not in looked_up


def test_invalid_json_from_a_server_raises_not_json_with_the_reason():
    with hostile.serve(hostile.invalid_json) as server:
        response, _ = probe(server.url)
    with pytest.raises(NotJson, match=r"not valid JSON \(Expecting value at line 1, column 28\) "
                                      r"\(Content-Type: application/json\); it starts with: \{\"title\""):
        response.json()


@pytest.mark.parametrize("url", ["http://10.0.0.1:5000", "http://example.com:80", "https://127.0.0.1:5000",
                                 "http://127.0.0.1", "http://127.0.0.1:5000@example.com:80/", "http://127.1:5000",
                                 "http://127.0.0.1.example.com:5000", "ftp://localhost:21"])
def test_only_loopback_http_addresses_are_accepted_and_nothing_is_sent_otherwise(url, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the client touched the network")

    for name in ("getaddrinfo", "create_connection"):
        monkeypatch.setattr(socket, name, no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    with pytest.raises(ValueError, match="never contacts another host"):
        ProbeClient(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:5000", "http://127.3.2.1:80/", "http://localhost:8000",
                                 "http://[::1]:5000/api"])
def test_loopback_addresses_are_accepted(url):
    assert ProbeClient(url).base_url == url.rstrip("/")


def test_a_path_that_would_leave_the_server_is_refused():
    client = ProbeClient("http://127.0.0.1:5000")
    for path in ("@example.com/books", "books", "http://example.com/"):
        with pytest.raises(ValueError, match="starts with '/'"):
            client.request("GET", path)


def answer(body: bytes, *, truncated: bool = False, headers: list[tuple[str, str]] | None = None,
           status: int = 200, reason: str = "OK") -> ProbeResponse:
    """A response as the client would build it, without a server."""
    request = ProbeRequest("GET", "http://127.0.0.1:5000/books", Headers(), None)
    pairs = [("Content-Type", "application/json")] if headers is None else headers
    return ProbeResponse(status, reason, Headers(pairs), body, truncated, 0.01, request)


NOT_JSON_CASES = {
    "empty": (answer(b""), "the body is empty, but JSON was expected (Content-Type: application/json)"),
    "html": (answer(b"<html>oops</html>", headers=[("Content-Type", "text/html")]),
             "the body is not valid JSON (Expecting value at line 1, column 1) (Content-Type: text/html); "
             "it starts with: <html>oops</html>"),
    "NaN": (answer(b"[NaN]"), "the body could not be read as JSON (NaN is not valid JSON)"),
    "not UTF-8": (answer(b"\xff\xfe{}", headers=[]), "the body is not UTF-8 text, so it cannot be JSON "
                                                     "(no Content-Type header)"),
    "cut": (answer(b"[1, 2", truncated=True), "the body is longer than 5 bytes, so the grader did not read it"),
}


@pytest.mark.parametrize(("response", "message"), NOT_JSON_CASES.values(), ids=NOT_JSON_CASES.keys())
def test_json_explains_why_a_body_is_not_json(response, message):
    with pytest.raises(NotJson) as caught:
        response.json()
    assert str(caught.value).startswith(message)


def test_json_reads_a_json_body():
    assert answer('{"title": "Élan"}'.encode()).json() == {"title": "Élan"}


PREVIEW_CASES = {
    "short": (answer(b"hello"), 500, "hello"),
    "long": (answer(b"x" * 600), 500, "x" * 500 + "… (100 more bytes not shown)"),
    "not splitting a character": (answer("é".encode() * 300), 501, "é" * 250 + "… (100 more bytes not shown)"),
    "binary": (answer(b"\x00\xff"), 500, "\x00\\xff"),
}


@pytest.mark.parametrize(("response", "limit", "expected"), PREVIEW_CASES.values(), ids=PREVIEW_CASES.keys())
def test_text_preview_caps_the_body_and_says_so(response, limit, expected):
    assert response.text_preview(limit) == expected


def test_describe_shows_the_status_the_headers_that_matter_and_the_body():
    response = answer(b'{"id": 1}', status=201, reason="Created", headers=[
        ("Date", "Tue, 30 Jun 2026 12:00:00 GMT"), ("Content-Type", "application/json"), ("Location", "/books/1"),
        ("Set-Cookie", "a=1; HttpOnly"), ("set-cookie", "b=2"), ("Content-Length", "9")])
    assert response.describe() == ("HTTP 201 Created\nContent-Type: application/json\nLocation: /books/1\n"
                                   "Set-Cookie: a=1; HttpOnly\nSet-Cookie: b=2\nContent-Length: 9\n\n{\"id\": 1}")
    assert answer(b"", status=204, reason="No Content", headers=[]).describe() == "HTTP 204 No Content\n\n(empty body)"
