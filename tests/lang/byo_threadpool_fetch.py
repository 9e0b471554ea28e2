# ThreadPoolExecutor as tutorials use it: map over "URLs" (simulated
# latency), submit + as_completed into a dict, an exception surfacing from
# result(), a done callback, and executor.map keeping input order.
import concurrent.futures as cf
import time

URLS = [f"https://example.org/page/{i}" for i in range(8)]


def fetch(url):
    n = int(url.rsplit("/", 1)[1])
    time.sleep(0.002 * (8 - n))
    if n == 5:
        raise ConnectionError(f"timeout fetching {url}")
    return len(url) * 10 + n


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(fetch, u): u for u in URLS}
    sizes = {}
    errors = []
    for fut in cf.as_completed(futures):
        url = futures[fut]
        try:
            sizes[url] = fut.result()
        except ConnectionError as e:
            errors.append(str(e))

for url in URLS:
    print(url, sizes.get(url, "failed"))
print(errors)


def square(x):
    time.sleep(0.001 * (x % 3))
    return x * x


with cf.ThreadPoolExecutor(3, thread_name_prefix="sq") as pool:
    print(list(pool.map(square, range(10))))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1])))
    done = []
    f = pool.submit(sum, [1, 2, 3])
    f.add_done_callback(lambda fut: done.append(fut.result()))
    cf.wait([f])
print(done, f.done(), f.exception())

with cf.ThreadPoolExecutor(2) as pool:
    it = pool.map(fetch, URLS[4:7])
    try:
        for r in it:
            print("got", r)
    except ConnectionError as e:
        print("map raised:", e)
