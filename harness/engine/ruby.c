/*
** ruby.c — finding Ruby and its driver (ruby.h).
*/
#include "ruby.h"

#include <stdio.h>

#include "cpython.h"
#include "pyrun.h"

char *gb_rb_version(const char *ruby) {
  return gb_driver_probe(ruby, "-e", "puts \"ruby-#{RUBY_VERSION}\"", "ruby-");
}

char *gb_rb_driver_find(const char *const *dirs, int n) {
  return gb_engine_file_find("ruby_driver.rb", "GILBENCH_RUBY_DRIVER", dirs, n);
}
