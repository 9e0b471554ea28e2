# expect: type=TypeError line=5
from datetime import datetime, timezone
a = datetime(2023, 1, 1)
print(a == a.replace(tzinfo=timezone.utc))
print(a < a.replace(tzinfo=timezone.utc))
