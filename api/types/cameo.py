from __future__ import annotations

from typing import Any

import strawberry


@strawberry.type(description="A CAMEO event code with its root, GDELT QuadClass, Goldstein score and PLOVER category.")
class Cameo:
    code: str = strawberry.field(description='The CAMEO code, e.g. "042".')
    label: str | None
    root_code: str = strawberry.field(description='The two-digit root, e.g. "04".')
    root_label: str | None
    quad_class: int | None = strawberry.field(
        description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (GDELT)."
    )
    goldstein: float | None = strawberry.field(description="Goldstein scale score, -10 (conflict) to +10 (cooperation).")
    plover_type: str | None
    plover_mode: str | None

    @classmethod
    def from_row(cls, code: str, row: dict[str, Any] | None) -> "Cameo":
        if row is None:  # a code missing from the reference table: what the code itself says
            return cls(code=code, label=None, root_code=code[:2], root_label=None, quad_class=None,
                       goldstein=None, plover_type=None, plover_mode=None)
        return cls(code=code, label=row["label"], root_code=row["root_code"], root_label=row["root_label"],
                   quad_class=row["quad_class"], goldstein=row["goldstein"],
                   plover_type=row["plover_type"], plover_mode=row["plover_mode"])
