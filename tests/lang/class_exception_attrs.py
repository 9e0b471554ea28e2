# User exceptions keep attributes and args through raise/except/re-raise.
class HttpError(Exception):
    def __init__(self, status, msg):
        super().__init__(status, msg)
        self.status = status
def fetch():
    raise HttpError(404, "not found")
try:
    try:
        fetch()
    except HttpError as e:
        print(e.status, e.args, str(e))
        raise
except Exception as e:
    print("outer", type(e).__name__, e.status)
e = HttpError(500, "boom")
print(repr(e), e.args[1])
