"""Errors the API reports to clients as GraphQL errors (with `extensions.code`).

Anything else raised while resolving is an internal fault: its message is masked
("Unexpected error.") so SQL or paths never reach a client.
"""
from __future__ import annotations


class ApiError(Exception):
    """A refusal or a bad argument, told to the client as it is."""

    code = "BAD_REQUEST"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.extensions = {"code": self.code}


class InvalidArgument(ApiError):
    code = "INVALID_ARGUMENT"


class PageTooLarge(ApiError):
    code = "PAGE_SIZE_LIMIT"


class BadCursor(ApiError):
    code = "BAD_CURSOR"


class QueryTimeout(ApiError):
    code = "QUERY_TIMEOUT"

    def __init__(self, limit_s: float) -> None:
        super().__init__(
            f"The query ran longer than the {limit_s:g} s time limit and was stopped; "
            "narrow the filter or ask for fewer items."
        )


class WarehouseUnavailable(ApiError):
    code = "WAREHOUSE_UNAVAILABLE"
