# expect: type=ValueError line=4
import threading

threading.stack_size(4096)
