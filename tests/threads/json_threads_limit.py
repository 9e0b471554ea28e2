# json.dumps from four threads at once leaves the recursion limit as it was
# (the encoder once raised and restored the process-wide limit, and racing
# encoders restored each other's raised values), and a too-deep value is
# still a RecursionError afterwards.
import json, sys, threading
before = sys.getrecursionlimit()
deep = [[[[[{'a': [1, 2, {'b': 'c'}]}]]]]] * 50
errs = []
def work():
    for _ in range(200):
        json.dumps(deep)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sys.getrecursionlimit() == before)
x = []
for _ in range(5000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print('RecursionError', e)
print(sys.getrecursionlimit() == before)
print(json.dumps([[[1]]]))
