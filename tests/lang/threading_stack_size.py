# threading.stack_size: the previous size, its checks, and threads started
# with a set size still run
import threading

print(threading.stack_size(), threading.stack_size(0))
print(threading.stack_size(1 << 20), threading.stack_size(), threading.stack_size())
threading.stack_size(1 << 20)
out = []


def work(n):
    out.append(sum(range(n)))


ts = [threading.Thread(target=work, args=(10 ** k,)) for k in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(threading.stack_size(32768), threading.stack_size(0), threading.stack_size())
for a in [(32767,), (1,), (-1,), (1.5,), ('x',), (1, 2)]:
    try:
        threading.stack_size(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    threading.stack_size(size=5)
except TypeError as e:
    print(e)
print(threading.stack_size())
