# expect: type=_queue.Empty line=5
import queue
q = queue.Queue()
q.put(1)
print(q.get_nowait(), q.get_nowait())
