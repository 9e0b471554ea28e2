# expect: type=ZeroDivisionError line=4|8
from concurrent.futures import ThreadPoolExecutor
def task(n):
    return 10 // n
with ThreadPoolExecutor(2) as ex:
    futures = [ex.submit(task, n) for n in (5, 2, 0)]
    for f in futures:
        print(f.result())
