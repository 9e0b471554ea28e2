# expect: ok
# A nested function that calls itself through its own cell: function ->
# closure -> cell -> function is a reference cycle, which the collector frees.
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(10))
