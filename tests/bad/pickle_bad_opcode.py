# expect: type=_pickle.UnpicklingError line=4
# pickle.loads of bytes that start with no opcode.
import pickle
pickle.loads(b"\xff\x00")
