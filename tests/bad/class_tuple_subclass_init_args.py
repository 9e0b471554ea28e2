# expect: type=TypeError line=5
class P(tuple):
    def __init__(self, x, y):
        pass
P(1, 2)
