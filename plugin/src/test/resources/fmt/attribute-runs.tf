variable "region" {
type = string
default = "ap-guangzhou"
description="The region"
}

locals {
a = 1
bbbbbbbb = 2

ccc = 3
dd   =    4
# a comment-only line breaks the run
eeeeeeeeeee = 5
f = 6
nested {
x = 1
}
yyyyyyy = 7
z = {
k = 1
longer_key = 2
}
after_object = 8
}
