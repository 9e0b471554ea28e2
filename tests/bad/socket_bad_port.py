# expect: type=OverflowError line=4
# bind(): port must be 0-65535.
import socket
socket.socket().bind(('127.0.0.1', 70000))
