# threading.local for per-thread state, a Timer that fires and one that is
# cancelled, a Thread subclass with a result, current_thread names.
import threading

ctx = threading.local()
results = {}
lock = threading.Lock()


def handle(request_id):
    ctx.request = request_id
    ctx.steps = []
    for step in ("auth", "load", "render"):
        ctx.steps.append(f"{step}:{ctx.request}")
    with lock:
        results[threading.current_thread().name] = list(ctx.steps)


threads = [threading.Thread(target=handle, args=(i,), name=f"req-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
print(hasattr(ctx, "request"))


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__(name="summer")
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = sum(x * x for x in self.numbers)


s = Summer(range(1000))
s.start()
s.join()
print(s.name, s.result, s.is_alive())

fired = threading.Event()
t1 = threading.Timer(0.01, fired.set)
t1.start()
t1.join()
print("fired:", fired.is_set())
never = []
t2 = threading.Timer(5.0, never.append, args=("boom",))
t2.start()
t2.cancel()
t2.join()
print("cancelled:", never)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
