"""Content fingerprints of seed files, used as Dagster data versions.

A change to any file under a seeds folder changes the fingerprint, so the UI
marks exactly the assets built from that folder stale.
"""
from __future__ import annotations

import hashlib
from pathlib import Path


def fingerprint_paths(*paths: Path) -> str:
    """sha256 over the relative names and bytes of every file under `paths` (12 hex digits)."""
    digest = hashlib.sha256()
    for root in paths:
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for file in files:
            if not file.exists() or "__pycache__" in file.parts:
                continue
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]
