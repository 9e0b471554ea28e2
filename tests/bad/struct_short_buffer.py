# expect: type=struct.error line=4
# struct.unpack: the buffer must be exactly calcsize(format) bytes.
import struct
struct.unpack('<q', b'1234')
