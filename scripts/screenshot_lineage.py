"""Screenshot of the Dagster global asset lineage after `make demo` into docs/lineage.png (headless Chromium).

In a throwaway DAGSTER_HOME, `dyad run` codes the bundled article (as `make demo` does), then
dagster-webserver starts on loopback on that instance, the `setNuxSeen` mutation keeps the
first-visit dialog closed, and Debian's `chromium` is driven over the DevTools protocol: open
/asset-groups in vertical orientation, expand every group (the UI's Alt+E), fit the graph (a
double click on its background), wait for the materialised assets and their checks to render,
and capture the graph's box. The screen is large (3600x2000) so that the fitted graph still shows
each asset's details (latest materialisation, checks passed, partitions). A manual step, not a
test: `apt-get install -y chromium`, then

    .venv/bin/python scripts/screenshot_lineage.py [OUT]
"""
from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from orchestration.webserver import background_webserver, graphql, stop_process_group  # noqa: E402

WIDTH, HEIGHT = 3600, 2000
SIDEBAR_TOGGLE = (512, 80)  # the button beside "Jump to…"
EMPTY_SPOT = (1500, 300)  # a point of the graph's background
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--hide-scrollbars",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--window-size={WIDTH},{HEIGHT}", "--remote-debugging-port=0"]
# Shown once every group is expanded and the run's materialisations are drawn.
EXPANDED_MARKERS = ("raw_articles", "event_mentions", "cameo_codes", "event_digest", "Materialized")


class DevTools:
    """The few DevTools-protocol calls this script needs, over one page's websocket."""

    def __init__(self, socket):
        self._ws = socket
        self._ids = itertools.count(1)

    def call(self, method: str, **params) -> dict:
        call_id = next(self._ids)
        self._ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv(timeout=60))
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def text(self) -> str:
        return self.call("Runtime.evaluate", expression="document.body ? document.body.innerText : ''",
                         returnByValue=True)["result"].get("value", "")

    def wait_for(self, markers: tuple[str, ...], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(m in self.text() for m in markers):
                return True
            time.sleep(0.5)
        return False

    def graph_box(self, margin: int) -> dict:
        """The on-screen box of the drawn groups and assets (SVG foreignObjects), with a margin, for a clipped capture."""
        result = self.call("Runtime.evaluate", returnByValue=True, expression="""(() => {
            const r = [...document.querySelectorAll('svg foreignObject')].map((c) => c.getBoundingClientRect())
                .filter((b) => b.width > 0 && b.height > 0)
                .reduce((u, b) => ({left: Math.min(u.left, b.left), top: Math.min(u.top, b.top),
                                    right: Math.max(u.right, b.right), bottom: Math.max(u.bottom, b.bottom)}));
            return [r.left, r.top, r.right - r.left, r.bottom - r.top]; })()""")
        if "value" not in result["result"]:
            raise RuntimeError(f"no graph to measure: {result}")
        x, y, width, height = result["result"]["value"]
        left, top = max(0, x - margin), max(0, y - margin)
        return {"x": left, "y": top, "width": min(WIDTH - left, width + 2 * margin),
                "height": min(HEIGHT - top, height + 2 * margin), "scale": 1}

    def click(self, x: int, y: int, count: int = 1) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=count)

    def press_alt(self, key: str) -> None:
        code = f"Key{key.upper()}"
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, modifiers=1, key=key, code=code,
                      windowsVirtualKeyCode=ord(key.upper()))



@contextlib.contextmanager
def devtools(url: str) -> Iterator[DevTools]:
    from websockets.sync.client import connect

    with connect(url, max_size=None, open_timeout=30) as socket:
        yield DevTools(socket)


def start_chromium(chromium: str, profile: Path) -> tuple[subprocess.Popen, str]:
    """Headless Chromium with the DevTools protocol on a free port; returns it and its base URL."""
    process = subprocess.Popen([chromium, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    for line in process.stderr:
        found = re.search(r"DevTools listening on ws://([^/]+)/", line)
        if found:
            return process, f"http://{found.group(1)}"
    raise RuntimeError("chromium exited before opening the DevTools port")


def page_socket(base: str) -> str:
    with urllib.request.urlopen(base + "/json/list", timeout=10) as response:
        pages = [t for t in json.loads(response.read()) if t.get("type") == "page"]
    return pages[0]["webSocketDebuggerUrl"]


def demo_run(env: dict[str, str]) -> None:
    """`make demo` into the throwaway instance: the bundled article through `dyad run`."""
    dyad = Path(sys.executable).with_name("dyad")
    done = subprocess.run([str(dyad), "run"], env=env, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"dyad run failed:\n{done.stdout}\n{done.stderr}")
    print(done.stdout)


def capture(page: DevTools, url: str, out: Path) -> None:
    page.call("Page.enable")
    page.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
    page.call("Page.navigate", url=f"{url}/asset-groups")
    if not page.wait_for(("reference", "warehouse"), timeout=60):
        raise SystemExit("the lineage did not render")
    # Vertical orientation suits a wide screen; the UI keeps it in local storage.
    page.call("Runtime.evaluate", expression="localStorage.setItem('asset-graph-direction', JSON.stringify('vertical'))")
    page.call("Page.reload")
    if not page.wait_for(("reference", "warehouse"), timeout=60):
        raise SystemExit("the lineage did not render again")
    time.sleep(2)
    page.press_alt("e")  # the lineage's shortcut: expand (or collapse) every group
    time.sleep(3)
    page.click(*SIDEBAR_TOGGLE)  # hide the list of groups: the graph gets the width
    time.sleep(2)
    page.click(*EMPTY_SPOT, count=2)  # the lineage's "fit the whole graph"
    time.sleep(3)
    if not page.wait_for(EXPANDED_MARKERS, timeout=60):
        raise SystemExit("the groups did not expand with their materialised assets")
    time.sleep(5)  # layout animation and the checks' badges
    shot = page.call("Page.captureScreenshot", format="png", clip=page.graph_box(margin=40))
    out.write_bytes(base64.b64decode(shot["data"]))


def main(out: Path) -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed: apt-get install -y chromium", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dyad-shot-") as tmp:
        env = {**os.environ, "DAGSTER_HOME": str(Path(tmp) / "home"), "DYAD_WAREHOUSE": str(Path(tmp) / "dyad.duckdb"),
               "DYAD_STAGE": str(Path(tmp) / "stage"), "DYAD_INBOX": str(Path(tmp) / "inbox")}
        demo_run(env)
        with background_webserver(env) as url:
            graphql(url, "mutation { setNuxSeen }")
            browser, base = start_chromium(chromium, Path(tmp) / "chromium")
            try:
                with devtools(page_socket(base)) as page:
                    capture(page, url, out)
            finally:
                stop_process_group(browser, timeout=10)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else REPO / "docs" / "lineage.png"))
