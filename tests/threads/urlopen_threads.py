# The tutorials' shape: five threads, each fetching a URL with urlopen,
# against a local server that answers from its own threads.
import socket
import threading
import urllib.request

PAGES = {'/page%d' % i: b'<html>' + b'x' * (100 * i + 7) + b'</html>' for i in range(5)}

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(16)
port = srv.getsockname()[1]


def handle(conn):
    with conn:
        data = b''
        while b'\r\n\r\n' not in data:
            chunk = conn.recv(1024)
            if not chunk:
                return
            data += chunk
        path = data.split(b' ')[1].decode()
        body = PAGES.get(path, b'missing')
        head = 'HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n' % len(body)
        conn.sendall(head.encode() + body)


def serve():
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


threading.Thread(target=serve, daemon=True).start()

urls = ['http://127.0.0.1:%d/page%d' % (port, i) for i in range(5)]
lengths = {}
lock = threading.Lock()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        n = len(r.read())
    with lock:
        lengths[url] = n


for rnd in range(3):
    threads = [threading.Thread(target=fetch, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print('round', rnd, 'fetched', len(lengths), 'total bytes', sum(lengths.values()))
print(sorted(v for v in lengths.values()))
print(sum(len(b) for b in PAGES.values()))
