# Differential threading tests: each tests/threads/*.py runs under python3
# and under gilpy with each of the six GIL models (threads/<stem>/<model>);
# stdout and the exit status must be identical, and stderr must carry no
# sanitizer report. Included from tests/CMakeLists.txt; the same file is the test
# driver in script mode:
#   cmake -DGILPY=… -DPYTHON=… -DSRC=FILE.py -DGIL=new -P tests/threads.cmake

if(CMAKE_SCRIPT_MODE_FILE)
  get_filename_component(dir ${SRC} DIRECTORY)
  get_filename_component(name ${SRC} NAME)
  execute_process(COMMAND ${PYTHON} ${name} WORKING_DIRECTORY ${dir}
                  OUTPUT_VARIABLE want ERROR_VARIABLE want_err RESULT_VARIABLE want_rc
                  TIMEOUT 120)
  execute_process(COMMAND ${GILPY} --gil=${GIL} ${name} WORKING_DIRECTORY ${dir}
                  OUTPUT_VARIABLE got ERROR_VARIABLE got_err RESULT_VARIABLE got_rc
                  TIMEOUT ${LIMIT})
  set(problems "")
  if(NOT want_rc STREQUAL got_rc)
    string(APPEND problems "exit status: python3 ${want_rc}, gilpy ${got_rc}\n")
  endif()
  if(NOT want STREQUAL got)
    string(APPEND problems "stdout differs\n--- python3\n${want}--- gilpy\n${got}")
  endif()
  if(got_err MATCHES "Sanitizer|runtime error:")
    string(APPEND problems "sanitizer report:\n${got_err}")
  endif()
  if(problems)
    message(FATAL_ERROR "${name} (gil=${GIL}):\n${problems}\ngilpy stderr:\n${got_err}")
  endif()
  return()
endif()

find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND OR NOT TARGET gilpy-bin)
  message(WARNING "python3 or gilpy missing: threads/* tests disabled")
  return()
endif()
if(GILBENCH_SANITIZE)
  set(THREADS_LIMIT 300)
else()
  set(THREADS_LIMIT 60)
endif()
file(GLOB THREAD_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/threads/*.py)
foreach(src ${THREAD_TESTS})
  get_filename_component(stem ${src} NAME_WE)
  foreach(model new legacy none fifo priority fair)
    add_test(NAME threads/${stem}/${model}
             COMMAND ${CMAKE_COMMAND} -DGILPY=$<TARGET_FILE:gilpy-bin>
                     -DPYTHON=${Python3_EXECUTABLE} -DSRC=${src} -DGIL=${model}
                     -DLIMIT=${THREADS_LIMIT} -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(threads/${stem}/${model} PROPERTIES
                         TIMEOUT ${THREADS_LIMIT} LABELS "threads;difftest")
  endforeach()
endforeach()
