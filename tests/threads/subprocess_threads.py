# subprocesses started from four threads at once: each spawns, feeds and
# reads its own children (pipes never cross), waits with timeouts and
# kills; every child is reaped and each thread sees only its own output.
import os
import subprocess
import threading

results = {}
lock = threading.Lock()


def worker(k):
    out = []
    for i in range(8):
        r = subprocess.run(['cat'], input=f'thread {k} run {i}\n'.encode(),
                           capture_output=True)
        out.append(r.stdout == f'thread {k} run {i}\n'.encode() and r.returncode == 0)
        r = subprocess.run(['sh', '-c', f'echo {k}-{i}; exit {i}'], capture_output=True,
                           text=True)
        out.append((r.stdout, r.returncode) == (f'{k}-{i}\n', i))
    p = subprocess.Popen(['sleep', '10'])
    try:
        p.wait(timeout=0.05)
        out.append(False)
    except subprocess.TimeoutExpired:
        out.append(True)
    p.kill()
    out.append(p.wait() == -9)
    try:
        subprocess.run(['sleep', '10'], timeout=0.1)
    except subprocess.TimeoutExpired as e:
        out.append(e.cmd == ['sleep', '10'])
    with lock:
        results[k] = out


def children():
    # this process's children, zombies included: the PPid in /proc/N/status
    mine = f'PPid:\t{os.getpid()}\n'
    n = 0
    for name in filter(str.isdigit, os.listdir('/proc')):
        try:
            with open(f'/proc/{name}/status') as f:
                n += mine in f.read()
        except OSError:
            pass
    return n


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, len(results[k]), all(results[k]))
print('children left:', children())
