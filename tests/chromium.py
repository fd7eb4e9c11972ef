"""Drive a local headless Chromium over the DevTools protocol, through a pipe (no network, no extra package).

Used to check the HTML report in a real browser (console errors, what the
page shows) and to take the screenshot kept in ``docs/``. Chromium is started
with ``--remote-debugging-pipe``: it reads JSON commands from file descriptor
3 and writes replies to descriptor 4, each message ending with a NUL byte.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["find_chromium", "Browser", "BrowserError", "HEADLESS_FLAGS"]

HEADLESS_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
)


class BrowserError(RuntimeError):
    """Chromium could not be started or did not answer."""


def find_chromium() -> str | None:
    """The Chromium executable (Debian's ``chromium`` first), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium with a fresh profile; a context manager.

    ``page = browser.open(url)`` returns a :class:`Page`; :attr:`Page.console`
    collects console messages, uncaught exceptions and log entries of the page.
    """

    def __init__(self, executable: str | None = None, *, width: int = 1280, height: int = 900, timeout: float = 30.0):
        self.executable = executable or find_chromium()
        if self.executable is None:
            raise BrowserError("No Chromium found; install Debian's chromium package (apt-get install chromium).")
        self.width, self.height, self.timeout = width, height, timeout
        self._profile = tempfile.mkdtemp(prefix="dataaudit-chromium-")
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_pipes() -> None:  # in the child: DevTools reads fd 3 and writes fd 4
            read_end, write_end = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        args = [self.executable, *HEADLESS_FLAGS, f"--user-data-dir={self._profile}",
                f"--window-size={width},{height}", "--remote-debugging-pipe", "about:blank"]
        try:
            self._process = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=wire_pipes, stdin=subprocess.DEVNULL,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            shutil.rmtree(self._profile, ignore_errors=True)
            raise BrowserError(f"Cannot start {self.executable}: {exc}") from None
        finally:
            os.close(to_child_r)
            os.close(from_child_w)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- protocol -----------------------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode("utf-8") + b"\0")
        return self._next_id

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            wait = deadline - time.monotonic()
            if wait <= 0:
                raise BrowserError("Chromium did not answer in time.")
            ready, _, _ = select.select([self._from_child], [], [], wait)
            if ready:
                chunk = os.read(self._from_child, 1 << 20)
                if not chunk:
                    raise BrowserError("Chromium closed the DevTools pipe (it exited).")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        """Send a command and wait for its reply; events that arrive meanwhile are kept."""
        wanted = self._send(method, params, session)
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._read(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise BrowserError(f"{method} failed: {message['error']}")
                return message.get("result", {})
            self._events.append(message)

    def wait_for(self, method: str, session: str | None = None, timeout: float | None = None) -> dict[str, Any]:
        """The first event named ``method`` (already received or arriving within ``timeout``)."""
        for i, event in enumerate(self._events):
            if event.get("method") == method and (session is None or event.get("sessionId") == session):
                return self._events.pop(i)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            message = self._read(deadline)
            if message.get("method") == method and (session is None or message.get("sessionId") == session):
                return message
            self._events.append(message)

    def events(self, session: str | None = None) -> list[dict[str, Any]]:
        return [e for e in self._events if session is None or e.get("sessionId") == session]

    # -- pages --------------------------------------------------------------------------------------

    def open(self, url: str) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=session)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False}, session)
        page = Page(self, session)
        page.goto(url)
        return page

    def close(self) -> None:
        if self._process.poll() is None:
            try:
                self.call("Browser.close")
                self._process.wait(timeout=10)
            except (BrowserError, OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait(timeout=10)
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)


class Page:
    """A tab: navigate, evaluate JavaScript, read console problems, take screenshots."""

    def __init__(self, browser: Browser, session: str):
        self.browser = browser
        self.session = session

    def goto(self, url: str) -> None:
        self.browser.call("Page.navigate", {"url": url}, self.session)
        self.browser.wait_for("Page.loadEventFired", self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                        "awaitPromise": True}, self.session)
        if "exceptionDetails" in result:
            raise BrowserError(f"JavaScript error: {result['exceptionDetails'].get('text')}: "
                               f"{result['exceptionDetails'].get('exception', {}).get('description', '')}")
        return result.get("result", {}).get("value")

    @property
    def console(self) -> list[dict[str, Any]]:
        """Console calls, uncaught exceptions, log entries (CSP violations, failed loads) and dialogs, in order."""
        wanted = ("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded", "Page.javascriptDialogOpening")
        return [e for e in self.browser.events(self.session) if e.get("method") in wanted]

    def problems(self) -> list[str]:
        """Console errors and warnings, exceptions, failed loads and dialogs, as one line each."""
        out = []
        for e in self.console:
            p = e.get("params", {})
            if e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                out.append(f"console.{p['type']}: " + " ".join(str(a.get("value", a.get("description")))
                                                                 for a in p.get("args", [])))
            elif e["method"] == "Runtime.exceptionThrown":
                details = p.get("exceptionDetails", {})
                out.append(f"exception: {details.get('text')} {details.get('exception', {}).get('description', '')}")
            elif e["method"] == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                out.append(f"log.{p['entry']['level']}: {p['entry'].get('text')} {p['entry'].get('url', '')}")
            elif e["method"] == "Page.javascriptDialogOpening":
                out.append(f"dialog: {p.get('type')} {p.get('message')}")
        return out

    def screenshot(self, path: str | os.PathLike[str], *, full_page: bool = False, height: int | None = None) -> Path:
        """Save a PNG of the viewport (or of the top ``height`` pixels, or the whole page)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page or height:
            size = self.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            h = size[1] if full_page else min(int(height or size[1]), size[1])
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": self.browser.width,
                                                             "height": h, "scale": 1})
        data = self.browser.call("Page.captureScreenshot", params, self.session)["data"]
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(data))
        return out
