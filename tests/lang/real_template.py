# A tiny template engine: {{ name|filter }} substitutions, {% for %} and
# {% if %} blocks parsed with str.find/partition into a tree, rendered
# with str methods and f-strings; the kind of work a web framework's
# templating benchmark does, on a table of rows.


class TemplateError(Exception):
    pass


FILTERS = {
    'upper': str.upper,
    'lower': str.lower,
    'title': str.title,
    'strip': str.strip,
    'len': lambda v: str(len(v)),
    'money': lambda v: f'{v:,.2f}',
    'pad': lambda v: f'{v!s:>8}',
    'escape': lambda v: str(v).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'),
}


def tokenize(src):
    pos = 0
    while pos < len(src):
        starts = [i for i in (src.find('{{', pos), src.find('{%', pos)) if i >= 0]
        if not starts:
            yield 'text', src[pos:]
            return
        start = min(starts)
        if start > pos:
            yield 'text', src[pos:start]
        close = '}}' if src.startswith('{{', start) else '%}'
        end = src.find(close, start)
        if end < 0:
            line = src.count('\n', 0, start) + 1
            raise TemplateError(f'unclosed tag on line {line}')
        kind = 'var' if close == '}}' else 'tag'
        yield kind, src[start + 2:end].strip()
        pos = end + 2


def parse(tokens, until=()):
    nodes = []
    for kind, body in tokens:
        if kind == 'tag':
            word, _, rest = body.partition(' ')
            if word in until:
                return nodes, word
            if word == 'for':
                var, _, seq = rest.partition(' in ')
                inner, end = parse(tokens, ('endfor',))
                nodes.append(('for', var.strip(), seq.strip(), inner))
            elif word == 'if':
                yes, end = parse(tokens, ('else', 'endif'))
                no = parse(tokens, ('endif',))[0] if end == 'else' else []
                nodes.append(('if', rest.strip(), yes, no))
            else:
                raise TemplateError(f'unknown tag {word!r}')
        else:
            nodes.append((kind, body))
    if until:
        raise TemplateError(f'missing {until[-1]}')
    return nodes, None


def lookup(ctx, expr):
    name, *attrs = expr.split('.')
    try:
        value = ctx[name]
    except KeyError:
        raise TemplateError(f'undefined name {name!r}') from None
    for a in attrs:
        value = value[a] if isinstance(value, dict) else getattr(value, a)
    return value


def render(nodes, ctx, out):
    for node in nodes:
        kind = node[0]
        if kind == 'text':
            out.append(node[1])
        elif kind == 'var':
            expr, *filters = [p.strip() for p in node[1].split('|')]
            value = lookup(ctx, expr)
            for f in filters:
                value = FILTERS[f](value)
            out.append(str(value))
        elif kind == 'for':
            _, var, seq, body = node
            items = lookup(ctx, seq)
            for i, item in enumerate(items):
                render(body, {**ctx, var: item, 'loop': {'index': i + 1, 'last': i == len(items) - 1}}, out)
        elif kind == 'if':
            _, cond, yes, no = node
            negate = cond.startswith('not ')
            value = bool(lookup(ctx, cond[4:] if negate else cond))
            render(yes if value != negate else no, ctx, out)
    return out


class Template:
    def __init__(self, src):
        self.nodes, _ = parse(tokenize(src))

    def render(self, **ctx):
        return ''.join(render(self.nodes, ctx, []))


PAGE = """<h1>{{ title|title }}</h1>
<table>
{% for row in rows %}  <tr class="{% if row.odd %}odd{% else %}even{% endif %}">{% for cell in row.cells %}<td>{{ cell|escape }}</td>{% endfor %}</tr>
{% endfor %}</table>
{% if not rows %}empty{% else %}{{ rows|len }} rows{% endif %}
"""

rows = [{'odd': i % 2 == 1, 'cells': [f'r{i}c{j}' if j else f'<{i}&>' for j in range(4)]} for i in range(5)]
t = Template(PAGE)
print(t.render(title='the monthly report', rows=rows), end='')
print(repr(t.render(title='x', rows=[])))

big = Template('{% for row in rows %}{% for c in row %}{{ c|pad }}{% endfor %}\n{% endfor %}')
table = [[i * j for j in range(6)] for i in range(120)]
text = ''
for _ in range(5):
    text = big.render(rows=table)
print(len(text), text.count('\n'), text.splitlines()[-1])

inv = Template('{{ who.name|upper }} owes {{ who.due|money }}{% for l in who.lines %}, {{ l|strip|lower }}{% endfor %}.')
print(inv.render(who={'name': 'ada', 'due': 1234567.891, 'lines': ['  Tea ', 'CAKE']}))
for bad in ('{{ x', '{% for a in b %}', '{% while x %}', '{{ nope }}'):
    try:
        Template(bad).render(b=[])
    except TemplateError as e:
        print('TemplateError:', e)
