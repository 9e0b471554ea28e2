# expect: type=ValueError line=5
# secrets: randbelow's bound must be positive.
import secrets

secrets.randbelow(0)
