# A module two packages deep.
LEVEL = "deep"


def where():
    return __name__
