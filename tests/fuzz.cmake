# libFuzzer targets: the front end (fuzz_parse), the server's request parser
# (fuzz_http), the suite file parser (fuzz_suite), the results reader
# (fuzz_results), multiprocessing's wire reader (fuzz_mpwire), gilpy's
# json.loads (fuzz_json), pickle.loads (fuzz_pickle), its bytes readers
# (fuzz_bytes) and its re
# module's pattern compiler and matcher (fuzz_re) and its text-format
# readers: csv, struct, argparse, strptime, float/int, format specs
# (fuzz_formats). Only with
# clang and -DGILBENCH_FUZZ=ON; see tests/fuzz/README.md. The libraries
# are rebuilt (gilpy_fuzz, gbserver_fuzz, gbharness_fuzz) with coverage
# instrumentation, so fuzzing sees inside them.
option(GILBENCH_FUZZ "Build the libFuzzer targets fuzz_* (clang only)" OFF)
if(GILBENCH_FUZZ AND CMAKE_C_COMPILER_ID MATCHES "Clang")
  # -fno-sanitize-recover: undefined behaviour is a crash the fuzzer keeps,
  # not a line in its log
  set(GILBENCH_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined
                          -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  gilpy_library(gilpy_fuzz OPTIONS ${GILBENCH_FUZZ_FLAGS} DEFINITIONS GP_DEBUG=1)

  add_executable(fuzz_parse ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_parse.c)
  target_include_directories(fuzz_parse PRIVATE ${GILPY_PRIVATE_INCLUDES})
  target_compile_options(fuzz_parse PRIVATE -fsanitize=fuzzer,address,undefined
                                         -fno-sanitize-recover=undefined)
  target_link_options(fuzz_parse PRIVATE -fsanitize=fuzzer,address,undefined
                                         -fno-sanitize-recover=undefined)
  target_link_libraries(fuzz_parse PRIVATE gilpy_fuzz)
  set_target_properties(fuzz_parse PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  # a short smoke run over the seed corpus (no mutation) as a regular test
  add_test(NAME fuzz/parse_corpus
           COMMAND fuzz_parse -runs=0 ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus)

  add_library(gbserver_fuzz STATIC ${CMAKE_SOURCE_DIR}/harness/server/server.c)
  target_include_directories(gbserver_fuzz PUBLIC ${CMAKE_SOURCE_DIR}/harness/server)
  target_compile_options(gbserver_fuzz PRIVATE ${GILBENCH_FUZZ_FLAGS})
  target_link_libraries(gbserver_fuzz PUBLIC Threads::Threads m)

  # imported targets are local to harness/: look them up here too
  pkg_check_modules(FZ_HWLOC REQUIRED IMPORTED_TARGET hwloc)
  pkg_check_modules(FZ_JANSSON REQUIRED IMPORTED_TARGET jansson)
  set(_fz_src "")
  set(_fz_inc "")
  foreach(layer core engine results analysis output session)
    file(GLOB _s CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/harness/${layer}/*.c)
    list(APPEND _fz_src ${_s})
    list(APPEND _fz_inc ${CMAKE_SOURCE_DIR}/harness/${layer})
  endforeach()
  add_library(gbharness_fuzz STATIC ${_fz_src})
  target_include_directories(gbharness_fuzz PUBLIC ${_fz_inc})
  target_compile_options(gbharness_fuzz PRIVATE ${GILBENCH_FUZZ_FLAGS})
  target_compile_definitions(gbharness_fuzz PRIVATE GB_GIT="fuzz" GB_BUILD_TYPE="fuzz"
                                                    GB_CFLAGS="fuzz")
  target_link_libraries(gbharness_fuzz PUBLIC gilpy_fuzz gbserver_fuzz PkgConfig::FZ_HWLOC
                                              PkgConfig::FZ_JANSSON Threads::Threads m)

  # fuzz_NAME.c with its seeds (and every crash found, kept as a regression
  # input) in fuzz/corpus_NAME/, replayed once as the test fuzz/NAME_corpus
  set(_fz_targets http suite results mpwire json bytes re formats pickle)
  # every target's name, for tests/fuzz/smoke.sh: one list, so CI fuzzes
  # each target built here
  string(JOIN " " _fz_names parse ${_fz_targets})
  file(WRITE ${CMAKE_BINARY_DIR}/tests/fuzz_targets.txt "${_fz_names}\n")
  foreach(t ${_fz_targets})
    add_executable(fuzz_${t} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_${t}.c)
    target_compile_options(fuzz_${t} PRIVATE -fsanitize=fuzzer,address,undefined
                                         -fno-sanitize-recover=undefined)
    target_link_options(fuzz_${t} PRIVATE -fsanitize=fuzzer,address,undefined
                                         -fno-sanitize-recover=undefined)
    set_target_properties(fuzz_${t} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME fuzz/${t}_corpus
             COMMAND fuzz_${t} -runs=0 ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus_${t})
  endforeach()
  target_link_libraries(fuzz_http PRIVATE gbserver_fuzz)
  target_link_libraries(fuzz_suite PRIVATE gbharness_fuzz)
  target_link_libraries(fuzz_results PRIVATE gbharness_fuzz)
  target_include_directories(fuzz_results PRIVATE ${GILPY_PRIVATE_INCLUDES})
  target_link_libraries(fuzz_mpwire PRIVATE gilpy_fuzz)
  target_include_directories(fuzz_mpwire PRIVATE ${GILPY_PRIVATE_INCLUDES}
                                                 ${CMAKE_SOURCE_DIR}/interp/src/modules)
  # the four that call gilpy through the embedding API share its VM set-up
  foreach(t json bytes formats pickle)
    target_sources(fuzz_${t} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_vm.c)
    target_link_libraries(fuzz_${t} PRIVATE gilpy_fuzz)
  endforeach()
  target_link_libraries(fuzz_re PRIVATE gilpy_fuzz)
  target_include_directories(fuzz_re PRIVATE ${CMAKE_SOURCE_DIR}/interp/src/modules)
endif()
