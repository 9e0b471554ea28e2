# env: PYTHONUNBUFFERED=
# Buffered stdout (a pipe, no -u): a fork flushes the parent's lines first;
# a child's lines show when it flushes or exits, a parent's at its flushes.
import multiprocessing as mp
import sys


def child(mine, theirs):
    print('child 1')
    sys.stdout.flush()
    mine.set()
    theirs.wait()
    print('child 2')
    mine.set()


if __name__ == '__main__':
    print('parent 1')
    mine, theirs = mp.Event(), mp.Event()
    p = mp.Process(target=child, args=(theirs, mine))
    p.start()
    theirs.wait()
    theirs.clear()
    print('parent 2 (buffered until the exit)')
    print('parent 3', flush=True)
    mine.set()
    theirs.wait()
    p.join()
    print('parent 4', p.exitcode)
