# expect: type=SyntaxError line=6
for i in []:
    try:
        pass
    except* ValueError:
        break
