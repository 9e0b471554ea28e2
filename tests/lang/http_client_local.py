import http.client
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
raw = []


def read_request(conn):
    data = b''
    while b'\r\n\r\n' not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b'\r\n\r\n')
    if b'chunked' in head:
        while not rest.endswith(b'0\r\n\r\n'):
            rest += conn.recv(4096)
    else:
        for line in head.split(b'\r\n'):
            if line.lower().startswith(b'content-length:'):
                n = int(line.split(b':')[1].decode())
                while len(rest) < n:
                    rest += conn.recv(4096)
    return head, rest


REPLIES = {
    b'/lines': b'HTTP/1.1 200 OK\r\nContent-Length: 18\r\nSet-Cookie: a=1\r\n'
               b'Set-Cookie: b=2\r\n\r\none\ntwo\nthree\nfour',
    b'/empty': b'HTTP/1.1 204 No Content\r\nX-Empty: yes\r\n\r\n',
    b'/chunks': b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                b'4\r\nabcd\r\n6;ext=1\r\nefghij\r\n0\r\nTrailer: x\r\n\r\n',
    b'/old': b'HTTP/1.0 201 Created\r\nX-Folded: part one\r\n  part two\r\n\r\nold style body',
}


def serve():
    while True:
        conn, _ = srv.accept()
        head, body = read_request(conn)
        raw.append(([h for h in head.split(b'\r\n') if not h.startswith(b'Host')], body))
        path = head.split(b' ')[1]
        reply = REPLIES.get(path, b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
        conn.sendall(reply)
        conn.close()


threading.Thread(target=serve, daemon=True).start()


def new():
    return http.client.HTTPConnection('127.0.0.1', port, timeout=5)


c = new()
c.request('GET', '/lines')
r = c.getresponse()
print(r.status, r.reason, r.version, r.chunked, r.length, r.will_close)
print(r.getheader('set-cookie'), r.getheader('X-None', 'dflt'), r.headers.get_all('Set-Cookie'))
print(r.readline(), r.read(3), list(r), r.read(), r.isclosed())
print(len(r.headers), 'Set-Cookie' in r.headers, r.headers.keys())
c.close()
c = new()
c.request('HEAD', '/lines')
r = c.getresponse()
print(r.status, r.length, r.read(), r.getheader('Content-Length'))
c = new()
c.request('GET', '/empty')
r = c.getresponse()
print(r.status, r.reason, r.read(), r.getheaders())
c = new()
c.request('GET', '/chunks')
r = c.getresponse()
print(r.chunked, r.read(3), r.read(5), r.read(), r.isclosed())
c = new()
c.request('GET', '/old')
with c.getresponse() as r:
    print(r.version, r.status, r.will_close, r.getheader('x-folded'), r.read())
print(r.closed)
c = new()
c.putrequest('PUT', '/manual')
c.putheader('X-Multi', 'a', 'b')
c.putheader('Content-Length', 5)
c.endheaders(b'12345')
print(c.getresponse().read(), raw[-1])
c = new()
c.request('POST', '/gen', body=iter([b'ab', b'', b'cde']))
print(c.getresponse().read(), raw[-1])
c = new()
c.request('POST', '/nobody')
print(c.getresponse().read(), raw[-1])
for bad in [lambda: http.client.HTTPConnection('h:x'), lambda: new().getresponse(),
            lambda: new().request('GET', '/a b'), lambda: new().putheader('A', 'b')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(http.client.HTTPConnection('[::1]:81').host, http.client.HTTPConnection('h').port,
      http.client.responses[404], http.client.HTTP_PORT)
c = new()
c.request('GET', '/old')
r = c.getresponse()
print(repr(r.headers['X-Folded']), repr(str(r.headers)), r.headers.items())
