# expect: type=_pickle.PicklingError line=10
# pickle.dumps of an object whose __reduce__ returns neither str nor tuple.
import pickle


class Bad:
    def __reduce__(self):
        return 5

pickle.dumps(Bad())
