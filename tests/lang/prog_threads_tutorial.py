# The tutorial threading program: worker threads with a run() method, a
# shared counter guarded by a Lock, results collected after join(), and an
# Event that lines the workers up so the printed order is fixed.
import threading
import time

# gilpy cannot subclass threading.Thread yet, so each worker owns its thread
# (threading.Thread(target=self.run)) instead of being one.


class Worker:
    def __init__(self, ident, numbers, lock, totals, turn):
        self.thread = threading.Thread(target=self.run, name=f'worker-{ident}')
        self.ident = ident
        self.numbers = numbers
        self.lock = lock
        self.totals = totals
        self.turn = turn
        self.result = None

    @property
    def name(self):
        return self.thread.name

    def start(self):
        self.thread.start()

    def join(self, timeout=None):
        self.thread.join(timeout)

    def is_alive(self):
        return self.thread.is_alive()

    def run(self):
        squares = 0
        for n in self.numbers:
            squares += n * n
            with self.lock:
                self.totals['count'] += 1
        self.result = squares
        # Report in a fixed order: wait for our turn, then pass it on.
        self.turn[self.ident].wait()
        print(f'{self.name} summed {len(self.numbers)} squares: {squares}')
        if self.ident + 1 < len(self.turn):
            self.turn[self.ident + 1].set()


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self, times):
        for _ in range(times):
            with self._lock:
                self.value += 1


def main():
    lock = threading.Lock()
    totals = {'count': 0}
    chunks = [list(range(i, 3000, 4)) for i in range(4)]
    turn = [threading.Event() for _ in chunks]
    workers = [Worker(i, chunk, lock, totals, turn) for i, chunk in enumerate(chunks)]
    for w in workers:
        w.start()
    turn[0].set()
    for w in workers:
        w.join()
    print('all alive after join?', any(w.is_alive() for w in workers))
    print('total count', totals['count'], 'sum of squares', sum(w.result for w in workers),
          'check', sum(n * n for n in range(3000)))

    counter = Counter()
    threads = [threading.Thread(target=counter.increment, args=(2000,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print('counter', counter.value)

    results = {}
    results_lock = threading.RLock()

    def fetch(name, delay):
        time.sleep(delay)
        with results_lock:
            with results_lock:
                results[name] = name.upper()

    pool = [threading.Thread(target=fetch, args=(n, 0.01 * (3 - i)), daemon=True)
            for i, n in enumerate(['alpha', 'beta', 'gamma'])]
    for t in pool:
        t.start()
    for t in pool:
        t.join(timeout=5)
    print(sorted(results.items()), threading.active_count(), threading.current_thread().name)


if __name__ == '__main__':
    main()
