# Threads share one file object. Binary files carry a lock, in CPython as
# in gilpy: writes from several threads through one BufferedWriter keep
# every line whole and lose none, under every GIL model. CPython 3.11's
# BufferedReader.readline looks into its buffer before taking that lock (a
# thread refilling it meanwhile can split a line), and its TextIOWrapper
# has no lock (concurrent writes can garble its pending bytes), so readers
# and the text file's writers take a lock of their own, as a CPython
# program must.
import os
import tempfile
import threading

THREADS, LINES = 4, 300


def run_all(target):
    ts = [threading.Thread(target=target, args=(i,)) for i in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def line(i, j):
    return f'thread {i} line {j} ' + 'é' * (j % 7)


want = sorted(line(i, j) for i in range(THREADS) for j in range(LINES))
with tempfile.TemporaryDirectory() as d:
    b = os.path.join(d, 'shared.bin')
    with open(b, 'wb') as f:
        def bwriter(i):
            for j in range(LINES):
                f.write((line(i, j) + '\n').encode())
        run_all(bwriter)
    with open(b, 'rb') as f:
        lines = f.read().decode().splitlines()
    print(len(lines), sorted(lines) == want)
    for i in range(THREADS):
        mine = [int(l.split()[3]) for l in lines if l.startswith(f'thread {i} ')]
        print(i, mine == list(range(LINES)))

    got = []
    lock = threading.Lock()
    with open(b, 'rb') as f:
        def reader(i):
            mine = []
            while True:
                with lock:
                    s = f.readline()
                if not s:
                    break
                mine.append(s.decode())
            with lock:
                got.extend(mine)
        run_all(reader)
    print(len(got), sorted(s.rstrip('\n') for s in got) == want)

    p = os.path.join(d, 'shared.txt')
    with open(p, 'w') as f:
        def twriter(i):
            for j in range(LINES):
                with lock:
                    print(line(i, j), file=f)
        run_all(twriter)
    with open(p) as f:
        print(sorted(f.read().splitlines()) == want)
