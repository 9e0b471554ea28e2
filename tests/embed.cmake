# The README's embedding example must build and print the exact bignum.
add_test(NAME embed/example COMMAND embed-example)
set_tests_properties(embed/example PROPERTIES
  PASS_REGULAR_EXPRESSION "cpu_task\\(10\\*\\*7\\) = 333333283333335000000\n")
