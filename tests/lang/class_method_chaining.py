# Methods returning self for chaining; __repr__ of nested objects.
class Query:
    def __init__(self):
        self.parts = []
    def where(self, c):
        self.parts.append("WHERE " + c)
        return self
    def order(self, k):
        self.parts.append("ORDER BY " + k)
        return self
    def __str__(self):
        return " ".join(["SELECT *"] + self.parts)
print(Query().where("a > 1").order("b"))
