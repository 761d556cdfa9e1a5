a = 1
bb = 2 # c
# x
