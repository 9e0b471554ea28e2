/*
** num.h — the numeric tower (int.c, float.c, format.c): what ops.c, the
** builtins and the VM's slow paths call for int, bool, bignum and float.
** Every function here takes only numbers (GP_T_INT, GP_T_BOOL, GP_T_FLOAT
** or a gp_type_int bignum); callers check with gp_is_number first.
*/
#ifndef GP_NUM_H
#define GP_NUM_H

#include "gp.h"

bool gp_is_number(GpValue v);
/* Python semantics: floor division/modulo toward -inf, true division, int
** overflow promotes to a bignum and results that fit demote, int ** negative
** is a float, mixed int/float promotes, ZeroDivisionError/OverflowError with
** CPython's messages. */
GpValue gp_num_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b);
GpValue gp_num_unop(GpThread *t, GpUnOp op, GpValue a);
bool gp_num_compare(GpCmpOp op, GpValue a, GpValue b); /* exact int/float */
int64_t gp_num_hash(GpValue v);                        /* hash(1) == hash(1.0) == hash(True) */
/* hash() of an inline int, for hot paths (sets): CPython's, the value mod
** 2**61 - 1 keeping its sign, -1 made -2. */
#define GP_HASH_MOD (((uint64_t)1 << 61) - 1)
static inline int64_t gp_int64_hash(int64_t i) {
  uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
  if (m >= GP_HASH_MOD) m %= GP_HASH_MOD; /* rare: the division costs more than the rest */
  int64_t h = i < 0 ? -(int64_t)m : (int64_t)m;
  return h == -1 ? -2 : h;
}
GpValue gp_num_repr(GpThread *t, GpValue v);
/* format(v, spec): [[fill]align][sign][#][0][width][,|_][.precision][type] */
GpValue gp_num_format(GpThread *t, GpValue v, const char *spec, size_t len);
/* format(s, spec) for str: [[fill]align][width][.precision][s] */
GpValue gp_str_format_spec(GpThread *t, GpValue s, const char *spec, size_t len);
GpValue gp_num_round(GpThread *t, GpValue v, GpValue ndigits); /* ndigits GP_ERRV = absent */
GpValue gp_num_divmod(GpThread *t, GpValue a, GpValue b);
GpValue gp_num_pow3(GpThread *t, GpValue a, GpValue b, GpValue mod);
GpValue gp_num_abs(GpThread *t, GpValue v);
/* Parse a Python int/float literal from a str (int("12"), float(" 1e3 ")). */
GpValue gp_int_parse(GpThread *t, const char *s, size_t len, int base);
GpValue gp_float_parse(GpThread *t, const char *s, size_t len);
/* int(b, base) and float(b) of a bytes-like b (number.c) */
GpValue gp_int_parse_bytes(GpThread *t, GpValue b, int base);
GpValue gp_float_parse_bytes(GpThread *t, GpValue b);
/* numattr.c: int.real, .imag, .numerator, .denominator, float.real, .imag
** (the types' getattr hooks), and the methods beyond arithmetic. */
GpValue gp_int_getattr(GpThread *t, GpValue self, GpObj *name);
GpValue gp_float_getattr(GpThread *t, GpValue self, GpObj *name);
GpValue gp_int_conjugate(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_int_as_integer_ratio(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_float_conjugate(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_float_as_integer_ratio(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_float_hex(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_int_to_bytes(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_int_from_bytes(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
GpValue gp_float_fromhex(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);

/* complex.c, complexops.c, complexparse.c: a complex is a heap object of
** two doubles; ops.c reaches its arithmetic through its GpTypeOps slots. */
typedef struct GpComplex {
  GpObj ob;
  double re, im;
} GpComplex;
/* v (int, bool, float, complex, or a subclass's payload) as a complex: 1,
** 0 for any other type (nothing raised), -1 for an int too large. */
int gp_complex_operand(GpThread *t, GpValue v, double *re, double *im);
/* complex(x) and cmath of an instance: *out = x.__complex__(), checked to
** be a complex: 1, 0 if x has none (nothing raised), -1 error. */
int gp_inst_complex(GpThread *t, GpValue v, GpValue *out);
int gp_complex_eq(GpValue a, GpValue b); /* a or b complex; the other any value */
/* a and b are operands of complex arithmetic, one of them a complex */
bool gp_complex_pair(GpValue a, GpValue b);
/* a op b for + - * / ** on complex values (float ** float with a negative
** base and a fractional exponent comes here, as in CPython) */
GpValue gp_complex_arith(GpThread *t, GpBinOp op, const double a[2], const double b[2]);
GpValue gp_complex_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace);
/* CPython's _Py_c_quot, _Py_c_pow with complex_pow's small-int path: *err
** is set to 1 for a zero divisor (EDOM), 2 for an infinite power (ERANGE). */
void gp_complex_quot(double ar, double ai, double br, double bi, double *r, int *err);
void gp_complex_pow(const double a[2], const double b[2], double *r, int *err);
GpValue gp_complex_parse(GpThread *t, const char *s, size_t len); /* complex(str) */
/* format(z, spec) (format.c): CPython's format_complex_internal */
GpValue gp_complex_format(GpThread *t, double re, double im, const char *spec, size_t len);
/* repr of one part as complex's repr writes it: shortest, no ".0" */
int gp_complex_part_repr(double d, char *buf, size_t size, bool sign);

/* ------------------------------------------------ the tower's internals */
/* Shared by int.c, float.c, number.c, format.c and mathmod.c only. */
#include <gmp.h>

#define GP_INT_MAX_BITS 100000000L /* larger **, <<, * results: MemoryError */
#define GP_INT_MAX_STR_DIGITS 4300 /* CPython 3.11's default int <-> decimal str limit */
/* The limit now (sys.set_int_max_str_digits; 0: none). One per process,
** where CPython keeps one per interpreter: subinterpreters share it. */
int gp_int_str_limit(void);
void gp_int_set_str_limit(int digits);

/* A read-only mpz view of any int (inline, bool or bignum), valid while v
** and *tmp live; never an output operand. */
typedef struct GpIntView {
  mpz_t z;
  mp_limb_t limb;
} GpIntView;
mpz_srcptr gp_int_mpz(GpValue v, GpIntView *tmp);
GpValue gp_int_from_mpz(GpThread *t, mpz_srcptr z);                  /* demotes to GP_T_INT */
GpValue gp_int_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b); /* a, b ints */
GpValue gp_int_neg(GpThread *t, GpValue a);
GpValue gp_int_invert(GpThread *t, GpValue a);
GpValue gp_int_powmod(GpThread *t, GpValue a, GpValue b, GpValue m);
int gp_int_cmp(GpValue a, GpValue b);       /* -1, 0, 1 */
int gp_int_cmp_double(GpValue a, double d); /* exact; d not a NaN */
int gp_int_sign(GpValue v);                 /* -1, 0, 1 */
int64_t gp_int_hash(GpValue v);
double gp_int_frexp(GpValue v, int64_t *e); /* |v| = m * 2^e, m correctly rounded */
GpValue gp_float_binop(GpThread *t, GpBinOp op, double a, double b);
double gp_float_floordiv(double a, double b, double *mod); /* b != 0 */
int64_t gp_float_hash(double d);

#endif
