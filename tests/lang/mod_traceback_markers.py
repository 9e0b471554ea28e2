# stderr: full
# Tracebacks with CPython 3.11's ^^^ markers (PEP 657), printed by
# traceback.print_exc for many shapes of failing expression.
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()


x, none, zero, d = [1, 2], None, 0, {"k": 1}


def attr_on_none():
    return none.name


def division():
    y = 10
    return y / zero + 1


def floordiv_spaces():
    return x[0]  //  zero


def call_non_callable():
    value = none(1, 2)
    return value


def nested_calls():
    return len(str(division()))


def subscript_list():
    return x[5]


def subscript_dict():
    return d["missing"] + 1


def subscript_spaced():
    return (x) [ 7 ]


def paren_operand():
    return (none) + 1


def unary_minus():
    return -none


def comparison():
    return x < none


def method_call():
    return none.upper()


def chained_attr():
    return d.items().missing


def multi_line():
    return max(
        1,
        none + 1,
    )


def call_spans_lines():
    return int(
        "nope")


def whole_line():
    none()


def comment_after():
    none()  # a trailing comment shows the markers


def name_error():
    return undefined_name * 2


def augmented():
    t = 1
    t += none
    return t


def lambda_raise():
    f = lambda v: v / 0
    return f(1)


def generator():
    def gen():
        yield 1
        yield 1 / zero
    return list(gen())


def in_condition():
    if none.attr: return 1


for f in [attr_on_none, division, floordiv_spaces, call_non_callable, nested_calls,
          subscript_list, subscript_dict, subscript_spaced, paren_operand, unary_minus,
          comparison, method_call, chained_attr, multi_line, call_spans_lines, whole_line,
          comment_after, name_error, augmented, lambda_raise, generator, in_condition]:
    show(f)
print("done")
x = d["k"] + division()
