# The shape of the `counter += 1` race: two threads add 1 to a global a
# million times each, with no lock. Under a GIL (gilpy's new model, CPython
# 3.10+) the read-add-write never straddles a switch, so nothing is lost;
# free-threaded (gilpy --gil=none, CPython 3.13t) the threads interleave
# inside it and lose updates -- while the interpreter itself stays sound.
# Prints "lost N"; tests/nogil.cmake checks the shape.
import sys
import threading

N = 1000000
if len(sys.argv) > 1:
    N = int(sys.argv[1])
counter = 0


def work():
    global counter
    for i in range(N):
        counter += 1


threads = [threading.Thread(target=work) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lost", 2 * N - counter)
