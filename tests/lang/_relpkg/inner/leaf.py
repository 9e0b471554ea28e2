# Module of _relpkg.inner: '..' reaches the parent package.
from ..units import MM as unit
from .. import VERSION
