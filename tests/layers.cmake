# The layers on disk (harness/README.md): no folder includes a header of a
# layer above it, and the harness's modules have no dependency cycle.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME layers/check COMMAND ${Python3_EXECUTABLE}
           ${CMAKE_CURRENT_SOURCE_DIR}/layers/check_layers.py ${CMAKE_SOURCE_DIR})
endif()
