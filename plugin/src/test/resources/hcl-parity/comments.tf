# hash comment at the top
// slash comment
/* block
   comment */
resource "a" "b" { # after open brace
  x = 1 # after value
  /* before attribute */ y = 2
  z = [ // inside a list
    1, # one
    /* two */ 2,
  ]
  // nested block next
  nested {
    w = "#not a comment"
    v = "// nor this"
    u = "/* nor this */"
  }
  nested { y = 3 }
}
resource "a" "c" {}
resource "a" "d" {
}
terraform {
  required_version = ">= 1.5"
}
