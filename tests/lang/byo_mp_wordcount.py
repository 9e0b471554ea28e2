# Map-reduce word count with multiprocessing, as the "use processes for CPU
# work" tutorials write it: chunks mapped by a Pool to module-level
# functions, Counters merged in the parent, starmap, imap in order,
# apply_async, and a Process with a Queue sending results back.
import multiprocessing as mp
from collections import Counter

TEXT = ("the gil lets one thread run python bytecode at a time "
        "processes each have their own gil so processes run in parallel "
        "threads still help when the work waits on io ") * 20


def count_words(chunk):
    # a plain dict: gilpy's multiprocessing cannot send a Counter yet
    return dict(Counter(chunk.split()))


def scaled(word, times):
    return word * times


def square(x):
    return x * x


def worker(q, n):
    q.put((n, sum(i * i for i in range(n))))


def chunks(words, n):
    size = (len(words) + n - 1) // n
    return [" ".join(words[i:i + size]) for i in range(0, len(words), size)]


if __name__ == "__main__":
    words = TEXT.split()
    with mp.Pool(processes=2) as pool:
        partial_counts = pool.map(count_words, chunks(words, 4))
        total = sum(map(Counter, partial_counts), Counter())
        print(len(partial_counts), total.most_common(5))
        print(total == Counter(words))
        print(pool.starmap(scaled, [("ab", 2), ("c", 3)]))
        print(list(pool.imap(square, range(8))))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=30))
    q = mp.Queue()
    procs = [mp.Process(target=worker, args=(q, n)) for n in (10, 100, 1000)]
    for p in procs:
        p.start()
    results = sorted(q.get(timeout=30) for _ in procs)
    for p in procs:
        p.join()
    print(results, [p.exitcode for p in procs])
