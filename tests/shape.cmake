# Shape tests of the GIL models: tests/shape/test_*.py, each run as
# `python3 test_X.py path/to/gilpy`, check coarse timing shapes (threads
# serialize under gil=new, overlap under gil=none and in GIL-releasing
# natives, forced switches happen about once per interval). Exit 77 means
# skipped (too few cores; the reason is printed). Under sanitizer builds the
# programs run but timing bounds are not checked (tests/shape/shlib.py).
find_package(Python3 COMPONENTS Interpreter)
if(NOT TARGET gilpy-bin OR NOT Python3_Interpreter_FOUND)
  message(WARNING "python3 or gilpy missing: shape/* tests disabled")
  return()
endif()
file(GLOB SHAPE_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/shape/test_*.py)
foreach(t ${SHAPE_TESTS})
  get_filename_component(name ${t} NAME_WE)
  string(REGEX REPLACE "^test_" "" name ${name})
  add_test(NAME shape/${name} COMMAND ${Python3_EXECUTABLE} ${t} $<TARGET_FILE:gilpy-bin>)
  # RUN_SERIAL: timing shapes need the cores to themselves, not shared with
  # the other tests ctest -j runs.
  # shapes compare threads with the sequential run: `threads` for TSan too
  set_tests_properties(shape/${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 LABELS "shape;threads"
                       RUN_SERIAL ON ENVIRONMENT "GILBENCH_SANITIZE=${GILBENCH_SANITIZE}")
endforeach()
