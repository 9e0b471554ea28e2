import socket
import struct
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
print(struct.unpack('ii', s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
print(len(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 4)))
s.close()
