# expect: type=SyntaxError line=2
except ValueError:
    pass
