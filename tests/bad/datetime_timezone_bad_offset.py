# expect: type=ValueError line=3
from datetime import timezone, timedelta
timezone(timedelta(hours=24))
