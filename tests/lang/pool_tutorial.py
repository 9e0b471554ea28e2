# The tutorials' I/O-bound pool, as they write it (time.sleep stands in for
# the network): executor.map over URLs, then the concurrent.futures docs'
# submit/as_completed loop, its lines sorted since completion order varies.
import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor

URLS = [f"https://example.com/page/{i}" for i in range(12)] + ["https://example.com/missing"]


def fetch_url(url):
    time.sleep(0.02)
    if url.endswith("missing"):
        raise OSError(f"404 for {url}")
    return "<html>" + url * 3 + "</html>"


def load_url(url, timeout):
    return fetch_url(url)


with ThreadPoolExecutor(10) as executor:
    results = list(executor.map(fetch_url, URLS[:-1]))
print(len(results), [len(r) for r in results[:3]])

lines = []
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            lines.append('%r generated an exception: %s' % (url, exc))
        else:
            lines.append('%r page is %d bytes' % (url, len(data)))
for line in sorted(lines):
    print(line)


def cpu_task(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(cpu_task, 20_000 + i) for i in range(8)]
        totals = [f.result() for f in futures]
    print(sum(totals))
