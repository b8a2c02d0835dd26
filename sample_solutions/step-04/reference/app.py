"""Start the bookstore API on $PORT (default 5000); HOST defaults to 127.0.0.1 (0.0.0.0 in the container)."""

import os
import signal
import sys

from bookstore import create_app

# Exit cleanly on SIGTERM so the temporary database is removed.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

app = create_app(auth=os.environ.get("BOOKSTORE_AUTH", "on") != "off")

if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "5000")))
