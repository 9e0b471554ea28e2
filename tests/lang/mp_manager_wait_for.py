# A Manager Condition's wait_for: the predicate runs in the client, the
# waits on the server, until another process makes it true or time runs out.
import multiprocessing as mp, time
def setter(ns, cond):
    time.sleep(0.1)
    with cond:
        ns.x = 1
        cond.notify_all()
if __name__ == '__main__':
    with mp.Manager() as m:
        ns = m.Namespace(); ns.x = 0
        cond = m.Condition()
        p = mp.Process(target=setter, args=(ns, cond)); p.start()
        with cond:
            print(cond.wait_for(lambda: ns.x == 1, timeout=5))
        p.join()
        with cond:
            print(cond.wait_for(lambda: False, timeout=0.05))
