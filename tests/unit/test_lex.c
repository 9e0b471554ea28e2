/* test_lex.c — unit tests of the tokenizer (lex.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lex.h"

/* Token types of src, space-separated, e.g. "NAME = NUMBER NEWLINE ENDMARKER". */
static const char *lex_types(const char *src, GpLexed *out) {
  static char buf[4096];
  gp_lex(src, strlen(src), out);
  buf[0] = '\0';
  for (int i = 0; i < out->n; i++) {
    if (i) strcat(buf, " ");
    strcat(buf, gp_tok_name(out->toks[i].type));
  }
  return buf;
}

static void check_types(const char *src, const char *want) {
  GpLexed lx;
  assert_string_equal(lex_types(src, &lx), want);
  gp_lex_free(&lx);
}

static void check_error(const char *src, const char *kind, const char *msg, int line, int col) {
  GpLexed lx;
  gp_lex(src, strlen(src), &lx);
  assert_int_not_equal(lx.errkind, GP_LEXERR_NONE);
  assert_int_equal(lx.toks[lx.n - 1].type, TK_ERROR);
  assert_string_equal(lx.err.kind, kind);
  assert_string_equal(lx.err.msg, msg);
  assert_int_equal(lx.err.line, line);
  assert_int_equal(lx.err.col, col);
  gp_lex_free(&lx);
}

static void test_simple(void **state) {
  (void)state;
  check_types("x = 1\n", "NAME = NUMBER NEWLINE ENDMARKER");
  check_types("x = 1", "NAME = NUMBER NEWLINE ENDMARKER");
  check_types("", "ENDMARKER");
  check_types("\n\n# only a comment\n   \n", "ENDMARKER");
  check_types("a += b ** c // d -> e != f",
              "NAME += NAME ** NAME // NAME -> NAME != NAME NEWLINE ENDMARKER");
  check_types("x<<=1;y>>=2", "NAME <<= NUMBER ; NAME >>= NUMBER NEWLINE ENDMARKER");
  check_types("if not a is b: pass", "if not NAME is NAME : pass NEWLINE ENDMARKER");
}

