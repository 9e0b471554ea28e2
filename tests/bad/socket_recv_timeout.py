# expect: type=TimeoutError line=10
# A recv with a timeout that nothing answers: TimeoutError: timed out.
import socket
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname())
c.settimeout(0.05)
conn, _ = srv.accept()
print(c.gettimeout())
print(socket.timeout is TimeoutError)
c.recv(10)
