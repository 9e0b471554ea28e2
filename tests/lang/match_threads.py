# match in four threads at once: the _gpmatch helpers and their type cache.
import threading
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
out = []
def work(k):
    n = 0
    for i in range(3000):
        match (i, P(i, k), {"k": i}):
            case (a, P(x=x, y=y), {"k": v}) if a == x == v:
                n += y
    out.append(n)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
