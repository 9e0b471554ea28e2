# env: TZ=Australia/Lord_Howe
# Local time through the C library: fromtimestamp, timestamp, astimezone,
# folds and gaps (PEP 495), time.strptime and the zone names under TZ.
import _dt_local  # noqa: F401 (the checks run at import)
