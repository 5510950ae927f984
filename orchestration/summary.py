"""What `dyad run` prints: read, stored, duplicates, quarantined, events, time."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RunSummary:
    read: int = 0
    stored: int = 0  # new or changed articles written
    second_reports: int = 0  # same text, another source or url: stored, pointing at the first
    unchanged: int = 0  # nothing new: already stored with the same text, source and url
    quarantined: int = 0
    unsupported_language: int = 0
    mentions: int = 0
    events_total: int = 0
    seconds: float = 0.0
    failed: bool = False
    error: str | None = None
    quarantine_details: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        return self.second_reports + self.unchanged

    def render(self) -> str:
        if self.failed:
            return f"dyad run failed after {self.seconds:.1f}s; the warehouse is unchanged.\nerror: {self.error}"
        lines = [
            f"read {self.read} records in {self.seconds:.1f}s",
            f"  stored       {self.stored}",
            f"  duplicates   {self.duplicates} ({self.second_reports} second reports, {self.unchanged} nothing new)",
            f"  quarantined  {self.quarantined}",
            f"  mentions     {self.mentions} new event mentions",
            f"  events       {self.events_total} in the warehouse",
        ]
        if self.unsupported_language:
            lines.append(f"  kept, language not coded: {self.unsupported_language}")
        lines.extend(f"  quarantined: {d}" for d in self.quarantine_details)
        return "\n".join(lines)
