# The concurrent.futures documentation's example, against a local server
# that keeps connections alive for http.client's reuse.
import concurrent.futures
import http.client
import json
import socket
import threading
import urllib.request

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]


def handle(conn):
    f = conn.makefile('rb')
    while True:
        line = f.readline()
        if not line:
            break
        while f.readline() not in (b'\r\n', b''):
            pass
        path = line.split()[1].decode()
        # formatted by hand: json.dumps from threads races under gil=none
        # (its encoder moves sys's recursion limit)
        body = ('{"path": "%s", "size": %d}' % (path, len(path) * 10)).encode()
        close = path.startswith('/page')
        conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n'
                     b'Content-Length: %d\r\n%s\r\n' % (len(body), b'Connection: close\r\n'
                                                        if close else b'') + body)
        if close:
            break
    f.close()
    conn.close()


def serve():
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


threading.Thread(target=serve, daemon=True).start()
URLS = ['http://127.0.0.1:%d/page/%s' % (port, name) for name in
        ['news', 'weather', 'sports', 'science', 'arts', 'travel', 'food']]


def load_url(url, timeout):
    with urllib.request.urlopen(url, timeout=timeout) as conn:
        return conn.read()


results = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            print('%r generated an exception: %s' % (url, exc))
        else:
            results[url] = json.loads(data)
for url in URLS:
    print('%s page is %d bytes' % (url.rsplit('/', 1)[1], results[url]['size']))

c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
for path in ['/a', '/bb', '/ccc']:
    c.request('GET', path)
    r = c.getresponse()
    print(r.status, r.will_close, json.loads(r.read()))
c.close()
