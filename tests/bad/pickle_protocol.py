# expect: type=ValueError line=4
# pickle.dumps with a protocol above HIGHEST_PROTOCOL.
import pickle
pickle.dumps(1, pickle.HIGHEST_PROTOCOL + 1)
