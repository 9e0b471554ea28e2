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
int64_t gp_num_hash(GpValue v); /* hash(1) == hash(1.0) == hash(True) */
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

#endif
