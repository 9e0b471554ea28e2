# expect: type=struct.error line=4
# struct: an unknown format character is struct.error.
import struct
struct.pack('<iZ', 1)
