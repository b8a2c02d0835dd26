"""A minimal server for launcher tests: answers GET /health on $PORT, and may first start a child that sleeps."""

import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

if "--with-child" in sys.argv:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    with open(os.environ["CHILD_PID_FILE"], "w") as handle:
        handle.write(str(child.pid))


class Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/health" else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"status": "ok"}')

    def log_message(self, *args: object) -> None:
        pass


print("listening", flush=True)
HTTPServer(("127.0.0.1", int(os.environ["PORT"])), Health).serve_forever()
