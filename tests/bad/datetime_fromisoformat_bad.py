# expect: type=ValueError line=3
from datetime import datetime
datetime.fromisoformat('2023-06-15T25:61')
