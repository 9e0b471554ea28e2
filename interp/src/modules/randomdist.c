/*
** randomdist.c — the distributions of random.py built on gammavariate:
** gammavariate (Cheng's and Kennedy & Gentle's algorithms), betavariate
** and vonmisesvariate, drawing from random() in the order random.py does,
** so a seeded program gets CPython's numbers.
*/
#include <math.h>

#include "num.h"
#include "obj.h"
#include "randommod.h"

static const double TWOPI = 2.0 * M_PI;

static int two_doubles(GpThread *t, const char *fname, const char *const names[2],
                       const GpValue *args, int nargs, GpObj *kw, double out[2]) {
  GpValue a[2];
  if (gp_parse_args(t, fname, args + 1, nargs - 1, kw, names, 2, 2, a) < 0) return -1;
  for (int i = 0; i < 2; i++)
    if (gp_to_double(t, a[i], &out[i]) < 0) return -1;
  return 0;
}

/* alpha > 1: R.C.H. Cheng's rejection method, as random.py. */
static double gamma_cheng(GpRandObj *r, double alpha) {
  const double sg_magic = 1.0 + log(4.5);
  double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log(4.0), ccc = alpha + ainv;
  for (;;) {
    double u1 = gp_rand_double(r);
    if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
    double u2 = 1.0 - gp_rand_double(r);
    double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
    double z = u1 * u1 * u2, rr = bbb + ccc * v - x;
    if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z)) return x;
  }
}

/* 0 < alpha < 1: algorithm GS of Kennedy & Gentle. */
static double gamma_gs(GpRandObj *r, double alpha) {
  for (;;) {
    double u = gp_rand_double(r), b = (M_E + alpha) / M_E, p = b * u;
    double x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
    double u1 = gp_rand_double(r);
    if (p > 1.0 ? u1 <= pow(x, alpha - 1.0) : u1 <= exp(-x)) return x;
  }
}

/* gammavariate(alpha, 1.0), or -1 with its ValueError. */
static int gamma1(GpThread *t, GpRandObj *r, double alpha, double beta, double *out) {
  if (alpha <= 0.0 || beta <= 0.0) {
    gp_raise(t, &gp_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    return -1;
  }
  if (alpha > 1.0)
    *out = gamma_cheng(r, alpha);
  else if (alpha == 1.0)
    *out = -log(1.0 - gp_rand_double(r));
  else
    *out = gamma_gs(r, alpha);
  return 0;
}

GpValue gp_random_gammavariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"alpha", "beta"};
  double v[2], x;
  if (two_doubles(t, "gammavariate", names, args, nargs, kw, v) < 0) return GP_ERRV;
  if (gamma1(t, GP_RAND(args[0]), v[0], v[1], &x) < 0) return GP_ERRV;
  return gp_floatv(x * v[1]);
}

GpValue gp_random_betavariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"alpha", "beta"};
  double v[2], y, z;
  if (two_doubles(t, "betavariate", names, args, nargs, kw, v) < 0) return GP_ERRV;
  if (gamma1(t, GP_RAND(args[0]), v[0], 1.0, &y) < 0) return GP_ERRV;
  if (y == 0.0) return gp_floatv(0.0);
  if (gamma1(t, GP_RAND(args[0]), v[1], 1.0, &z) < 0) return GP_ERRV;
  return gp_floatv(y / (y + z));
}

/* Python's float %: the result takes the divisor's sign. */
static double py_fmod(double x, double m) {
  double r = fmod(x, m);
  return r != 0.0 && (r < 0) != (m < 0) ? r + m : r == 0.0 ? copysign(0.0, m) : r;
}

GpValue gp_random_vonmisesvariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"mu", "kappa"};
  double v[2];
  if (two_doubles(t, "vonmisesvariate", names, args, nargs, kw, v) < 0) return GP_ERRV;
  GpRandObj *r = GP_RAND(args[0]);
  double mu = v[0], kappa = v[1];
  if (kappa <= 1e-6) return gp_floatv(TWOPI * gp_rand_double(r));
  double s = 0.5 / kappa, rr = s + sqrt(1.0 + s * s), z;
  for (;;) {
    z = cos(M_PI * gp_rand_double(r));
    double d = z / (rr + z), u2 = gp_rand_double(r);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
  }
  double q = 1.0 / rr, f = (q + z) / (1.0 + q * z);
  double theta = gp_rand_double(r) > 0.5 ? mu + acos(f) : mu - acos(f);
  return gp_floatv(py_fmod(theta, TWOPI));
}
