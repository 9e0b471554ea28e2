# Threads exec and eval source concurrently, each in its own globals dict,
# defining annotated functions: every GIL model gives CPython's results.
import threading
results = []
lock = threading.Lock()
def work(i):
    ns = {'i': i}
    for k in range(200):
        exec('def f(x: int) -> int:\n    return x + i\nr = f(%d)' % k, ns)
        v = eval('r * 2', ns)
    with lock:
        results.append((i, v, ns['f'].__annotations__['return'].__name__))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
