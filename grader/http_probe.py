"""The HTTP client that probes a learner's server: loopback only, one total deadline per request, capped bodies."""

from __future__ import annotations

import contextlib
import http.client
import http.cookiejar
import ipaddress
import json as jsonlib
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection
from urllib3.connectionpool import HTTPConnectionPool

from grader.http_curl import CLIENT_DEFAULT_HEADERS, Headers, ProbeRequest
from grader.http_response import HEADERS_THAT_MATTER, NotJson, ProbeResponse, _printable

__all__ = ["HEADERS_THAT_MATTER", "Headers", "NotJson", "ProbeClient", "ProbeFailure", "ProbeRequest", "ProbeResponse"]

FailureKind = Literal["timeout", "connection-refused", "connection-reset", "protocol-error"]
CHUNK_BYTES = 64 * 1024
_NO_JSON: Any = object()
_in_flight = threading.local()


class ProbeFailure(Exception):
    """The server did not give an HTTP answer: a timeout, a refused or broken connection, or a malformed answer."""

    def __init__(self, kind: FailureKind, message: str, request: ProbeRequest) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.request = request


class ProbeClient:
    """Sends requests to a server on this machine and always comes back within `deadline` seconds per request."""

    def __init__(self, base_url: str, deadline: float = 5.0, max_body_bytes: int = 1_000_000) -> None:
        if deadline <= 0 or max_body_bytes < 0:
            raise ValueError("deadline must be positive and max_body_bytes not negative")
        self.base_url = loopback_base_url(base_url)
        self.deadline = deadline
        self.max_body_bytes = max_body_bytes
        self._session = requests.Session()
        self._session.trust_env = False
        self._session.headers.clear()
        self._session.headers.update(CLIENT_DEFAULT_HEADERS)
        self._session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self._session.adapters.clear()
        self._session.mount("http://", _LoopbackAdapter())

    def __enter__(self) -> ProbeClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the kept-alive connections."""
        self._session.close()

    def request(self, method: str, path: str, *, json: Any = _NO_JSON, data: bytes | None = None,
                headers: Mapping[str, str] | None = None, params: Mapping[str, Any] | None = None) -> ProbeResponse:
        """Sends one request to base_url + path; a ProbeResponse for any HTTP answer, ProbeFailure otherwise."""
        prepared = self._prepare(method, path, json, data, headers, params)
        sent = ProbeRequest(prepared.method or method, prepared.url or "", Headers(prepared.headers.items()),
                            prepared.body if isinstance(prepared.body, bytes) else None)
        deadline = _Deadline(self.deadline)
        response: requests.Response | None = None
        body = bytearray()
        truncated: bool | None = None
        expired = False
        try:
            _in_flight.deadline = deadline
            try:
                response = self._session.send(prepared, stream=True, allow_redirects=False,
                                              timeout=(self.deadline, self.deadline))
                truncated = _read_capped(response.raw, self.max_body_bytes, body)
            finally:
                expired = deadline.stop()
                _in_flight.deadline = None
        except (requests.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as error:
            phase = "body" if response is not None else ("headers" if deadline.attached else "connect")
            kind, message = _explain(error, expired, phase, len(body), self.deadline, self.base_url)
            raise ProbeFailure(kind, message, sent) from None
        finally:
            if response is not None and (expired or truncated is not False):
                response.close()
        if expired:
            raise ProbeFailure("timeout", _timeout_message("body", len(body), self.deadline), sent)
        response.raw.release_conn()
        return ProbeResponse(response.status_code, response.reason or "", Headers(response.raw.headers.items()),
                             bytes(body[: self.max_body_bytes]), bool(truncated), deadline.elapsed(), sent)

    def _prepare(self, method: str, path: str, json: Any, data: bytes | None,
                 headers: Mapping[str, str] | None, params: Mapping[str, Any] | None) -> requests.PreparedRequest:
        if not path.startswith("/"):
            raise ValueError(f"{path!r}: a probe path starts with '/'")
        if json is not _NO_JSON and data is not None:
            raise ValueError("give either json or data, not both")
        request_headers = dict(headers or {})
        if json is not _NO_JSON:
            data = jsonlib.dumps(json, ensure_ascii=False).encode()
            if not any(name.lower() == "content-type" for name in request_headers):
                request_headers["Content-Type"] = "application/json"
        prepared = self._session.prepare_request(
            requests.Request(method.upper(), self.base_url + path, headers=request_headers, data=data, params=params))
        if urlsplit(prepared.url or "").netloc != urlsplit(self.base_url).netloc:
            raise ValueError(f"{path!r}: the request would leave {self.base_url}")
        return prepared


def loopback_base_url(url: str) -> str:
    """The URL without a trailing slash when it is http:// on this machine with a port; ValueError otherwise."""
    parts = urlsplit(url)
    refusal = (f"{url!r}: the grader only probes http://127.x.x.x:PORT or http://localhost:PORT "
               "and never contacts another host")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(refusal) from None
    if parts.scheme != "http" or port is None or parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(refusal)
    if not _is_loopback(parts.hostname or ""):
        raise ValueError(refusal)
    return f"http://{parts.netloc}{parts.path.rstrip('/')}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo("localhost", None, proto=socket.IPPROTO_TCP)}
        except OSError:
            return False
        return bool(addresses) and all(_is_loopback(address) for address in addresses)
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address == ipaddress.IPv6Address("::1") or (address.version == 4 and address.is_loopback)


