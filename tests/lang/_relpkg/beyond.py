# Module of _relpkg: a relative import past the top-level package.
from ... import nothing
