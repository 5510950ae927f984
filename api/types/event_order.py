from enum import Enum

import strawberry


@strawberry.enum(description="Orderings of events. Ties are broken by event id; undated events come last in date orders.")
class EventOrder(Enum):
    DATE_DESC = "date_desc"
    DATE_ASC = "date_asc"
    NUM_ARTICLES_DESC = "num_articles_desc"
