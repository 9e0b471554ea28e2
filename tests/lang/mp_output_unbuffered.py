# env: PYTHONUNBUFFERED=1
# Unbuffered stdout (python3 -u, PYTHONUNBUFFERED): a child's lines show as
# it prints them, between its parent's, in the order events impose.
import multiprocessing as mp
import sys


def child(mine, theirs):
    print('child 1')
    mine.set()
    theirs.wait()
    print('child 2', end='')
    print(' (same line)')
    sys.stdout.write('child 3\n')
    mine.set()


if __name__ == '__main__':
    print('parent 1')
    mine, theirs = mp.Event(), mp.Event()
    p = mp.Process(target=child, args=(theirs, mine))
    p.start()
    theirs.wait()
    theirs.clear()
    print('parent 2')
    mine.set()
    theirs.wait()
    print('parent 3')
    p.join()
    print('parent 4', p.exitcode)
