# Processes and a pool started inside a child process: names (Process-1:1),
# parent_process, and get_context('fork') giving ForkProcess.
import multiprocessing as mp
def leaf(tag):
    print('leaf', tag, mp.current_process().name, mp.parent_process().name)
def mid():
    p = mp.Process(target=leaf, args=('a',))
    p.start(); p.join()
    print('mid sees', p.name, p.exitcode, mp.current_process().name)
    with mp.Pool(2) as pool:
        print('pool in child', pool.map(abs, [-1, -2, 3]))
if __name__ == '__main__':
    p = mp.Process(target=mid)
    p.start(); p.join()
    print('top', p.exitcode)
    ctx = mp.get_context('fork')
    q = ctx.Process(target=leaf, args=('ctx',)); q.start(); q.join()
    print(mp.get_start_method())
