# env: TZ=Australia/Sydney
# time under a southern-hemisphere zone: tzname, timezone and altzone swap.
import _time_checks  # noqa: F401 (the checks run at import)
