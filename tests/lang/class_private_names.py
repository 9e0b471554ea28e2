# Underscore conventions: single-underscore names are ordinary attributes.
class Acct:
    def __init__(self):
        self._balance = 0
    def _log(self, m):
        return "log:" + m
    def deposit(self, n):
        self._balance += n
        return self._log(str(self._balance))
a = Acct()
print(a.deposit(5), a._balance, hasattr(a, "_log"))
