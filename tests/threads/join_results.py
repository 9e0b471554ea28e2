# Threads computing sums; results collected in a list, printed sorted.
import threading

results = []
lock = threading.Lock()


def work(k, scale=1):
    s = 0
    for i in range(k * 1000):
        s += i * scale
    with lock:
        results.append((k, s))


threads = []
for k in range(6):
    threads.append(threading.Thread(target=work, args=(k,), kwargs={"scale": 2}))
for t in threads:
    print(t.name, t.is_alive(), t.ident is None, t.daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
for t in threads:
    print(t.name, t.is_alive(), t.ident is None)
print(threading.active_count(), len(threading.enumerate()))
print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.get_ident() == threading.main_thread().ident)

# a list as args, no target, keyword-only daemon, explicit names
t = threading.Thread(target=work, args=[7], name="seven")
t.start()
t.join()
print(t.name, results[-1])
t = threading.Thread()
t.start()
t.join()
print(t.name, t.is_alive())
t = threading.Thread(target=work, args=(1,), name=42, daemon=True)
print(t.name, t.daemon)
t.start()
t.join(5)
t.join(timeout=0.5)
print(len(results))
