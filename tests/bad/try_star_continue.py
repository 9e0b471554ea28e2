# expect: type=SyntaxError line=7 py=SyntaxError
for i in []:
    try:
        pass
    except* ValueError:
        try:
            continue
        finally:
            pass
