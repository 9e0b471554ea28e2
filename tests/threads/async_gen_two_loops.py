# Two threads, each running its own event loop with asyncio.run: async
# generators, async comprehensions and abandoned generators closed at each
# loop's shutdown. The asyncgen hooks are per thread, so each loop sees and
# closes only its own generators.
import asyncio
import sys
import threading

results = {}

async def produce(tag, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield (tag, i)
    finally:
        results[tag].append("closed")

async def squares(tag, n):
    async for _, i in produce(tag + "-sq", n):
        yield i * i

async def main(tag):
    results[tag + "-sq"] = []
    results[tag + "-left"] = []
    total = sum([x async for x in squares(tag, 200)])
    left = produce(tag + "-left", 100)
    async for item in left:
        if item[1] == 50:
            break
    hooks_set = sys.get_asyncgen_hooks()[0] is not None
    return total, hooks_set

def worker(tag):
    results[tag] = asyncio.run(main(tag))

threads = [threading.Thread(target=worker, args=(t,)) for t in ("x", "y")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])
print(sys.get_asyncgen_hooks()[0] is None)
