# Differential tests against python3 (tests/difftest.py): one ctest per
# tests/lang/*.py program (lang/<stem>) and per malformed or hostile program
# (bad/<stem>), including the ones tests/bad/gen.py writes at test time.
# Included from tests/CMakeLists.txt.

find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "python3 not found: differential tests (lang/*, bad/*) disabled")
  return()
endif()
if(NOT TARGET gilpy-bin)
  message(WARNING "no gilpy executable target: differential tests disabled")
  return()
endif()

set(DIFFTEST ${CMAKE_CURRENT_SOURCE_DIR}/difftest.py)
if(GILBENCH_SANITIZE)
  set(DIFFTEST_ENV "GILBENCH_SANITIZE=${GILBENCH_SANITIZE}")
  set(LANG_TIMEOUT 300)
  set(BAD_TIMEOUT 200)
else()
  set(DIFFTEST_ENV "GILBENCH_SANITIZE=")
  set(LANG_TIMEOUT 90)
  set(BAD_TIMEOUT 60)
endif()

# A program that can start threads also carries the label `threads`, which
# the TSan round runs (scripts/test.sh --sanitize thread): one that imports
# a module that starts them or calls asyncio's thread helpers.
set(THREAD_STARTERS
    "(^|\n)[ \t]*(import|from)[ \t]+(threading|_thread|concurrent|multiprocessing)|to_thread|run_in_executor")
function(difftest_labels src base out)
  file(READ ${src} text)
  if(text MATCHES "${THREAD_STARTERS}")
    set(${out} "${base};threads" PARENT_SCOPE)
  else()
    set(${out} "${base}" PARENT_SCOPE)
  endif()
endfunction()

# Modules imported by tests (_*.py) are not tests themselves.
file(GLOB LANG_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/lang/*.py)
foreach(src ${LANG_TESTS})
  get_filename_component(stem ${src} NAME_WE)
  if(stem MATCHES "^_")
    continue()
  endif()
  add_test(NAME lang/${stem}
           COMMAND ${Python3_EXECUTABLE} ${DIFFTEST} lang --gilpy $<TARGET_FILE:gilpy-bin> ${src})
  difftest_labels(${src} "lang;difftest" labels)
  set_tests_properties(lang/${stem} PROPERTIES TIMEOUT ${LANG_TIMEOUT} LABELS "${labels}"
                       ENVIRONMENT "${DIFFTEST_ENV}")
endforeach()

file(GLOB BAD_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/bad/*.py)
list(REMOVE_ITEM BAD_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/bad/gen.py)
foreach(src ${BAD_TESTS})
  get_filename_component(stem ${src} NAME_WE)
  add_test(NAME bad/${stem}
           COMMAND ${Python3_EXECUTABLE} ${DIFFTEST} bad --gilpy $<TARGET_FILE:gilpy-bin> ${src})
  difftest_labels(${src} "bad;difftest" labels)
  set_tests_properties(bad/${stem} PROPERTIES TIMEOUT ${BAD_TIMEOUT} LABELS "${labels}"
                       ENVIRONMENT "${DIFFTEST_ENV}")
endforeach()

# Generated cases (huge or binary files are written to a temporary directory
# at test time, never committed).
execute_process(COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/bad/gen.py --list
                OUTPUT_VARIABLE BAD_GENERATED OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE gen_status)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${CMAKE_CURRENT_SOURCE_DIR}/bad/gen.py)
if(gen_status EQUAL 0)
  string(REPLACE "\n" ";" BAD_GENERATED "${BAD_GENERATED}")
  foreach(name ${BAD_GENERATED})
    add_test(NAME bad/${name}
             COMMAND ${Python3_EXECUTABLE} ${DIFFTEST} bad --gilpy $<TARGET_FILE:gilpy-bin>
                     --gen ${name})
    set_tests_properties(bad/${name} PROPERTIES TIMEOUT ${BAD_TIMEOUT} LABELS "bad;difftest"
                         ENVIRONMENT "${DIFFTEST_ENV}")
  endforeach()
else()
  message(WARNING "tests/bad/gen.py --list failed: generated bad/* tests disabled")
endif()
