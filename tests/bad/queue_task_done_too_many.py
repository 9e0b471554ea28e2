# expect: type=ValueError line=5
import queue
q = queue.Queue()
q.put(1)
q.task_done(), q.task_done()
