locals {
  ids   = tolsit(["a"])
  upper = uppercase("x")
  fmt   = format("%d", "x")
  bad   = timeadd("2024-01-01T00:00:00Z", "1 day")
}
