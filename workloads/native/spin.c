/*
** spin.c — see spin.h. Compiled into gilpy (bench.spin_native) and into
** libgbspin.so (CPython's compat.spin_native, through ctypes).
*/
#include "spin.h"

uint32_t gb_spin(int64_t n) {
  uint32_t x = 0;
  /* a serial dependency on x: the compiler cannot vectorise or fold it */
  for (int64_t i = 0; i < n; i++)
    x = x * 1103515245u + 12345u + (uint32_t)i;
  return x;
}
