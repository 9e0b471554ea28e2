# The experiment suite end to end (tests/suite/): run_all.sh's steps on a
# tiny suite, Ctrl-C and --resume through run_all.sh, gilbench compare on two
# runs, and every gnuplot script on the committed reference data.
if(TARGET gilbench)
  add_test(NAME suite/e2e COMMAND ${CMAKE_SOURCE_DIR}/tests/suite/e2e.sh $<TARGET_FILE:gilbench>)
  add_test(NAME suite/compare
           COMMAND ${CMAKE_SOURCE_DIR}/tests/suite/compare.sh $<TARGET_FILE:gilbench>)
  # Ctrl-C (SIGINT to run_all.sh's process group) and --resume, twice
  add_test(NAME suite/interrupt
           COMMAND ${CMAKE_SOURCE_DIR}/tests/suite/interrupt.sh $<TARGET_FILE:gilbench>)
  # they run gilbench suite, which measures on threads: the TSan round's label
  set_tests_properties(suite/e2e suite/compare suite/interrupt PROPERTIES TIMEOUT 300
                       RUN_SERIAL TRUE LABELS threads
                       ENVIRONMENT "GILBENCH_PREFLIGHT=force;GILBENCH_PREFLIGHT_S=0.1")
endif()
add_test(NAME suite/gnuplot COMMAND ${CMAKE_SOURCE_DIR}/tests/suite/gnuplot.sh)
