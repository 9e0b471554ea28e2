# reversed() of an instance of a built-in type's subclass calls the
# class's __reversed__, else reverses the built-in value.
from collections import deque


class L(list):
    def __reversed__(self):
        print("L.__reversed__")
        return iter(["custom"])


class Q(deque):
    pass


class Plain(list):
    pass


print(list(reversed(L([1, 2]))), list(reversed(Q([1, 2, 3]))), list(reversed(Plain("abc"))))
