# env: TZ=UTC
# time: struct_time, gmtime/localtime, mktime, strftime checks, asctime, zones.
import _time_checks  # noqa: F401 (the checks run at import)
