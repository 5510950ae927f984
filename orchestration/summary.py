"""What `dyad run` prints: read, stored, duplicates, quarantined, rejected mentions, events, time.

The text ends with a newline, so the shell prompt starts on a line of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RunSummary:
    read: int = 0
    stored: int = 0  # new or changed articles written
    second_reports: int = 0  # same text, another source or url: stored, pointing at the first
    unchanged: int = 0  # nothing new: already stored with the same text, source and url
    quarantined: int = 0  # refused records and articles whose coding failed
    unsupported_language: int = 0
    mentions: int = 0  # new mentions published
    rejected: int = 0  # mentions set aside in rejected_mentions
    rejected_by_rule: dict[str, int] = field(default_factory=dict)  # rule label -> mentions
    events_total: int = 0
    seconds: float = 0.0
    failed: bool = False
    error: str | None = None
    quarantine_details: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        return self.second_reports + self.unchanged

    @property
    def set_aside(self) -> bool:
        """Some records were quarantined or some mentions rejected (`dyad run` exits 3)."""
        return bool(self.quarantined or self.rejected)

    def render(self) -> str:
        if self.failed:
            return f"dyad run failed after {self.seconds:.1f}s; the warehouse is unchanged.\nerror: {self.error}\n"
        lines = [
            f"read {self.read} records in {self.seconds:.1f}s",
            f"  stored       {self.stored}",
            f"  duplicates   {self.duplicates} ({self.second_reports} second reports, {self.unchanged} nothing new)",
            f"  quarantined  {self.quarantined}",
            f"  mentions     {self.mentions} new event mentions",
            f"  events       {self.events_total} in the warehouse",
        ]
        if self.rejected:
            rules = ", ".join(f"{n} {label}" for label, n in self.rejected_by_rule.items())
            lines.append(f"  rejected {self.rejected} mentions: {rules} (see rejected_mentions)")
        if self.unsupported_language:
            lines.append(f"  kept, language not coded: {self.unsupported_language}")
        lines.extend(f"  quarantined: {d}" for d in self.quarantine_details)
        if self.set_aside:
            lines.append("some records or mentions were set aside, the rest is published (exit status 3)")
        return "\n".join(lines) + "\n"