static void test_indent(void **state) {
  (void)state;
  check_types("if x:\n    y\n    z\nw\n",
              "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
  check_types("if x:\n  if y:\n    z\n", "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT NAME "
                                         "NEWLINE DEDENT DEDENT ENDMARKER");
  /* comments and blank lines do not count, brackets join lines */
  check_types("if x:\n    y\n# c\n\n    z\n", "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE "
                                              "DEDENT ENDMARKER");
  check_types("f(1,\n2)\n", "NAME ( NUMBER , NUMBER ) NEWLINE ENDMARKER");
  check_types("x = 1 + \\\n  2\n", "NAME = NUMBER + NUMBER NEWLINE ENDMARKER");
  check_types("if x:\n\ty\n\tz\n", "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT "
                                   "ENDMARKER");
  check_types("if x:\r\n    y\r\n", "if NAME : NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
}

static void test_indent_errors(void **state) {
  (void)state;
  check_error("if x:\n    a\n  b\n", "IndentationError",
              "unindent does not match any outer indentation level", 3, 4);
  check_error("if x:\n\ta\n        b\n", "TabError",
              "inconsistent use of tabs and spaces in indentation", 3, 1);
  char deep[8192] = "";
  for (int i = 0; i <= 100; i++) {
    for (int k = 0; k < i; k++)
      strcat(deep, " ");
    strcat(deep, "if x:\n");
  }
  check_error(deep, "IndentationError", "too many levels of indentation", 101, 1);
}

static void test_numbers(void **state) {
  (void)state;
  const char *ok[] = {"0",  "00", "0_0",  "123",     "1_000", "0x_1F", "0o17", "0b1_0", "1.5",
                      ".5", "5.", "1e-3", "1_000.5", "1E+5",  "09.5",  "1j",   "1if"};
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
    GpLexed lx;
    gp_lex(ok[i], strlen(ok[i]), &lx);
    assert_int_equal(lx.errkind, GP_LEXERR_NONE);
    assert_int_equal(lx.toks[0].type, TK_NUMBER);
    gp_lex_free(&lx);
  }
  GpLexed lx;
  gp_lex("1.5 2 3j", 8, &lx);
  assert_int_equal(lx.toks[0].flags, GP_NUM_FLOAT);
  assert_int_equal(lx.toks[1].flags, GP_NUM_INT);
  assert_int_equal(lx.toks[2].flags, GP_NUM_IMAG);
  gp_lex_free(&lx);
  check_error("x = 012", "SyntaxError",
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
              "octal integers",
              1, 5);
  check_error("x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6);
  check_error("x = 1_", "SyntaxError", "invalid decimal literal", 1, 6);
  check_error("x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5);
  check_error("x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6);
  check_error("x = 0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 7);
  check_error("x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7);
  check_error("x = 1e", "SyntaxError", "invalid decimal literal", 1, 5);
}

static void test_strings(void **state) {
  (void)state;
  check_types("'a' \"b\" '''c\nd''' r'\\'' f\"{x}\" Rb'' u'x'",
              "STRING STRING STRING STRING STRING STRING STRING NEWLINE ENDMARKER");
  GpLexed lx;
  const char *src = "rf'x' b'y' \"\"\"z\"\"\"";
  gp_lex(src, strlen(src), &lx);
  assert_int_equal(lx.toks[0].flags, GP_STR_RAW | GP_STR_F);
  assert_int_equal(lx.toks[0].plen, 2);
  assert_int_equal(lx.toks[1].flags, GP_STR_BYTES);
  assert_int_equal(lx.toks[2].flags, GP_STR_TRIPLE);
  gp_lex_free(&lx);
  check_types("ur'x'", "NAME STRING NEWLINE ENDMARKER"); /* not a prefix */
  check_error("x = 1\ny = \"abc\n", "SyntaxError",
              "unterminated string literal (detected at line 2)", 2, 5);
  check_error("s = \"\"\"abc\n\n", "SyntaxError",
              "unterminated triple-quoted string literal (detected at line 2)", 1, 5);
  check_error("x = \"a\\\nb", "SyntaxError", "unterminated string literal (detected at line 2)", 1,
              5);
}

static void test_brackets(void **state) {
  (void)state;
  check_error("x = (1, 2]", "SyntaxError",
              "closing parenthesis ']' does not match opening parenthesis '('", 1, 10);
  check_error("x = (1,\n2]", "SyntaxError",
              "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2);
  check_error("x = 1)", "SyntaxError", "unmatched ')'", 1, 6);
  check_error("foo(1, 2\n", "SyntaxError", "'(' was never closed", 1, 4);
  char deep[512];
  memset(deep, '(', 201);
  deep[201] = '\0';
  check_error(deep, "SyntaxError", "too many nested parentheses", 1, 201);
}

static void test_misc_errors(void **state) {
  (void)state;
  check_error("x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6);
  check_error("x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character",
              1, 8);
  check_error("x = \x01", "SyntaxError", "invalid non-printable character U+0001", 1, 5);
  /* the caret counts characters, not bytes */
  check_error("\"\xc3\xa9\" + 012", "SyntaxError",
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
              "octal integers",
              1, 7);
}

static void test_positions(void **state) {
  (void)state;
  GpLexed lx;
  const char *src = "a = '''x\ny'''\n  \nb";
  gp_lex(src, strlen(src), &lx);
  assert_int_equal(lx.toks[2].line, 1);
  assert_int_equal(lx.toks[2].col, 4);
  assert_int_equal(lx.toks[2].end_line, 2);
  assert_int_equal(lx.toks[2].end_col, 4);
  assert_int_equal(lx.toks[4].type, TK_NAME);
  assert_int_equal(lx.toks[4].line, 4);
  gp_lex_free(&lx);
}

static void test_fexpr(void **state) {
  (void)state;
  const char *src = "f'{a\n + b}'";
  GpLexed lx;
  GpArena *a = gp_arena_new();
  gp_lex_fexpr(src, src + strlen(src), src + 3, src + 9, 1, 3, a, &lx);
  assert_int_equal(lx.errkind, GP_LEXERR_NONE);
  assert_int_equal(lx.n, 4); /* a + b ENDMARKER: newlines insignificant */
  assert_int_equal(lx.toks[1].line, 2);
  assert_int_equal(lx.toks[2].col, 3);
  gp_lex_free(&lx);
  gp_arena_free(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_simple),        cmocka_unit_test(test_indent),
      cmocka_unit_test(test_indent_errors), cmocka_unit_test(test_numbers),
      cmocka_unit_test(test_strings),       cmocka_unit_test(test_brackets),
      cmocka_unit_test(test_misc_errors),   cmocka_unit_test(test_positions),
      cmocka_unit_test(test_fexpr),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
