# A web-crawler simulation in asyncio: a fake site graph with latencies, a
# work Queue drained by worker tasks, a Semaphore capping "connections",
# wait_for timeouts on slow pages, gather for the final summary.
import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/team", "/"],
    "/blog": ["/blog/1", "/blog/2", "/slow"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart", "/missing"],
    "/shop/cart": [],
    "/team": ["/about"],
    "/slow": ["/never"],
}
LATENCY = {"/slow": 0.5}


class NotFound(Exception):
    pass


async def fetch(path, conns, stats):
    async with conns:
        stats["open"] += 1
        stats["peak"] = max(stats["peak"], stats["open"])
        try:
            await asyncio.sleep(LATENCY.get(path, 0.001 * (len(path) % 4)))
            if path not in SITE:
                raise NotFound(path)
            return SITE[path]
        finally:
            stats["open"] -= 1


async def worker(name, queue, seen, conns, stats, report):
    while True:
        path = await queue.get()
        try:
            links = await asyncio.wait_for(fetch(path, conns, stats), timeout=0.2)
            report[path] = f"ok ({len(links)} links)"
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        except asyncio.TimeoutError:
            report[path] = "timeout"
        except NotFound:
            report[path] = "404"
        finally:
            queue.task_done()


async def crawl(root, n_workers=3):
    queue = asyncio.Queue()
    seen = {root}
    report = {}
    stats = {"open": 0, "peak": 0}
    conns = asyncio.Semaphore(2)
    queue.put_nowait(root)
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, conns, stats, report))
               for i in range(n_workers)]
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", all(isinstance(r, asyncio.CancelledError) for r in results))
    return report, stats


report, stats = asyncio.run(crawl("/"))
for path in sorted(report):
    print(f"{path:12} {report[path]}")
print("peak connections:", stats["peak"], "open at end:", stats["open"])


async def page_sizes(paths):
    async def size(p):
        await asyncio.sleep(0.001)
        return p, len(SITE.get(p, ()))
    return dict(await asyncio.gather(*(size(p) for p in paths)))

print(asyncio.run(page_sizes(["/", "/blog", "/nope"])))
