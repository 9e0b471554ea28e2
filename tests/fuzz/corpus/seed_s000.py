# The GIL is a mutex that protects access to Python objects
# Only ONE thread can execute Python bytecode at a time

# Even with multiple threads:
import threading

counter = 0

def increment():
    global counter
    for _ in range(1_000_000):
        counter += 1  # Only one thread executes this at a time

# Start 2 threads
t1 = threading.Thread(target=increment)
t2 = threading.Thread(target=increment)
t1.start()
t2.start()
t1.join()
t2.join()

print(counter)  # May not be 2,000,000 due to race conditions!
