locals {
  sum = 1+2*3-4/5%6
  neg = -1
  neg2 = 3 - -1
  neg3 = [-1, - 2]
  paren = ( 1 + 2 ) * -(3)
  cmp = a==b&&c!=d||!e
  rel = x<y && x<=y && x>y && x>=y
  cond = var.enabled?"yes":"no"
  cond_multi = (
    var.enabled
    ? "on"
    : "off"
  )
  call = max( 1,2 , 3 )
  spread = min(var.list ...)
  index = var.list [ 0 ]
  attr = var.obj . name
  splat = var.items[*].id
  splat2 = var.items.*.id
  idx2 = var.m["k"][0]
  not = ! var.flag
  call_idx = element(var.l, 0)[1]
}
