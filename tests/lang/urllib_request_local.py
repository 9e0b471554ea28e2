import socket
import threading
import urllib.request
import urllib.error
import http.client

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
base = 'http://127.0.0.1:%d' % port
seen = []


def answer(conn):
    f = conn.makefile('rb')
    line = f.readline().decode()
    headers = []
    while True:
        h = f.readline()
        if h in (b'\r\n', b''):
            break
        headers.append(h.decode().strip())
    length = 0
    for h in headers:
        if h.lower().startswith('content-length:'):
            length = int(h.split(':')[1])
    body = f.read(length) if length else b''
    f.close()
    method, path, _ = line.split()
    seen.append((method, path, [h for h in headers if not h.startswith('Host')], body))
    if path == '/chunked':
        out = (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Kind: chunks\r\n\r\n'
               b'5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n')
    elif path == '/missing':
        out = (b'HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n'
               b'Content-Length: 9\r\n\r\nno such.\n')
    elif path == '/boom':
        out = b'HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n\r\nfail'
    elif path == '/moved':
        out = (b'HTTP/1.1 302 Found\r\nLocation: /target?from=moved\r\n'
               b'Content-Length: 0\r\n\r\n')
    elif path == '/close':
        out = b'HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\nuntil close'
    else:
        text = ('%s %s %d' % (method, path, len(body))).encode() + b' ' + body
        out = (b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n'
               b'Connection: close\r\n\r\n' % len(text)) + text
    conn.sendall(out)
    conn.close()


def serve():
    while True:
        conn, _ = srv.accept()
        answer(conn)


threading.Thread(target=serve, daemon=True).start()

with urllib.request.urlopen(base + '/hello?x=1') as r:
    print(r.status, r.reason, r.getcode(), r.msg, r.url == base + '/hello?x=1')
    print(r.getheader('content-type'), r.headers['Content-Length'], r.getheaders())
    print(r.read())
    print(r.info().get_content_type(), r.version, r.closed)
print(seen[-1])
r = urllib.request.urlopen(urllib.request.Request(base + '/post', data=b'a=1&b=2',
                                                  headers={'X-Test': 'yes'}))
print(r.read().decode())
print(seen[-1])
req = urllib.request.Request(base + '/put', data=b'xyz', method='PUT')
print(req.get_method(), req.type, req.host == '127.0.0.1:%d' % port, req.selector)
print(urllib.request.urlopen(req, timeout=5).read())
print(urllib.request.urlopen(base + '/chunked').read())
r = urllib.request.urlopen(base + '/close')
print(r.read(), r.headers.get_content_charset(), r.version)
r = urllib.request.urlopen(base + '/moved')
print(r.url == base + '/target?from=moved', r.read())
for path in ['/missing', '/boom']:
    try:
        urllib.request.urlopen(base + path)
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, e.reason, e, repr(e), e.read(),
              e.headers.get('Content-Length'), isinstance(e, urllib.error.URLError))
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
conn.request('GET', '/direct', headers={'Accept': '*/*'})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read(5), resp.read(), resp.isclosed())
conn.close()
print(seen[-1])
conn = http.client.HTTPConnection('127.0.0.1:%d' % port)
conn.request('POST', '/form', body='k=v')
with conn.getresponse() as resp:
    print(resp.status, resp.read())
print(seen[-1])
