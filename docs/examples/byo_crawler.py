# A researcher's own I/O-bound program: a crawler over a simulated site
# whose pages take `latency_ms` to fetch (time.sleep stands for the
# network), timed sequentially and on a thread pool. gilbench measures
# crawl itself; see README.md, "Bring your own workload".
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(page, latency_ms):
    time.sleep(latency_ms / 1000)  # the GIL is released while waiting
    return [f"/p{(page * 3 + k) % 50}" for k in range(3)]


def crawl(pages, latency_ms):
    """Fetch `pages` pages breadth-first from /p0; returns the links seen."""
    seen, frontier, fetched = {"/p0"}, ["/p0"], 0
    while frontier and fetched < pages:
        path = frontier.pop(0)
        fetched += 1
        for link in fetch(int(path[2:]), latency_ms):
            if link not in seen:
                seen.add(link)
                frontier.append(link)
    return len(seen)


if __name__ == '__main__':
    tasks, pages, latency = 4, 10, 20
    start = time.perf_counter()
    results = [crawl(pages, latency) for _ in range(tasks)]
    seq = time.perf_counter() - start
    print(f"Sequential: {seq:.2f}s")
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=tasks) as ex:
        assert list(ex.map(crawl, [pages] * tasks, [latency] * tasks)) == results
    t = time.perf_counter() - start
    print(f"Threaded:   {t:.2f}s ({seq / t:.1f}x faster)")
