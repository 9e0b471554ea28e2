# libFuzzer target for the front end (parser). Only with clang and
# -DGILBENCH_FUZZ=ON; see tests/fuzz/README.md. The library is rebuilt as
# gilpy_fuzz with coverage instrumentation, so fuzzing sees inside it.
option(GILBENCH_FUZZ "Build the libFuzzer target fuzz_parse (clang only)" OFF)
if(GILBENCH_FUZZ AND CMAKE_C_COMPILER_ID MATCHES "Clang")
  set(GILBENCH_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  gilpy_library(gilpy_fuzz OPTIONS ${GILBENCH_FUZZ_FLAGS} DEFINITIONS GP_DEBUG=1)

  add_executable(fuzz_parse ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_parse.c)
  target_include_directories(fuzz_parse PRIVATE ${GILPY_PRIVATE_INCLUDES})
  target_compile_options(fuzz_parse PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(fuzz_parse PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(fuzz_parse PRIVATE gilpy_fuzz)
  set_target_properties(fuzz_parse PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  # a short smoke run over the seed corpus (no mutation) as a regular test
  add_test(NAME fuzz/parse_corpus
           COMMAND fuzz_parse -runs=0 ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus)
endif()
