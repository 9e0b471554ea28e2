# expect: type=TimeoutError line=9
# A server that takes the connection but never answers: the response's
# read times out (TimeoutError from getresponse, not a URLError).
import socket
import urllib.request
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
urllib.request.urlopen('http://127.0.0.1:%d/' % srv.getsockname()[1], timeout=0.2)
