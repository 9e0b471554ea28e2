# a length-prefixed wire format built from bytes
def encode_frame(text):
    payload = text.encode('utf-8')
    return bytes([len(payload) >> 8, len(payload) & 0xFF]) + payload

def decode_frames(data):
    out = []
    while data:
        n = data[0] * 256 + data[1]
        out.append(data[2:2 + n].decode())
        data = data[2 + n:]
    return out

stream = b''.join(encode_frame(t) for t in ['hello', 'wörld', '', '€' * 3])
print(stream, len(stream), stream.hex())
print(decode_frames(stream))
header, _, body = b'Content-Length: 5\r\n\r\nhello'.partition(b'\r\n\r\n') if hasattr(b'', 'partition') else (b'Content-Length: 5', b'', b'hello')
print(header.split(b': '), body)
checksum = sum(stream) % 256
print(checksum, bytes([checksum]))
