# hashlib from threads: big buffers are hashed with the GIL released (in
# parallel under every model), one hash object updated from four threads at
# once loses no update (each update is locked, as CPython's), and copies
# taken while others update stay consistent.
import hashlib
import threading

data = bytes(range(256)) * 4096  # 1 MiB: above the GIL-release size

results = [None] * 4


def independent(i):
    results[i] = hashlib.sha512(data + bytes([i])).hexdigest()


ts = [threading.Thread(target=independent, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results == [hashlib.sha512(data + bytes([i])).hexdigest() for i in range(4)])

shared = hashlib.sha256()


def big_updates():
    shared.update(data)


ts = [threading.Thread(target=big_updates) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared.hexdigest() == hashlib.sha256(data * 4).hexdigest())

small = hashlib.md5()
copies = []


def small_updates():
    for k in range(2000):
        small.update(b'ab')
        if k % 500 == 0:
            copies.append(small.copy())


ts = [threading.Thread(target=small_updates) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(small.hexdigest() == hashlib.md5(b'ab' * 8000).hexdigest())
# a copy holds some whole number of updates: the digest of that many
valid = {hashlib.md5(b'ab' * k).hexdigest() for k in range(8001)}
print(len(copies), all(c.hexdigest() in valid for c in copies))
