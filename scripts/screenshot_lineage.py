"""Screenshot of the Dagster global asset lineage into docs/lineage.png (headless Chromium).

Starts dagster-webserver on loopback with a throwaway DAGSTER_HOME, sends the
`setNuxSeen` mutation so the first-visit dialog stays closed, then lets
Debian's `chromium` render /asset-groups. Usage: .venv/bin/python scripts/screenshot_lineage.py [OUT]
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from orchestration.webserver import background_webserver, graphql  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def main(out: Path) -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed: apt-get install -y chromium", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dyad-shot-") as tmp:
        env = {**os.environ, "DAGSTER_HOME": str(Path(tmp) / "home"), "DYAD_WAREHOUSE": str(Path(tmp) / "dyad.duckdb"),
               "DYAD_STAGE": str(Path(tmp) / "stage"), "DYAD_INBOX": str(Path(tmp) / "inbox")}
        with background_webserver(env) as url:
            graphql(url, "mutation { setNuxSeen }")
            subprocess.run([chromium, *FLAGS, f"--user-data-dir={Path(tmp) / 'chromium'}", "--window-size=1900,1100",
                            "--virtual-time-budget=25000", f"--screenshot={out}", f"{url}/asset-groups"],
                           check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else REPO / "docs" / "lineage.png"))
