# expect: type=TypeError line=4
# numbers: an ABC with abstract methods cannot be instantiated.
import numbers
numbers.Integral()
