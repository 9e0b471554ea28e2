# expect: type=threading.BrokenBarrierError line=4
import threading
barrier = threading.Barrier(2, timeout=0.01)
barrier.wait()
