/* test_parse.c — unit tests of the parser (parse.c): trees of the key
** constructs as S-expressions, and CPython's error messages and locations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ast.h"
#include "gp.h"

static int dump_pos = 1; /* print @line:col on nodes */

static void dump_node(FILE *f, const GpNode *n);

static void dump_list(FILE *f, const GpNodeList *l) {
  fputc('(', f);
  for (int i = 0; i < l->n; i++) {
    if (i) fputc(' ', f);
    dump_node(f, l->items[i]);
  }
  fputc(')', f);
}

static void dump_opt(FILE *f, const GpNode *n) {
  if (n)
    dump_node(f, n);
  else
    fputc('-', f);
}

static void dump_str(FILE *f, const char *s, size_t n) {
  fputc('"', f);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", f);
    else if (c < 32 || c >= 127)
      fprintf(f, "\\x%02x", c);
    else
      fputc(c, f);
  }
  fputc('"', f);
}

static const char *dump_binop(int op) {
  static const char *ops[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  return op >= 0 && op < 12 ? ops[op] : "?";
}

static const char *dump_cmp(int op) {
  switch (op) {
  case GP_CMP_LT:
    return "<";
  case GP_CMP_LE:
    return "<=";
  case GP_CMP_EQ:
    return "==";
  case GP_CMP_NE:
    return "!=";
  case GP_CMP_GT:
    return ">";
  case GP_CMP_GE:
    return ">=";
  case GP_CMP_IN:
    return "in";
  case GP_CMP_NOTIN:
    return "notin";
  case GP_CMP_IS:
    return "is";
  case GP_CMP_ISNOT:
    return "isnot";
  default:
    return "?";
  }
}

static void dump_fstring(FILE *f, const GpNode *n) {
  fputs("(f", f);
  for (int i = 0; i < n->elts.n; i++) {
    const GpNode *e = n->elts.items[i];
    fputc(' ', f);
    if (e->kind == GP_N_STR) {
      dump_str(f, e->str, e->str_len);
    } else {
      fputs("(fv ", f);
      dump_node(f, e->a);
      fprintf(f, " %c ", e->conversion ? e->conversion : '-');
      if (e->b)
        dump_fstring(f, e->b);
      else
        fputc('-', f);
      fputc(')', f);
    }
  }
  fputc(')', f);
}

static void dump_node(FILE *f, const GpNode *n) {
  switch (n->kind) {
  case GP_N_NAME:
    fputs(n->name, f);
    break;
  case GP_N_INT:
    if (n->big_digits)
      fprintf(f, "(big %d %s)", n->op, n->big_digits);
    else
      fprintf(f, "%lld", (long long)n->ival);
    break;
  case GP_N_FLOAT:
    fprintf(f, n->op ? "(imag %.17g)" : "(float %.17g)", n->fval);
    break;
  case GP_N_STR:
    dump_str(f, n->str, n->str_len);
    break;
  case GP_N_FSTRING:
    dump_fstring(f, n);
    break;
  case GP_N_NONE:
    fputs("None", f);
    break;
  case GP_N_TRUE:
    fputs("True", f);
    break;
  case GP_N_FALSE:
    fputs("False", f);
    break;
  case GP_N_LIST:
    fputs("(list ", f);
    dump_list(f, &n->elts);
    fputc(')', f);
    break;
  case GP_N_TUPLE:
    fputs("(tuple ", f);
    dump_list(f, &n->elts);
    fputc(')', f);
    break;
  case GP_N_DICT:
    fputs("(dict", f);
    for (int i = 0; i < n->elts.n; i++) {
      fputc(' ', f);
      dump_node(f, n->elts.items[i]);
      fputc(' ', f);
      dump_node(f, n->kw.items[i]);
    }
    fputc(')', f);
    break;
  case GP_N_BINOP:
    fprintf(f, "(%s ", dump_binop(n->op));
    dump_node(f, n->a);
    fputc(' ', f);
    dump_node(f, n->b);
    fputc(')', f);
    break;
  case GP_N_UNARY:
    fprintf(f, "(%s ",
            n->op == GP_N_NOT_OP ? "not"
            : n->op == GP_UN_NEG ? "neg"
            : n->op == GP_UN_POS ? "pos"
                                 : "inv");
    dump_node(f, n->a);
    fputc(')', f);
    break;
  case GP_N_BOOLOP:
    fprintf(f, "(%s ", n->op == GP_N_AND ? "and" : "or");
    dump_list(f, &n->elts);
    fputc(')', f);
    break;
  case GP_N_COMPARE:
    fputs("(cmp ", f);
    dump_node(f, n->a);
    for (int i = 0; i < n->elts.n; i++) {
      fprintf(f, " %s ", dump_cmp(n->cmp_ops[i]));
      dump_node(f, n->elts.items[i]);
    }
    fputc(')', f);
    break;
  case GP_N_CALL:
    fputs("(call ", f);
    dump_node(f, n->a);
    for (int i = 0; i < n->elts.n; i++) {
      fputc(' ', f);
      dump_node(f, n->elts.items[i]);
    }
    for (int i = 0; i < n->kw.n; i++) {
      fprintf(f, " (kw %s ", n->kwnames[i]);
      dump_node(f, n->kw.items[i]);
      fputc(')', f);
    }
    fputc(')', f);
    break;
  case GP_N_ATTR:
    fputs("(. ", f);
    dump_node(f, n->a);
    fprintf(f, " %s)", n->name);
    break;
  case GP_N_SUBSCRIPT:
    fputs("([] ", f);
    dump_node(f, n->a);
    fputc(' ', f);
    dump_node(f, n->b);
    fputc(')', f);
    break;
  case GP_N_SLICE:
    fputs("(slice ", f);
    dump_opt(f, n->a);
    fputc(' ', f);
    dump_opt(f, n->b);
    fputc(' ', f);
    dump_opt(f, n->c);
    fputc(')', f);
    break;
  case GP_N_IFEXP:
    fputs("(ifexp ", f);
    dump_node(f, n->a);
    fputc(' ', f);
    dump_node(f, n->b);
    fputc(' ', f);
    dump_node(f, n->c);
    fputc(')', f);
    break;
  case GP_N_LISTCOMP:
    fputs("(listcomp ", f);
    dump_node(f, n->a);
    for (int i = 0; i < n->comps.n; i++) {
      const GpNode *c = n->comps.items[i];
      fputs(" (for ", f);
      dump_node(f, c->a);
      fputc(' ', f);
      dump_node(f, c->b);
      for (int k = 0; k < c->elts.n; k++) {
        fputc(' ', f);
        dump_node(f, c->elts.items[k]);
      }
      fputc(')', f);
    }
    fputc(')', f);
    break;
  case GP_N_EXPR:
    fputs("(expr ", f);
    dump_node(f, n->a);
    fputc(')', f);
    break;
  case GP_N_ASSIGN:
    fputs("(=", f);
    for (int i = 0; i < n->elts.n; i++) {
      fputc(' ', f);
      dump_node(f, n->elts.items[i]);
    }
    fputc(' ', f);
    dump_node(f, n->a);
    fputc(')', f);
    break;
  case GP_N_AUGASSIGN:
    fprintf(f, "(%s= ", dump_binop(n->op));
    dump_node(f, n->a);
    fputc(' ', f);
    dump_node(f, n->b);
    fputc(')', f);
    break;
  case GP_N_IF:
  case GP_N_WHILE:
    fputs(n->kind == GP_N_IF ? "(if " : "(while ", f);
    dump_node(f, n->a);
    fputc(' ', f);
    dump_list(f, &n->body);
    fputc(' ', f);
    dump_list(f, &n->orelse);
    fputc(')', f);
    break;
  case GP_N_FOR:
    fputs("(for ", f);
    dump_node(f, n->a);
    fputc(' ', f);
    dump_node(f, n->b);
    fputc(' ', f);
    dump_list(f, &n->body);
    fputc(' ', f);
    dump_list(f, &n->orelse);
    fputc(')', f);
    break;
  case GP_N_BREAK:
    fputs("break", f);
    break;
  case GP_N_CONTINUE:
    fputs("continue", f);
    break;
  case GP_N_PASS:
    fputs("pass", f);
    break;
  case GP_N_RETURN:
    fputs("(return ", f);
    dump_opt(f, n->a);
    fputc(')', f);
    break;
  case GP_N_GLOBAL:
    fputs("(global", f);
    for (int i = 0; i < n->n; i++)
      fprintf(f, " %s", n->names[i]);
    fputc(')', f);
    break;
  case GP_N_DEL:
    fputs("(del", f);
    for (int i = 0; i < n->elts.n; i++) {
      fputc(' ', f);
      dump_node(f, n->elts.items[i]);
    }
    fputc(')', f);
    break;
  case GP_N_ASSERT:
    fputs("(assert ", f);
    dump_node(f, n->a);
    fputc(' ', f);
    dump_opt(f, n->b);
    fputc(')', f);
    break;
  case GP_N_DEF:
    fprintf(f, "(def %s (", n->name);
    for (int i = 0; i < n->n; i++)
      fprintf(f, i ? " %s" : "%s", n->params[i]);
    fputs(") ", f);
    dump_list(f, &n->defaults);
    fputc(' ', f);
    dump_list(f, &n->body);
    fputc(')', f);
    break;
  case GP_N_TRY:
    fputs("(try ", f);
    dump_list(f, &n->body);
    fputs(" (", f);
    for (int i = 0; i < n->handlers.n; i++) {
      const GpNode *h = n->handlers.items[i];
      fputs(i ? " (except" : "(except", f);
      fputs(h->op ? "* " : " ", f); /* except* */
      dump_opt(f, h->a);
      fprintf(f, " %s ", h->name ? h->name : "-");
      dump_list(f, &h->body);
      fputc(')', f);
      if (dump_pos) fprintf(f, "@%d:%d", h->line, h->col);
    }
    fputs(") ", f);
    dump_list(f, &n->orelse);
    fputc(' ', f);
    dump_list(f, &n->finalbody);
    fputc(')', f);
    break;
  case GP_N_RAISE:
    fputs("(raise ", f);
    dump_opt(f, n->a);
    fputc(' ', f);
    dump_opt(f, n->b);
    fputc(')', f);
    break;
  case GP_N_IMPORT:
  case GP_N_FROMIMPORT:
    if (n->kind == GP_N_IMPORT)
      fputs("(import", f);
    else
      fprintf(f, "(from %s", n->name);
    for (int i = 0; i < n->n; i++)
      fprintf(f, " (%s %s)", n->names[i], n->asnames[i] ? n->asnames[i] : "-");
    fputc(')', f);
    break;
  case GP_N_WITH:
    fputs("(with ", f);
    dump_node(f, n->a);
    fputc(' ', f);
    dump_opt(f, n->b);
    fputc(' ', f);
    dump_list(f, &n->body);
    fputc(')', f);
    break;
  case GP_N_MODULE:
    fputs("(module ", f);
    dump_list(f, &n->body);
    fputc(')', f);
    break;
  default:
    fprintf(f, "(?%d)", n->kind);
    break;
  }
  if (dump_pos && n->kind != GP_N_MODULE) fprintf(f, "@%d:%d", n->line, n->col);
}

/* Parses src and returns its dump (positions when dump_pos) or the error as
** "Kind: msg @line:col". The result is malloc'd. */
static char *parse_dump(const char *src, size_t len) {
  GpArena *a = gp_arena_new();
  GpSyntaxError err;
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  GpNode *m = gp_parse(a, src, len, NULL, &err);
  if (m) {
    for (int i = 0; i < m->body.n; i++) {
      if (i) fputc(' ', f);
      dump_node(f, m->body.items[i]);
    }
  } else {
    fprintf(f, "%s: %s @%d:%d", err.kind, err.msg, err.line, err.col);
  }
  fclose(f);
  gp_arena_free(a);
  return out;
}

static void check_tree(const char *src, const char *want) {
  dump_pos = 0;
  char *got = parse_dump(src, strlen(src));
  if (strcmp(got, want) != 0) print_error("source: %s\n", src);
  assert_string_equal(got, want);
  free(got);
}

static void check_pos(const char *src, const char *want) {
  dump_pos = 1;
  char *got = parse_dump(src, strlen(src));
  assert_string_equal(got, want);
  free(got);
}

#define check_err check_tree

static void test_expressions(void **state) {
  (void)state;
  check_tree("1 + 2 * 3 - 4", "(expr (- (+ 1 (* 2 3)) 4))");
  check_tree("-2**2", "(expr (neg (** 2 2)))");
  check_tree("2**3**2", "(expr (** 2 (** 3 2)))");
  check_tree("2**-1", "(expr (** 2 (neg 1)))");
  check_tree("a | b ^ c & d << e + f * g", "(expr (| a (^ b (& c (<< d (+ e (* f g)))))))");
  check_tree("not a and b or c", "(expr (or ((and ((not a) b)) c)))");
  check_tree("a or b or c", "(expr (or (a b c)))");
  check_tree("a < b <= c", "(expr (cmp a < b <= c))");
  check_tree("a not in b is not c in d is e", "(expr (cmp a notin b isnot c in d is e))");
  check_tree("x if c else y if d else z", "(expr (ifexp c x (ifexp d y z)))");
  check_tree("~a // b % c", "(expr (% (// (inv a) b) c))");
  check_tree("f(1, x, k=2, j=y)", "(expr (call f 1 x (kw k 2) (kw j y)))");
  check_tree("a.b(c)[d].e", "(expr (. ([] (call (. a b) c) d) e))");
  check_tree("a[1:2], a[::k], a[i, j], a[:]",
             "(expr (tuple (([] a (slice 1 2 -)) ([] a (slice - - k)) ([] a (tuple (i j))) "
             "([] a (slice - - -)))))");
  check_tree(
      "[], [1,], (), (1,), (1), {}, {1: 2, 3: 4,}",
      "(expr (tuple ((list ()) (list (1)) (tuple ()) (tuple (1)) 1 (dict) (dict 1 2 3 4))))");
  check_tree("[x*y for x in a if x for y in b if y if x]",
             "(expr (listcomp (* x y) (for x a x) (for y b y x)))");
  check_tree("[i for i, j in z]", "(expr (listcomp i (for (tuple (i j)) z)))");
}

static void test_literals(void **state) {
  (void)state;
  check_tree("1_000, 0x_ff, 0o17, 0b101, 9223372036854775807",
             "(expr (tuple (1000 255 15 5 9223372036854775807)))");
  check_tree("9223372036854775808", "(expr (big 10 9223372036854775808))");
  check_tree("0xFFFF_FFFF_FFFF_FFFF_F", "(expr (big 16 FFFFFFFFFFFFFFFFF))");
  check_tree("1.5, .5, 5., 1e-3, 1_0.5", "(expr (tuple ((float 1.5) (float 0.5) (float 5) "
                                         "(float 0.001) (float 10.5))))");
  check_tree("'a' \"b\" '''c'''", "(expr \"abc\")");
  check_tree("'\\n\\t\\\\\\'\\x41\\101\\u00e9\\q\\\n'",
             "(expr \"\\n\\x09\\\\'AA\\xc3\\xa9\\\\q\")");
  check_tree("r'\\n' R\"\\\"\"", "(expr \"\\\\n\\\\\\\"\")");
  check_tree("None, True, False", "(expr (tuple (None True False)))");
}

static void test_fstrings(void **state) {
  (void)state;
  check_tree("f'a{x}b'", "(expr (f \"a\" (fv x - -) \"b\"))");
  check_tree("f'{x!r}{y!s}'", "(expr (f (fv x r -) (fv y s -)))");
  check_tree("f'{x:>{w}.2f}'", "(expr (f (fv x - (f \">\" (fv w - -) \".2f\"))))");
  check_tree("f'{{}}{x}'", "(expr (f \"{}\" (fv x - -)))");
  check_tree("'a' f'{x}' 'b'", "(expr (f \"a\" (fv x - -) \"b\"))");
  check_tree("f'{x=}' f'{y = :5}'", "(expr (f \"x=\" (fv x r -) \"y = \" (fv y - (f \"5\"))))");
  check_tree("f'{a[\"k\"] + 1:,}'", "(expr (f (fv (+ ([] a \"k\") 1) - (f \",\"))))");
  check_tree("f''", "(expr (f))");
  /* expressions keep their true positions */
  check_pos("x = 1\ny = f'''\n{a +\n  b}'''",
            "(= x@1:0 1@1:4)@1:0 (= y@2:0 (f \"\\n\" (fv (+ a@3:1 b@4:2)@3:1 - -))@2:4)@2:0");
  check_err("f'{}'", "SyntaxError: f-string: empty expression not allowed @1:6");
  check_err("f'{x'", "SyntaxError: f-string: expecting '}' @1:6");
  check_err("f'}'", "SyntaxError: f-string: single '}' is not allowed @1:5");
  check_err("f'{x!z}'",
            "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1:9");
  check_err("f'{a\\b}'", "SyntaxError: f-string expression part cannot include a backslash @1:9");
  check_err("f'{#}'", "SyntaxError: f-string expression part cannot include '#' @1:7");
  check_err("x = 1\ny = f'{a b}'",
            "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? @2:8");
}

static void test_statements(void **state) {
  (void)state;
  check_tree("a, b = b, a", "(= (tuple (a b)) (tuple (b a)))");
  check_tree("a = b = 0", "(= a b 0)");
  check_tree("(a, b), c = x", "(= (tuple ((tuple (a b)) c)) x)");
  /* a name annotated at module level is stored in __annotations__, made first */
  check_tree("a.b[c] = 1; x: int = 2; y: int",
             "(= __annotations__ (dict)) (= ([] (. a b) c) 1) (= x 2) "
             "(= ([] __annotations__ \"x\") int) pass (= ([] __annotations__ \"y\") int)");
  check_tree("a.b: int = 1", "(= (. a b) 1)"); /* an attribute's annotation is dropped */
  check_tree("x += 1\nx //= 2\nx >>= 3\nx **= 4", "(+= x 1) (//= x 2) (>>= x 3) (**= x 4)");
  check_tree("del a, b[0], (c, [d])", "(del a ([] b 0) c d)");
  check_tree("global x, y\nassert x, 'm'\nassert y", "(global x y) (assert x \"m\") (assert y -)");
  check_tree("if a:\n  x\nelif b:\n  y\nelif c: z\nelse:\n  w",
             "(if a ((expr x)) ((if b ((expr y)) ((if c ((expr z)) ((expr w)))))))");
  check_tree("while x:\n  break\nelse:\n  pass", "(while x (break) (pass))");
  check_tree("for i, x in enumerate(xs):\n  continue\nelse: pass",
             "(for (tuple (i x)) (call enumerate xs) (continue) (pass))");
  check_tree("def f(a, b=1, c=2):\n  return a\n", "(def f (a b c) (1 2) ((return a)))");
  check_tree("def f(x: int, y: 'T' = 0) -> int:\n  return", "(def f (x y) (0) ((return -)))");
  check_tree("try:\n  a\nexcept E as e:\n  b\nexcept (A, B):\n  c\nexcept:\n  d\nelse:\n  e\n"
             "finally:\n  f",
             "(try ((expr a)) ((except E e ((expr b))) (except (tuple (A B)) - ((expr c))) "
             "(except - - ((expr d)))) ((expr e)) ((expr f)))");
  check_tree("raise\nraise X\nraise X from Y", "(raise - -) (raise X -) (raise X Y)");
  check_tree("import a, b as c\nfrom m import x, y as z\nfrom m import (p,\n q,)",
             "(import (a -) (b c)) (from m (x -) (y z)) (from m (p -) (q -))");
  check_tree("with a as x, b:\n  pass", "(with a x ((with b - (pass))))");
  check_tree("if x: y = 1; z = 2", "(if x ((= y 1) (= z 2)) ())");
  check_tree("x = (1 +\n  2) \\\n  + 3", "(= x (+ (+ 1 2) 3))");
  check_tree("\xef\xbb\xbfx = 1\r\n", "(= x 1)");
}

static void test_positions(void **state) {
  (void)state;
  check_pos("x = (a + b) * c", "(= x@1:0 (* (+ a@1:5 b@1:9)@1:5 c@1:14)@1:4)@1:0");
  check_pos("if a:\n    pass\nelif b:\n    pass",
            "(if a@1:3 (pass@2:4) ((if b@3:5 (pass@4:4) ())@3:0))@1:0");
}

/* The span of the node at path (a: child a, b: child b, 0-9: that item of
** body, or of elts) of src's first statement: "line:col-end_line:end_col". */
static void check_span(const char *src, const char *path, const char *want) {
  GpArena *a = gp_arena_new();
  GpSyntaxError err;
  GpNode *n = gp_parse(a, src, strlen(src), NULL, &err);
  assert_non_null(n);
  n = n->body.items[0];
  for (const char *p = path; *p; p++)
    n = *p == 'a'   ? n->a
        : *p == 'b' ? n->b
        : n->body.n ? n->body.items[*p - '0']
                    : n->elts.items[*p - '0'];
  char got[64];
  snprintf(got, sizeof got, "%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
  gp_arena_free(a);
  if (strcmp(got, want) != 0) print_error("source: %s, path %s\n", src, path);
  assert_string_equal(got, want);
}

/* End positions as CPython's ast has them (PEP 657's tracebacks use them). */
static void test_end_positions(void **state) {
  (void)state;
  check_span("x = (a) + b[1]", "a", "1:4-1:14");
  check_span("x = (a) + b[1]", "aa", "1:5-1:6");
  check_span("x = (a) + b[1]", "ab", "1:10-1:14");
  check_span("f(x,\n  y)", "a", "1:0-2:4");
  check_span("(x for x in y)", "a", "1:0-1:14");
  check_span("a.b.c", "a", "1:0-1:5");
  check_span("a.b.c", "aa", "1:0-1:3");
  check_span("if x:\n    pass\nelse:\n    y = 1\n", "", "1:0-4:9");
  check_span("-a ** 2", "a", "1:0-1:7");
  check_span("x = 1, 2,", "a", "1:4-1:9");
  check_span("not a < b", "a", "1:0-1:9");
  check_span("a if b else c", "a", "1:0-1:13");
  check_span("lambda: 1", "a", "1:0-1:9");
  check_span("x[1:2]", "ab", "1:2-1:5");
}

static void test_syntax_errors(void **state) {
  (void)state;
  check_err("x = = 1", "SyntaxError: invalid syntax @1:5");
  check_err("x = 1\nif x\n  pass", "SyntaxError: expected ':' @2:5");
  check_err("print(a b)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:7");
  check_err(
      "1 = x",
      "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:1");
  check_err("f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' "
                       "instead of '='? @1:1");
  check_err("(a, 1) = 2", "SyntaxError: cannot assign to literal @1:5");
  check_err("for 1 in x: pass", "SyntaxError: cannot assign to literal @1:5");
  check_err("del f()", "SyntaxError: cannot delete function call @1:5");
  check_err("f() += 1", "SyntaxError: 'function call' is an illegal expression for augmented "
                        "assignment @1:1");
  check_err("def f(a=1, b): pass",
            "SyntaxError: non-default argument follows default argument @1:12");
  check_err("f(a=1, 2)", "SyntaxError: positional argument follows keyword argument @1:9");
  check_err("break", "SyntaxError: 'break' outside loop @1:1");
  check_err("while x:\n  def f():\n    continue",
            "SyntaxError: 'continue' not properly in loop @3:5");
  check_err("return 1", "SyntaxError: 'return' outside function @1:1");
  check_err("break\nx = = 1", "SyntaxError: invalid syntax @2:5"); /* parsing errors first */
  check_err("x = 1)", "SyntaxError: unmatched ')' @1:6");
  check_err("foo(1, 2\nx = 3\n", "SyntaxError: '(' was never closed @1:4");
  check_err("x = 1 +\ny = \"abc",
            "SyntaxError: unterminated string literal (detected at line 2) @2:5");
  check_err("try:\n  pass\nx = 1", "SyntaxError: expected 'except' or 'finally' block @3:1");
  check_err("x = a if b", "SyntaxError: expected 'else' after 'if' expression @1:5");
  dump_pos = 0;
  char *d = parse_dump("x = 1\ny = 2\0\n", 13);
  assert_string_equal(d, "SyntaxError: source code cannot contain null bytes @2:0");
  free(d);
  check_err("x = '\xff'", "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in "
                          "position 5: invalid start byte @1:1");
}

static void test_indentation_errors(void **state) {
  (void)state;
  check_err("if x:\npass", "IndentationError: expected an indented block after 'if' statement on "
                           "line 1 @2:1");
  check_err("def f():\n", "IndentationError: expected an indented block after function definition "
                          "on line 1 @1:9");
  check_err("if x:\n  a\nelse:\n", "IndentationError: expected an indented block after 'else' "
                                   "statement on line 3 @3:6");
  check_err(" x", "IndentationError: unexpected indent @1:1");
  check_err("if x:\n    a\n  b",
            "IndentationError: unindent does not match any outer indentation level @3:4");
  check_err("if x:\n\ta\n        b",
            "TabError: inconsistent use of tabs and spaces in indentation @3:1");
}

static void test_unsupported(void **state) {
  (void)state;
  check_err("(a.b := 1)", "SyntaxError: cannot use assignment expressions with attribute @1:2");
  check_err("x := 1", "SyntaxError: invalid syntax @1:3");
  check_err("match x:\n  case y: pass\n  case 1: pass",
            "SyntaxError: name capture 'y' makes remaining patterns unreachable @2:8");
  check_tree("match = 1\nmatch(x)", "(= match 1) (expr (call match x))");
  check_err("x = b'\xc3\xa9'", "SyntaxError: bytes can only contain ASCII literal characters @1:5");
  check_tree("x = 1j, 2.5J, 1_0j", "(= x (tuple ((imag 1) (imag 2.5) (imag 10))))");
  check_err("x = yield", "SyntaxError: 'yield' outside function @1:5");
  check_tree("try: pass\nexcept* E: pass", "(try (pass) ((except* E - (pass))) () ())");
  check_err("try: pass\nexcept* E: pass\nexcept F: pass",
            "SyntaxError: cannot have both 'except' and 'except*' on the same 'try' @3:1");
}

/* '/' ends the positional-only parameters: CPython's errors where it cannot stand. */
static void test_posonly(void **state) {
  (void)state;
  check_err("def f(/, a): pass", "SyntaxError: at least one argument must precede / @1:7");
  check_err("def f(a, /, b, /): pass", "SyntaxError: / may appear only once @1:16");
  check_err("def f(a, *, b, /): pass", "SyntaxError: / must be ahead of * @1:16");
  check_err("lambda a, /, b, /: 0", "SyntaxError: / may appear only once @1:17");
}

/* Hostile input: errors, never a crash or a stack overflow. */
static void test_hostile(void **state) {
  (void)state;
  size_t n = 30000;
  char *s = malloc(n + 1);
  memset(s, '(', n);
  s[n] = '\0';
  char *d = parse_dump(s, n);
  assert_non_null(strstr(d, "too many nested parentheses @1:201"));
  free(d);
  memset(s, '-', n - 1);
  s[n - 1] = '1';
  d = parse_dump(s, n);
  assert_non_null(strstr(d, "SyntaxError: too many nested parentheses"));
  free(d);
  for (size_t i = 0; i + 2 <= n; i += 2)
    memcpy(s + i, "+1", 2);
  s[0] = '1';
  d = parse_dump(s, n);
  assert_non_null(strstr(d, "nesting too deep"));
  free(d);
  for (size_t i = 0; i < n; i++)
    s[i] = (char)(i * 7919 % 251 + 1);
  d = parse_dump(s, n);
  assert_non_null(strstr(d, "Error"));
  free(d);
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_expressions),   cmocka_unit_test(test_literals),
      cmocka_unit_test(test_fstrings),      cmocka_unit_test(test_statements),
      cmocka_unit_test(test_positions),     cmocka_unit_test(test_end_positions),
      cmocka_unit_test(test_syntax_errors), cmocka_unit_test(test_indentation_errors),
      cmocka_unit_test(test_unsupported),   cmocka_unit_test(test_posonly),
      cmocka_unit_test(test_hostile),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
