# Uncaught AttributeError on a built-in type.
nums = [3, 1, 2]
nums.sort()
print(nums)
nums.zzz_no_such_method()
