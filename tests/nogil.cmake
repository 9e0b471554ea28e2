# Free-threading checks that cannot be differential (their outcome is a
# race): tests/nogil/race_shape.py's lost updates must have the shape of
# CPython's -- none under the GIL (gil=new), some without it (gil=none; a
# race may miss once, so up to 3 runs; skipped on a single core). Included
# from tests/CMakeLists.txt; the same file is the driver in script mode:
#   cmake -DGILPY=… -DSRC=race_shape.py -P tests/nogil.cmake

if(CMAKE_SCRIPT_MODE_FILE)
  get_filename_component(dir ${SRC} DIRECTORY)
  get_filename_component(name ${SRC} NAME)
  function(race_lost model out)
    execute_process(COMMAND ${GILPY} --gil=${model} ${name} WORKING_DIRECTORY ${dir}
                    OUTPUT_VARIABLE got ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 600)
    if(NOT rc EQUAL 0 OR err MATCHES "Sanitizer|runtime error:"
       OR NOT got MATCHES "^lost ([0-9]+)\n$")
      message(FATAL_ERROR "gil=${model}: status ${rc}\nstdout:\n${got}\nstderr:\n${err}")
    endif()
    set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
  endfunction()
  race_lost(new lost)
  if(NOT lost EQUAL 0)
    message(FATAL_ERROR "gil=new lost ${lost} updates: the GIL must make `counter += 1` whole")
  endif()
  cmake_host_system_information(RESULT ncores QUERY NUMBER_OF_LOGICAL_CORES)
  if(ncores LESS 2)
    message("single core: gil=none cannot be shown to race; skipped")
    return()
  endif()
  foreach(attempt 1 2 3)
    race_lost(none lost)
    message("gil=none run ${attempt}: lost ${lost}")
    if(lost GREATER 0)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "gil=none lost no update in 3 runs: are the threads serialized?")
endif()

if(NOT TARGET gilpy-bin)
  return()
endif()
add_test(NAME nogil/race_shape
         COMMAND ${CMAKE_COMMAND} -DGILPY=$<TARGET_FILE:gilpy-bin>
                 -DSRC=${CMAKE_CURRENT_SOURCE_DIR}/nogil/race_shape.py -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(nogil/race_shape PROPERTIES TIMEOUT 1800 LABELS "threads;nogil"
                     SKIP_REGULAR_EXPRESSION "single core: ")
# tests/nogil/gc_shards.py: threads free each other's containers while
# linking their own (gc.c's shard protocol); its output is compared with
# python3's by the threads/* driver, under gil=none only.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME nogil/gc_shards
           COMMAND ${CMAKE_COMMAND} -DGILPY=$<TARGET_FILE:gilpy-bin>
                   -DPYTHON=${Python3_EXECUTABLE} -DSRC=${CMAKE_CURRENT_SOURCE_DIR}/nogil/gc_shards.py
                   -DGIL=none -DLIMIT=600 -P ${CMAKE_CURRENT_SOURCE_DIR}/threads.cmake)
  set_tests_properties(nogil/gc_shards PROPERTIES TIMEOUT 600 LABELS "threads;nogil")
  # tests/nogil/peek_race.py: lock-free reads of globals and attributes
  # while a writer rebinds them and resizes their dicts (cache_none.h).
  add_test(NAME nogil/peek_race
           COMMAND ${CMAKE_COMMAND} -DGILPY=$<TARGET_FILE:gilpy-bin>
                   -DPYTHON=${Python3_EXECUTABLE} -DSRC=${CMAKE_CURRENT_SOURCE_DIR}/nogil/peek_race.py
                   -DGIL=none -DLIMIT=600 -P ${CMAKE_CURRENT_SOURCE_DIR}/threads.cmake)
  set_tests_properties(nogil/peek_race PROPERTIES TIMEOUT 600 LABELS "threads;nogil")
  # tests/nogil/inst_blocks.py: instance blocks freed by one thread and
  # reused by it for its own instances, allocated in another's shard.
  add_test(NAME nogil/inst_blocks
           COMMAND ${CMAKE_COMMAND} -DGILPY=$<TARGET_FILE:gilpy-bin>
                   -DPYTHON=${Python3_EXECUTABLE} -DSRC=${CMAKE_CURRENT_SOURCE_DIR}/nogil/inst_blocks.py
                   -DGIL=none -DLIMIT=600 -P ${CMAKE_CURRENT_SOURCE_DIR}/threads.cmake)
  set_tests_properties(nogil/inst_blocks PROPERTIES TIMEOUT 600 LABELS "threads;nogil")
  # tests/nogil/set_int_race.py: sets' small-int paths under the set's lock
  # while other threads grow and shrink the set.
  add_test(NAME nogil/set_int_race
           COMMAND ${CMAKE_COMMAND} -DGILPY=$<TARGET_FILE:gilpy-bin>
                   -DPYTHON=${Python3_EXECUTABLE} -DSRC=${CMAKE_CURRENT_SOURCE_DIR}/nogil/set_int_race.py
                   -DGIL=none -DLIMIT=600 -P ${CMAKE_CURRENT_SOURCE_DIR}/threads.cmake)
  set_tests_properties(nogil/set_int_race PROPERTIES TIMEOUT 600 LABELS "threads;nogil")
endif()
