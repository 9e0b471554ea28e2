# expect: type=SyntaxError line=4
class Box:
    pass
(Box.size := 3)
