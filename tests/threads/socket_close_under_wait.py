# A socket closed while another thread waits on it (recv with a timeout,
# accept without one): the waiter ends with an OSError or keeps waiting,
# as in CPython; nothing crashes.
import socket
import threading
import time

srv = socket.create_server(('127.0.0.1', 0))
a = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
a.settimeout(0.5)
out = []


def reader():
    try:
        out.append(a.recv(10))
    except OSError as e:
        out.append('OSError' if isinstance(e, OSError) else 'other')


t = threading.Thread(target=reader)
t.start()
time.sleep(0.1)
a.close()
t.join()
print(out)
b = socket.socket()
b.bind(('127.0.0.1', 0))
b.listen()
res = []


def acceptor():
    try:
        res.append(b.accept())
    except OSError as e:
        res.append(type(e).__name__)


t = threading.Thread(target=acceptor, daemon=True)
t.start()
time.sleep(0.1)
b.close()
t.join(0.3)
print('blocked accept still waiting:', t.is_alive())
conn.close()
srv.close()
