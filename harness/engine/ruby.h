/*
** ruby.h — reference runs under Ruby (MRI), for E14's Ruby line: its
** convoy beside gil=fifo, whose rule is Ruby's GVL.
**
** Ruby cannot run a Python workload: harness/engine/ruby_driver.rb runs
** Ruby ports of workload entries (ruby_convoy.rb: E14's designs()), and
** speaks cpython_driver.py's protocol, so a Ruby run is made by pyrun.h's
** gb_py_run with ruby and that driver: the same child process, pipes,
** timeout and kill as CPython's.
*/
#ifndef GB_RUBY_H
#define GB_RUBY_H

/* Ruby's GVL quantum, fixed in MRI (TIME_QUANTUM_USEC, 100 ms): a Ruby
** run is recorded with it as its switch interval. */
#define GB_RUBY_QUANTUM_S 0.1

/* ruby's "ruby-3.1.2", or NULL if it cannot be run. */
char *gb_rb_version(const char *ruby);
/* ruby_driver.rb, $GILBENCH_RUBY_DRIVER overriding (pyrun.h's
** gb_engine_file_find); NULL if not found. */
char *gb_rb_driver_find(const char *const *dirs, int n);

#endif
