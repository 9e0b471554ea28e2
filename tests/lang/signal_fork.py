# signal: a forked multiprocessing child keeps the parent's Python handlers.
import multiprocessing as mp, os, signal

def h(s, f):
    print("handler in", "child" if mp.current_process().name != "MainProcess" else "parent", s, flush=True)

def child():
    print(signal.getsignal(signal.SIGUSR1) is h, flush=True)
    os.kill(os.getpid(), signal.SIGUSR1)
    for _ in range(100):
        pass

if __name__ == "__main__":
    mp.set_start_method("fork")
    signal.signal(signal.SIGUSR1, h)
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("exit", p.exitcode)
