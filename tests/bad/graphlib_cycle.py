# expect: type=graphlib.CycleError line=5
# graphlib: a cycle makes static_order raise CycleError, uncaught.
import graphlib

list(graphlib.TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a']}).static_order())
