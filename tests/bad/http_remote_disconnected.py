# expect: type=http.client.RemoteDisconnected line=18
# The server closes without answering: RemoteDisconnected from getresponse.
import http.client
import socket
import threading
srv = socket.create_server(('127.0.0.1', 0))


def serve():
    conn, _ = srv.accept()
    conn.recv(4096)
    conn.close()


threading.Thread(target=serve, daemon=True).start()
c = http.client.HTTPConnection('127.0.0.1', srv.getsockname()[1], timeout=5)
c.request('HEAD', '/')
c.getresponse()
