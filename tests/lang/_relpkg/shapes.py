# Module of _relpkg: a sibling imported relatively.
from .units import CM


def area(w, h):
    return "%d %s^2" % (w * h, CM)
