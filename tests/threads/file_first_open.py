# Eight threads open their first files at once: io's Python is made by
# the first of them while the others wait for it to be finished, under
# every GIL model (gil=none included), so none sees it half made.
import os
import tempfile
import threading

d = tempfile.mkdtemp()
out = []
lock = threading.Lock()


def work(i):
    p = os.path.join(d, f'f{i}.txt')
    with open(p, 'w') as f:
        f.write(f'file {i}\n' * (i + 1))
    with open(p) as f:
        n = len(f.readlines())
    with lock:
        out.append((i, n))


ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(sorted(os.listdir(d)))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