class _Deadline:
    """Shuts down the socket of the request in flight when the request's total time runs out."""

    def __init__(self, seconds: float) -> None:
        self.started = time.monotonic()
        self.attached = False
        self._expired = False
        self._stopped = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self.attached = True
            self._sock = sock
            if self._expired:
                _shut(sock)

    def stop(self) -> bool:
        """Stops watching; True when the deadline had already passed."""
        self._timer.cancel()
        with self._lock:
            self._stopped = True
            self._sock = None
            return self._expired

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def _expire(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._expired = True
            if self._sock is not None:
                _shut(self._sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _DeadlineConnection(HTTPConnection):
    """A connection that hands its socket to the deadline of the request in flight."""

    def connect(self) -> None:
        super().connect()
        _attach(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:
            _attach(self.sock)
        super().request(*args, **kwargs)


def _attach(sock: socket.socket | None) -> None:
    deadline = getattr(_in_flight, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.attach(sock)


class _DeadlinePool(HTTPConnectionPool):
    ConnectionCls = _DeadlineConnection


class _LoopbackAdapter(HTTPAdapter):
    """Plain-http adapter whose connections obey the per-request deadline."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _DeadlinePool}


def _read_capped(raw: urllib3.BaseHTTPResponse, cap: int, body: bytearray) -> bool:
    """Reads the decoded body into `body` until its end or just past `cap`; True when it was cut."""
    while chunk := raw.read(CHUNK_BYTES, decode_content=True):
        body += chunk
        if len(body) > cap:
            return True
    return False


def _explain(error: BaseException, expired: bool, phase: str, body_bytes: int, seconds: float,
             base_url: str) -> tuple[FailureKind, str]:
    causes = list(_causes(error))
    refused = any(isinstance(cause, ConnectionRefusedError | urllib3.exceptions.NewConnectionError) for cause in causes)
    timed_out = any(isinstance(cause, TimeoutError | urllib3.exceptions.TimeoutError) for cause in causes)
    if expired or (timed_out and not refused):
        return "timeout", _timeout_message(phase, body_bytes, seconds)
    if refused or phase == "connect":
        return "connection-refused", (f"nothing accepted a connection at {base_url} (connection refused); "
                                      "check that the server is running and listens on that port")
    malformed = [cause for cause in causes if not isinstance(cause, http.client.RemoteDisconnected) and isinstance(
        cause, http.client.BadStatusLine | http.client.LineTooLong | urllib3.exceptions.InvalidChunkLength
        | ValueError)]
    broken = (ConnectionError, http.client.RemoteDisconnected, http.client.IncompleteRead)
    if any(isinstance(cause, broken) for cause in causes) and not malformed:
        if phase == "headers":
            return "connection-reset", "the server closed the connection without sending an answer"
        return "connection-reset", "the server broke off the connection before the body was complete"
    return "protocol-error", f"the server's answer is not valid HTTP: {_malformation(malformed or causes)}"


def _malformation(causes: list[BaseException]) -> str:
    """What is wrong with the answer, in words, from the innermost parse error."""
    innermost = causes[-1]
    if type(innermost) is http.client.BadStatusLine:
        line = _printable(str(innermost.args[0]).strip(), 80)
        return f"it starts with {line!r} instead of a status line such as 'HTTP/1.1 200 OK'"
    if isinstance(innermost, urllib3.exceptions.InvalidChunkLength) or type(innermost) is ValueError:
        return "a chunk size in its chunked body is not a hexadecimal number"
    return _printable(str(innermost).strip(), 200)


def _timeout_message(phase: str, body_bytes: int, seconds: float) -> str:
    if phase == "connect":
        return f"the server did not accept the connection within {seconds:g} s"
    if phase == "headers":
        return f"the server did not send its status line and headers within {seconds:g} s"
    return f"the server did not finish answering within {seconds:g} s (it sent {body_bytes:,} bytes of the body)"


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and every exception it wraps (through __cause__, __context__, .reason and exception args)."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]
        pending += [item for item in linked if isinstance(item, BaseException)]
