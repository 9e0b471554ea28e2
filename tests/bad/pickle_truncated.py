# expect: type=_pickle.UnpicklingError line=4
# pickle.loads of a pickle cut inside its frame header.
import pickle
pickle.loads(pickle.dumps([1, 2, 3], 4)[:5])
