# test_disturb: the disturbance review's criteria on synthetic blocks
# (harness/session/disturb.c).
target_link_libraries(test_disturb PRIVATE gbharness)
