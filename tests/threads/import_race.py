# Threads import a module while another thread is still running its code:
# they wait for it to finish (CPython's per-module import locks) and never
# see it half run. Each module below signals once its code has started, so
# the followers import it mid-load every time. A module whose code fails
# gives the followers that waited for it the module object as it was left
# (CPython's behaviour), and the loader its exception; a later import loads
# it again. Packages and their submodules take turns the same way.
import os
import sys
import tempfile
import threading

FOLLOWERS = 3
started = threading.Event()

BODY = ('import sys, time\nA = 1\nsys.modules["__main__"].started.set()\n'
        'time.sleep(0.1)\n')

with tempfile.TemporaryDirectory() as d:
    def write(rel, text):
        with open(os.path.join(d, rel), 'w') as f:
            f.write(text)
    write('slowmod.py', BODY + 'B = 2\n')
    write('badmod.py', BODY + 'raise ValueError("bad module")\n')
    os.mkdir(os.path.join(d, 'slowpkg'))
    write(os.path.join('slowpkg', '__init__.py'), 'READY = True\n')
    write(os.path.join('slowpkg', 'sub.py'), BODY + 'VALUE = 42\n')
    sys.path.insert(0, d)

    def race(name, attr):
        started.clear()
        got = []
        lock = threading.Lock()

        def load(leader):
            if not leader:
                started.wait()
            try:
                mod = __import__(name, fromlist=['x'])
                res = getattr(mod, attr, 'missing')
            except ValueError as e:
                res = 'raised ' + str(e)
            with lock:
                got.append((leader, res))

        ts = [threading.Thread(target=load, args=(i == 0,))
              for i in range(FOLLOWERS + 1)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        print(name, sorted(got, key=str))

    race('slowmod', 'B')
    race('slowpkg.sub', 'VALUE')
    race('badmod', 'A')
    print('badmod' in sys.modules)
    try:
        import badmod
    except ValueError as e:
        print('again:', e)
    sys.path.remove(d)
