from enum import Enum

import strawberry


@strawberry.enum(description="Width of a timeline bucket. Weeks start on Monday (ISO).")
class Interval(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
