# The loopback server (harness/server.c) as a small static library, for
# test_server; harness/CMakeLists.txt (added before tests/) may define it first.
if(NOT TARGET gbserver)
  add_library(gbserver STATIC ${CMAKE_SOURCE_DIR}/harness/server.c)
  target_include_directories(gbserver PUBLIC ${CMAKE_SOURCE_DIR}/harness)
  target_link_libraries(gbserver PUBLIC Threads::Threads m)
endif()
target_link_libraries(test_server PRIVATE gbserver)
