"""Small HTTP servers on 127.0.0.1, most misbehaving on purpose, to prove the probe client stays bounded."""

from __future__ import annotations

import functools
import json
import socket
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

DRIP_INTERVAL = 0.25


@dataclass(frozen=True)
class Received:
    """A request as the server read it off the wire."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int


class Connection:
    """One accepted connection, as seen by a handler."""

    def __init__(self, sock: socket.socket, number: int, stopping: threading.Event) -> None:
        self.sock = sock
        self.number = number
        self.stopping = stopping
        self._buffer = b""

    def read_request(self) -> Received | None:
        """The next request on this connection, or None when the client closed it."""
        while b"\r\n\r\n" not in self._buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self._buffer += chunk
        head, self._buffer = self._buffer.split(b"\r\n\r\n", 1)
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers = {name.strip().lower(): value.strip() for name, value in (line.split(":", 1) for line in header_lines)}
        length = int(headers.get("content-length", "0"))
        while len(self._buffer) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self._buffer += chunk
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        return Received(method, target, headers, body, self.number)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def wait(self, seconds: float) -> bool:
        """Sleeps; False when the server is shutting down."""
        return not self.stopping.wait(seconds)


Handler = Callable[[Connection, list[Received]], None]


class HostileServer:
    """Serves `handler` on a free 127.0.0.1 port, one thread per connection, until stopped."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.received: list[Received] = []
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._clients: list[socket.socket] = []
        self._threads = [threading.Thread(target=self._accept_loop, daemon=True)]

    def __enter__(self) -> HostileServer:
        self._threads[0].start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        for sock in list(self._clients):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()
        for sock in self._clients:
            sock.close()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            sock.settimeout(None)
            self._clients.append(sock)
            connection = Connection(sock, len(self._clients), self._stopping)
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: Connection) -> None:
        try:
            self.handler(connection, self.received)
        except OSError:
            pass
        finally:
            connection.sock.close()


@contextmanager
def serve(handler: Handler) -> Iterator[HostileServer]:
    """A running server for `handler`, shut down (its connections too) on leaving the block."""
    with HostileServer(handler) as server:
        yield server


@contextmanager
def closed_port() -> Iterator[str]:
    """The URL of a 127.0.0.1 port that is held (so nothing else takes it) but refuses connections."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{holder.getsockname()[1]}"


def head(status: str, headers: dict[str, str]) -> bytes:
    """The status line and headers of an HTTP/1.1 response, up to and including the blank line."""
    lines = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def response(status: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    """The bytes of a whole HTTP/1.1 response with a Content-Length."""
    return head(status, {**headers, "Content-Length": str(len(body))}) + body


def echo_json(connection: Connection, received: list[Received]) -> None:
    """Well behaved: answers every request on a kept-alive connection with a JSON echo of it."""
    while request := connection.read_request():
        received.append(request)
        echo = {"method": request.method, "target": request.target, "headers": request.headers,
                "body": request.body.decode("utf-8", errors="replace")}
        connection.send(response("200 OK", {"Content-Type": "application/json", "Set-Cookie": "a=1; HttpOnly"},
                                 json.dumps(echo).encode()))


def _after_request(reply: Callable[[Connection], None]) -> Handler:
    """A handler that reads one request, records it, then misbehaves with `reply`."""

    @functools.wraps(reply)
    def handler(connection: Connection, received: list[Received]) -> None:
        request = connection.read_request()
        if request is not None:
            received.append(request)
            reply(connection)

    return handler


@_after_request
def drip_status_line(connection: Connection) -> None:
    """Sends a status line and headers one byte at a time, and never finishes them."""
    line = b"HTTP/1.1 200 OK\r\nX-Drip: " + b"a" * 10_000
    for byte in line:
        if not connection.wait(DRIP_INTERVAL):
            return
        connection.send(bytes([byte]))


@_after_request
def drip_body(connection: Connection) -> None:
    """Sends headers, then a body without length one byte at a time, forever."""
    connection.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[")
    while connection.wait(DRIP_INTERVAL):
        connection.send(b"1")


@_after_request
def never_answer(connection: Connection) -> None:
    """Reads the request and then says nothing."""
    while connection.wait(1.0):
        pass


@_after_request
def endless_body(connection: Connection) -> None:
    """Sends a body without length as fast as it can, forever."""
    connection.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
    chunk = b"x" * 65536
    while not connection.stopping.is_set():
        connection.send(chunk)


@_after_request
def redirect_outside(connection: Connection) -> None:
    """Redirects to a host outside this machine."""
    connection.send(response("302 Found", {"Location": "http://example.invalid/books"}))


@_after_request
def invalid_json(connection: Connection) -> None:
    """Claims JSON but sends a broken document."""
    connection.send(response("200 OK", {"Content-Type": "application/json"}, b'{"title": "Dune", "price": }'))


@_after_request
def reset_mid_body(connection: Connection) -> None:
    """Promises 1,000 bytes, sends 100, then resets the connection."""
    connection.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n" + b"x" * 100)
    connection.wait(0.5)
    connection.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


@_after_request
def close_without_answer(connection: Connection) -> None:
    """Reads the request and hangs up."""


@_after_request
def garbage(connection: Connection) -> None:
    """Answers with something that is not HTTP."""
    connection.send(b"HELLO THERE\r\n\r\n")


@_after_request
def endless_headers(connection: Connection) -> None:
    """Sends a status line, then headers forever."""
    connection.send(b"HTTP/1.1 200 OK\r\n")
    while not connection.stopping.is_set():
        connection.send(b"X-More: yes\r\n" * 100)


@_after_request
def endless_status_line(connection: Connection) -> None:
    """Sends a status line that never ends."""
    connection.send(b"HTTP/1.1 200 ")
    while not connection.stopping.is_set():
        connection.send(b"O" * 4096)


@_after_request
def bad_chunk_size(connection: Connection) -> None:
    """Sends a chunked body whose first chunk size is not a number."""
    connection.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")


@_after_request
def gzip_bomb(connection: Connection) -> None:
    """Sends 1 GiB of zeros gzip-compressed into about 1 MB."""
    bomb = gzip_of_zeros(1 << 30)
    connection.send(head("200 OK", {"Content-Type": "application/json", "Content-Encoding": "gzip",
                                    "Content-Length": str(len(bomb))}))
    connection.send(bomb)


@functools.cache
def gzip_of_zeros(size: int, block: int = 1 << 20) -> bytes:
    """A valid gzip stream of `size` zero bytes, built from one repeated fully-flushed deflate block."""
    assert size % block == 0 and size >= 2 * block
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(bytes(block)) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(bytes(block)) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush(zlib.Z_FINISH)
    crc = 0
    zeros = bytes(block)
    for _ in range(size // block):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    return header + first + repeated * (size // block - 1) + end + trailer
