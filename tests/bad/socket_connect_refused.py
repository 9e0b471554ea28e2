# expect: type=ConnectionRefusedError line=9
# connect to a closed port: [Errno 111] Connection refused.
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()
c = socket.socket()
c.connect(('127.0.0.1', port))
