a = "x${y"
