import os
import socket
import tempfile
import threading

# AF_UNIX stream with text makefiles
d = tempfile.mkdtemp()
path = os.path.join(d, 'sock')
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path, srv.family, repr(srv.family), repr(srv.type))

def serve():
    conn, addr = srv.accept()
    print('peer', repr(addr))
    r = conn.makefile('r', encoding='utf-8')
    w = conn.makefile('w', encoding='utf-8')
    for line in r:
        w.write(line.upper())
        w.flush()
    r.close()
    w.close()
    conn.close()

t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_UNIX)
c.connect(path)

w = c.makefile('wb')
r = c.makefile('rb')
for word in ['alpha\n', 'beta\n', 'gamma\n']:
    w.write(word.encode())
    w.flush()
    print(r.readline())
c.shutdown(socket.SHUT_WR)
print(r.read())
w.close()
r.close()
c.close()
t.join()
srv.close()
os.unlink(path)
os.rmdir(d)

# IPv6 loopback and connect_ex
s6 = socket.socket(socket.AF_INET6)
s6.bind(('::1', 0))
s6.listen()
addr = s6.getsockname()
print(addr[0], len(addr), repr(s6.family))
c6 = socket.socket(socket.AF_INET6)
print(c6.connect_ex(('::1', addr[1])))
conn, peer = s6.accept()
print(peer[0], conn.getpeername() == c6.getsockname())
c6.sendall(b'12345678')
buf = bytearray(10)
print(conn.recv_into(buf, 4), buf)
print(conn.recv(100, socket.MSG_PEEK), conn.recv(100))
for x in (c6, conn, s6):
    x.close()
closed = socket.socket()
closed.bind(('127.0.0.1', 0))
p = closed.getsockname()[1]
closed.close()
print(socket.socket().connect_ex(('127.0.0.1', p)))

# errors and options
s = socket.socket()
for f in [lambda: s.settimeout(-1), lambda: s.bind('x'), lambda: s.bind(('a',)),
          lambda: s.bind((1, 2)), lambda: s.recv(-1), lambda: s.send('str'), lambda: s.recv(10),
          lambda: s.getpeername(), lambda: s.connect(('nonexistent.invalid', 80)),
          lambda: socket.getaddrinfo('nonexistent.invalid', 80)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
s.settimeout(2)
print(s.gettimeout(), s.getblocking(), s.timeout)
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
socket.setdefaulttimeout(3)
s2 = socket.socket()
print(s2.gettimeout(), socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
s2.close()
fd = s.detach()
print(s.fileno(), fd > 2)
os.close(fd)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
    u.bind(('127.0.0.1', 0))
    print(u.type, u.sendto(b'self', u.getsockname()), u.recvfrom(10)[0])
print(u.fileno())
print(socket.getaddrinfo('localhost', 8080, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
print(socket.gethostbyname('127.0.0.1'), socket.AF_INET == 2, int(socket.SOCK_DGRAM))
print(isinstance(socket.socket, type), socket.SocketKind.SOCK_STREAM)
