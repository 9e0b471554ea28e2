try:
    a
except ValueError as e:
    b
except (A, B):
    c
except:
    d
else:
    e
finally:
    f
