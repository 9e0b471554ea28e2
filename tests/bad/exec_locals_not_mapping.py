# expect: type=TypeError line=3
# exec's locals must be a mapping.
exec("y = 2", {}, 5)
