# expect: type=RuntimeError line=5
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(2) as ex:
    print(ex.submit(abs, -1).result())
ex.submit(abs, -2)
