# expect: type=urllib.error.URLError line=11
# https: python3 fails to connect to the closed port; gilpy, which has no
# ssl module, fails naming it. Both are URLError.
import socket
import urllib.request
s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()
url = 'https://127.0.0.1:%d/' % port
urllib.request.urlopen(url, timeout=5)
