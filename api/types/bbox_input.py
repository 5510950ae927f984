import strawberry


@strawberry.input(description="A latitude/longitude box; minLon greater than maxLon wraps across longitude 180.")
class BBoxInput:
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float
