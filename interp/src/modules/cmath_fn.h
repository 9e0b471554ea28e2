/*
** cmath_fn.h — the complex functions of the cmath module on plain doubles
** (cmath_fn.c), for cmathmod.c: each takes z, writes the result and
** returns 0, or CM_EDOM / CM_ERANGE for CPython's "math domain error" and
** "math range error".
*/
#ifndef GP_CMATH_FN_H
#define GP_CMATH_FN_H

typedef struct CmZ {
  double re, im;
} CmZ;

enum { CM_OK = 0, CM_EDOM = 1, CM_ERANGE = 2 };

typedef int (*CmFn)(CmZ z, CmZ *r);

int cm_sqrt(CmZ z, CmZ *r);
int cm_exp(CmZ z, CmZ *r);
int cm_log(CmZ z, CmZ *r);
int cm_log10(CmZ z, CmZ *r);
int cm_cosh(CmZ z, CmZ *r);
int cm_sinh(CmZ z, CmZ *r);
int cm_tanh(CmZ z, CmZ *r);
int cm_cos(CmZ z, CmZ *r);
int cm_sin(CmZ z, CmZ *r);
int cm_tan(CmZ z, CmZ *r);
int cm_acosh(CmZ z, CmZ *r);
int cm_asinh(CmZ z, CmZ *r);
int cm_atanh(CmZ z, CmZ *r);
int cm_acos(CmZ z, CmZ *r);
int cm_asin(CmZ z, CmZ *r);
int cm_atan(CmZ z, CmZ *r);
/* The modulus as abs(z) computes it: inf if a part is infinite. */
double cm_abs(CmZ z);

#endif
