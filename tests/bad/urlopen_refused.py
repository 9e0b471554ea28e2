# expect: type=urllib.error.URLError line=9
# A port nothing listens on: URLError wrapping ConnectionRefusedError.
import socket
import urllib.request
s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()
urllib.request.urlopen('http://127.0.0.1:%d/' % port, timeout=5)
