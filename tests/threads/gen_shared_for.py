# A generator chain shared by threads that drain it with for loops: for and
# yield from resume generators inside the caller's eval loop, and a thread
# finding one running gets "generator already executing" and retries; every
# item reaches exactly one thread, and the sets they fill stay consistent.
import threading

N = 20000


def numbers(lo, hi):
    for i in range(lo, hi):
        yield i


def both():
    yield from numbers(0, N // 2)
    yield from numbers(N // 2, N)


shared = both()
seen = []
errors = []
found = set()
lock = threading.Lock()


def work():
    got = []
    local = set()
    while True:
        try:
            for v in shared:
                got.append(v)
                local.add(v % 97)
                if v % 3 == 0:
                    local.discard(v % 97)
            break
        except ValueError as e:
            errors.append(str(e))
    with lock:
        seen.extend(got)
        found.update(local)


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sorted(seen) == list(range(N)), len(found) <= 97)
print(all(e == "generator already executing" for e in errors))
