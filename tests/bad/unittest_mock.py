# expect: type=ModuleNotFoundError line=4 py=ok
# unittest.mock is not provided: importing it fails naming it.
import unittest
import unittest.mock
