import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(8)
port = srv.getsockname()[1]
print(srv.family, srv.type, srv.proto, srv.gettimeout(), srv.getblocking())
print(repr(srv).replace(str(port), 'PORT').replace('fd=%d' % srv.fileno(), 'fd=N'))


def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        with conn:
            data = b''
            while not data.endswith(b'\n'):
                chunk = conn.recv(3)
                if not chunk:
                    break
                data += chunk
            conn.sendall(data.upper())


th = threading.Thread(target=serve, args=(7,), daemon=True)
th.start()
for i in range(2):
    with socket.create_connection(('127.0.0.1', port), timeout=5) as c:
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        print(c.getpeername()[0], c.gettimeout())
        c.sendall(b'hello %d\n' % i)
        buf = bytearray(64)
        n = c.recv_into(buf)
        print(n, bytes(buf[:n]))

results = [None] * 5


def client(i):
    c = socket.socket()
    c.connect(('localhost', port))
    f = c.makefile('rb')
    c.sendall(b'thread %d\n' % i)
    results[i] = f.readline()
    f.close()
    c.close()


ts = [threading.Thread(target=client, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
th.join()
srv.close()
print(repr(srv))
try:
    srv.recv(1)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e)
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen()
s.settimeout(0.05)
try:
    s.accept()
except socket.timeout as e:
    print(type(e).__name__, e, e.args)
s.setblocking(False)
try:
    s.accept()
except BlockingIOError as e:
    print(type(e).__name__, e)
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b'ping', u.getsockname())
data, addr = u.recvfrom(100)
print(data, addr == v.getsockname())
u.close()
v.close()
print(socket.gethostbyname('localhost'), socket.timeout is TimeoutError, socket.error is OSError)
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(isinstance(socket.gethostname(), str))
