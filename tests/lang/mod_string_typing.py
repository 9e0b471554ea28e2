# string constants and capwords; typing and __future__ names do nothing at run time.
from __future__ import annotations
import string
from typing import List, Dict, Optional, Any, Tuple, cast, TYPE_CHECKING
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.ascii_uppercase)
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))


def total(xs: List[int], scale: Optional[float] = None) -> Dict[str, Any]:
    return {"sum": sum(xs) * (scale or 1)}


x: Tuple[int, int] = (1, 2)
print(total([1, 2, 3]), total([1], 2.5), x, cast(int, "s"), TYPE_CHECKING)
print(List, Dict, Optional)
