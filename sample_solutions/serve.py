"""Start a sample bookstore server by name on 127.0.0.1:$PORT.

Usage: python sample_solutions/serve.py NAME [--auth on|off]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from bookstore_servers import BookstoreServer, catalog  # noqa: E402

APPS = {"flask": SAMPLES / "step-04" / "reference", "fastapi": SAMPLES / "step-04" / "fastapi-envelope"}


def run_flask(server: BookstoreServer, auth: bool, port: int) -> None:
    """The reference app, with the variant's one change applied."""
    from bookstore import create_app

    app = create_app(auth=auth)
    apply_variant(server, app)
    app.run(host="127.0.0.1", port=port)


def apply_variant(server: BookstoreServer, app: object) -> None:
    """Make the variant's one change (its module's `apply(app)`), if the server is a variant."""
    if server.module is not None:
        spec = importlib.util.spec_from_file_location(f"variant_{server.name.replace('-', '_')}", server.module)
        variant = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(variant)
        variant.apply(app)


def run_fastapi(server: BookstoreServer, auth: bool, port: int) -> None:
    """The FastAPI server, which always has accounts, with the variant's one change applied."""
    if not auth:
        sys.exit(f"{server.name} always requires tokens; it cannot run with --auth off")
    import uvicorn
    from main import app

    apply_variant(server, app)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def main() -> None:
    """Parse the name, then serve until terminated."""
    servers = catalog()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name", choices=sorted(servers), metavar="NAME", help="a server from bookstore_variants.toml")
    parser.add_argument("--auth", choices=["on", "off"], help="override the server's default (off is the step-3 shape)")
    args = parser.parse_args()
    server = servers[args.name]
    auth = server.auth if args.auth is None else args.auth == "on"
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sys.path.insert(0, str(APPS[server.app]))
    port = int(os.environ.get("PORT", "5000"))
    {"flask": run_flask, "fastapi": run_fastapi}[server.app](server, auth, port)


if __name__ == "__main__":
    main()
