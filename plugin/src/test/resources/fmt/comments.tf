# Leading comment
// Another style
/* block comment */

provider "tencentcloud" { # trailing on a block header
  region = "ap-guangzhou" # the region
  endpoint = var.endpoint    // the endpoint
  # comment inside
  secret_id = var.id /* inline */
}

locals {
  a = 1 # one
  bbbb = 22 # two
  cc = { # opens
    x = 1 # inner
  } # closes
  /* multi
     line */
  d = 4
  e = [
    1, # first
    2, # second
    30000, # third
  ]
}
/* trailing block comment */ # and a line comment
