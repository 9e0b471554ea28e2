# test_eta: the suite's time-left estimate on synthetic durations
# (harness/session/eta.c).
target_link_libraries(test_eta PRIVATE gbharness)
