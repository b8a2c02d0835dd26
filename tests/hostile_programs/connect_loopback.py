"""Opens a connection to the loopback port named on the command line and prints the reply."""

import socket
import sys

try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2) as conn:
        conn.sendall(b"hello\n")
        print(f"CONNECTED: {conn.recv(100)!r}")
except OSError as error:
    print(f"blocked: {error}")
    sys.exit(3)
