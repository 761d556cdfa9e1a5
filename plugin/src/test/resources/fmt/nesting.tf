module "m" {
  source = "./mod"
  value = foo(bar(baz({
    a = 1
  })))
  list = [[
    1,
  ],
  ]
  weird = [
    1, 2]
  x = 3
}
