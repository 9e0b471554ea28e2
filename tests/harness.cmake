# End-to-end tests of the gilbench command: tests/harness/test_*.py, each run
# as `python3 test_X.py path/to/gilbench`; exit 77 means skipped (with a reason).
find_package(Python3 COMPONENTS Interpreter)
if(TARGET gilbench AND Python3_Interpreter_FOUND)
  file(GLOB HARNESS_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/harness/test_*.py)
  foreach(t ${HARNESS_TESTS})
    get_filename_component(name ${t} NAME_WE)
    add_test(NAME harness/${name} COMMAND ${Python3_EXECUTABLE} ${t} $<TARGET_FILE:gilbench>)
    # `threads` (the TSan round's label) for a test that measures or serves:
    # gilbench run and suite start threads in every mode (the workers, the
    # server's, the watchdog's), as do its Python threads and subinterpreters
    file(READ ${t} text)
    set(labels harness)
    if(text MATCHES "['\"](run|suite|serve)['\"]|threading|Thread|--mode|subinterp")
      list(APPEND labels threads)
    endif()
    # the preflight measures and records, briefly, but never stops a test on
    # a busy machine (test_preflight sets its own environment)
    set_tests_properties(harness/${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180
                         LABELS "${labels}"
                         ENVIRONMENT "GILBENCH_PREFLIGHT=force;GILBENCH_PREFLIGHT_S=0.1")
  endforeach()
  # The E1 shape needs both cores to itself, not shared with other tests.
  if(TEST harness/test_shape)
    set_tests_properties(harness/test_shape PROPERTIES RUN_SERIAL ON)
  endif()
endif()
