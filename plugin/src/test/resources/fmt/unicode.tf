locals {
  name = "häßlich"
  ü = 1
  emoji = "😀" # smile
  x = 2 # x
}
