# Helpers for the workloads' `python3 FILE` / `gilpy FILE` demos: time N calls
# of a function one after another and on N threads, and print the result in
# the seeds' own form ("Sequential: 2.00s / Threading: 2.00s (1.0x)").
# The suite does not use this module: gilbench times the entries itself.
import threading
import time


def run_seq(target, args, n):
    # Each call runs on a fresh thread that is joined before the next starts,
    # so the sequential and threaded timings pay the same thread start-up.
    t0 = time.perf_counter()
    for k in range(n):
        t = threading.Thread(target=target, args=args)
        t.start()
        t.join()
    return time.perf_counter() - t0


def run_threads(target, args, n):
    t0 = time.perf_counter()
    threads = []
    for k in range(n):
        threads.append(threading.Thread(target=target, args=args))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


def compare(target, args, n):
    seq = run_seq(target, args, n)
    thr = run_threads(target, args, n)
    print(f"Sequential:      {seq:.2f}s")
    print(f"Threading:       {thr:.2f}s ({seq / thr:.1f}x)")
    print("Multiprocessing: see `gilbench run FILE --mode procs`")
    return seq / thr
