# expect: type=TypeError line=4
# hmac: digestmod is required since Python 3.8.
import hmac
hmac.new(b"key", b"msg")
