# Alternative constructors with classmethod respect subclasses.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    def __str__(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)
class MyDate(Date):
    def __str__(self):
        return "MyDate " + super().__str__()
print(Date.parse("2024-1-5"), MyDate.parse("1999-12-31"))
