# string.Template for user-facing messages and simple config files:
# substitute with a dict and keywords, $$ escapes, ${name}suffix,
# safe_substitute leaving unknown names, the errors for a missing key and an
# invalid placeholder (with its line and column), get_identifiers, is_valid,
# and a subclass with another delimiter.
from string import Template

email = Template("Dear $name,\nyour order #${order_id}A ships on $day.\nTotal: $$$total\n")
print(email.substitute(name="Ada", order_id=42, day="Monday", total="19.99"), end="")
print(email.get_identifiers(), email.is_valid())
row = {"host": "db1", "port": 5432}
print(Template("$host:$port/$db").safe_substitute(row))
print(Template("$host:$port").substitute(row, port=6543))
try:
    Template("$host/$db").substitute(row)
except KeyError as e:
    print("KeyError:", e)
bad = Template("line one\ncost: $5 and ${oops")
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%user owes %amount (that's 100%%)").substitute(user="bob", amount="$3"))
lines = [Template("${key} = $value").substitute(key=k, value=repr(v)) for k, v in sorted(row.items())]
print("\n".join(lines))
