# expect: type=TypeError line=5
# cmath takes numbers only
import cmath

cmath.sqrt("4")
