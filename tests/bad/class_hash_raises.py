# expect: type=ValueError line=4
class H:
    def __hash__(self):
        raise ValueError("no hash for you")
{H(): 1}
