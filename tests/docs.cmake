# Documentation: tests/docs/check_links.py checks that every relative link
# and repository path named in the README files, docs/, results/SCHEMA.md and
# the --help texts of gilpy and gilbench exists, and that nothing in the
# repository points at the planning notes kept outside it.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "python3 not found: docs/links test disabled")
  return()
endif()
set(DOCS_HELP_ARGS "")
if(TARGET gilpy-bin)
  list(APPEND DOCS_HELP_ARGS --gilpy $<TARGET_FILE:gilpy-bin>)
endif()
if(TARGET gilbench)
  list(APPEND DOCS_HELP_ARGS --gilbench $<TARGET_FILE:gilbench>)
endif()
add_test(NAME docs/links
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/docs/check_links.py
                 --root ${CMAKE_SOURCE_DIR} ${DOCS_HELP_ARGS})
set_tests_properties(docs/links PROPERTIES TIMEOUT 60 LABELS docs)
