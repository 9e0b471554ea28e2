# Uncaught exceptions in threads (reported on stderr), and misuse of Thread.
import threading

ran = []


def boom(x):
    ran.append(x)
    return 1 // x


def quit_quietly():
    ran.append("exit")
    raise SystemExit(3)


for target, args in [(boom, (0,)), (boom, (2,)), (quit_quietly, ())]:
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()
    print(t.name, t.is_alive())
print(ran)

t = threading.Thread(target=boom, args=(1,))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        ran.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print(ran[-1])
t = threading.Thread(target=boom, args=(5,))
t.name = "renamed"
t.daemon = True
print(t.name, t.daemon)
t.start()
t.join()
print("done")
