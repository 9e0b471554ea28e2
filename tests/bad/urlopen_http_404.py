# expect: type=urllib.error.HTTPError line=21
# A 404 answer: HTTPError "HTTP Error 404: Not Found", after its body is
# read in the except clause and the error re-raised.
import socket
import threading
import urllib.error
import urllib.request
srv = socket.create_server(('127.0.0.1', 0))


def serve():
    conn, _ = srv.accept()
    conn.recv(4096)
    conn.sendall(b'HTTP/1.1 404 Not Found\r\nContent-Length: 5\r\n\r\ngone\n')
    conn.close()


threading.Thread(target=serve, daemon=True).start()
url = 'http://127.0.0.1:%d/nothing' % srv.getsockname()[1]
try:
    urllib.request.urlopen(url)
except urllib.error.HTTPError as e:
    print(e.code, e.read())
    raise
