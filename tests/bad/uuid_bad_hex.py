# expect: type=ValueError line=5
# uuid: a hex string that is not 32 digits is a ValueError, uncaught.
import uuid

uuid.UUID('not-a-uuid')
