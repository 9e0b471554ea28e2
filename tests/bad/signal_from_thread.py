# expect: type=ValueError line=11
# signal.signal only works in the main thread.
import signal
import threading

caught = []


def work():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        caught.append(e)


t = threading.Thread(target=work)
t.start()
t.join()
raise caught[0]
