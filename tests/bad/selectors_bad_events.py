# expect: type=ValueError line=5
# selectors: registering with no events is a ValueError.
import selectors

selectors.DefaultSelector().register(0, 0)
