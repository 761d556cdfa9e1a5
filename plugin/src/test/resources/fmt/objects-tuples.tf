locals {
  tags = {
      Name = "orders"
    Environment    = "prod"
    "quoted key" = true
    nested = { a = 1, b = [1,2,3] }
  }
  list = [
  "a",
      "b",
    "c"
  ]
  compact = {a=1,b=2}
  empty_obj = { }
  empty_list = [ ]
  mixed = [{
    a = 1
  }, {
    b = 2
  }]
  deep = { a = { b = { c = [ 1, [ 2, 3 ] ] } } }
  multi = merge(
    local.tags,
      {
        Extra = "x"
      },
  )
  colon_obj = { a: 1, "b": 2 }
}
