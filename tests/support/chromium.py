"""Real headless Chromium for the tests: the DOM after scripts ran, a screenshot, and what a page fetched."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT = 60
MISSING = ("Chromium is not installed at /usr/bin/chromium, and the HTML report is tested in a real browser: "
           "run `bash scripts/setup-test-machine.sh` as root (it installs Debian's chromium package, as CI does).")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic", "--no-proxy-server", "--hide-scrollbars",
         "--host-resolver-rules=MAP * ~NOTFOUND")
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:", "chrome:")


def run_chromium(page: Path, *args: str, fragment: str = "", timeout: float = TIMEOUT) -> str:
    """Open `page` (plus `#fragment`) in a fresh profile with `args`; its stdout, or a test failure saying why."""
    if not CHROMIUM.exists():
        pytest.fail(MISSING, pytrace=False)
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args, url]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process.pid)
            process.communicate()
            pytest.fail(f"chromium did not finish within {timeout} s on {url}", pytrace=False)
        finally:
            _kill_group(process.pid)
    if process.returncode != 0:
        pytest.fail(f"chromium exited with {process.returncode} on {url}:\n{err[-2000:]}", pytrace=False)
    return out


def dump_dom(page: Path, fragment: str = "", netlog: Path | None = None) -> Element:
    """The page's DOM after its scripts ran, parsed."""
    extra = (f"--log-net-log={netlog}",) if netlog else ()
    return parse_html(run_chromium(page, *extra, "--dump-dom", fragment=fragment))


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 2000) -> None:
    """A PNG of the page as a browser window of that size shows it."""
    run_chromium(page, f"--screenshot={png}", f"--window-size={width},{height}")


def page_requests(netlog: Path) -> list[str]:
    """The non-local URLs the page itself asked for (the browser's own background requests are not the page's)."""
    log = json.loads(netlog.read_text())
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [event["params"]["url"] for event in log["events"]
            if event["type"] == start_job and "file://" in event["params"].get("network_isolation_key", "")
            and not event["params"]["url"].startswith(LOCAL_SCHEMES)]


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


@dataclass
class Element:
    """One element of a parsed page: enough of a DOM to find things and read their text."""

    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        """Descendants (and self) with this tag and these attributes (`class_` for class, `_` for `-` in names)."""
        wanted = {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
        return [e for e in self.iter() if (tag is None or e.tag == tag)
                and all(e.attrs.get(name) == value for name, value in wanted.items())]

    def find(self, tag: str | None = None, **attrs: str) -> Element:
        found = self.find_all(tag, **attrs)
        assert found, f"no <{tag or '*'}> with {attrs} in the page"
        return found[0]


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Element:
    """Parse serialised HTML (as Chromium's --dump-dom writes it) into Elements."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root
