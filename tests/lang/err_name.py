# Uncaught NameError from an undefined global inside a function.
def lookup():
    return zqxwv_undefined + 1


print('before')
lookup()
