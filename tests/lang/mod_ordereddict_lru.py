# An LRU cache built on OrderedDict.move_to_end/popitem.
from collections import OrderedDict
cap = 3
cache = OrderedDict()
log = []
for key in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    if key in cache:
        cache.move_to_end(key)
        log.append(("hit", key))
    else:
        cache[key] = key * key
        if len(cache) > cap:
            log.append(("evict", cache.popitem(last=False)))
print(log)
print(cache, list(cache.keys()), list(cache.values()))
od = OrderedDict.fromkeys("abc") if False else OrderedDict([("a", None), ("b", None), ("c", None)])
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od)
