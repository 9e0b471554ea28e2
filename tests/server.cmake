# test_server drives the loopback server library (harness/server/) and
# test_steal the harness's /proc/stat reader (harness/engine/measure.c).
target_link_libraries(test_server PRIVATE gbserver)
target_link_libraries(test_steal PRIVATE gbharness)
