# Five client threads and a server thread per connection on raw sockets:
# every blocking call (accept, connect, recv, sendall) releases the GIL,
# so the exchanges overlap; a timeout and a socket closed under a thread
# blocked in recv end as in CPython.
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]


def echo(conn):
    with conn:
        while True:
            data = conn.recv(64)
            if not data:
                return
            conn.sendall(data[::-1])


def serve():
    while True:
        try:
            conn, _ = srv.accept()
        except OSError:
            return
        threading.Thread(target=echo, args=(conn,), daemon=True).start()


threading.Thread(target=serve, daemon=True).start()
out = [None] * 5


def client(i):
    with socket.create_connection(('127.0.0.1', port), timeout=10) as c:
        got = []
        for k in range(20):
            msg = b'%d-%d|' % (i, k)
            c.sendall(msg)
            buf = b''
            while len(buf) < len(msg):
                buf += c.recv(len(msg) - len(buf))
            got.append(buf[::-1])
        out[i] = b''.join(got)


ts = [threading.Thread(target=client, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([len(o) for o in out], out[3][:20])

# a recv with a timeout while nothing comes
c = socket.create_connection(('127.0.0.1', port))
c.settimeout(0.1)
try:
    c.recv(10)
except TimeoutError as e:
    print('timeout:', e)

# the peer closes a connection a thread is blocked on: recv gives b''
a = socket.create_connection(('127.0.0.1', port))
res = []
t = threading.Thread(target=lambda: res.append(a.recv(10)))
t.start()
a.shutdown(socket.SHUT_RDWR)
t.join()
a.close()
print('after shutdown:', res)
c.close()
