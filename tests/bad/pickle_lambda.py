# expect: type=_pickle.PicklingError line=4
# pickle.dumps of a lambda: found by reference, and '<lambda>' is no name.
import pickle
pickle.dumps(lambda: 0)
