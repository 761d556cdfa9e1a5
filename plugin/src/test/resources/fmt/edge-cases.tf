locals {
  num = 1e10 + 1.5E-3 - 5-3
  dashed-name = foo-bar
  choose = var.x ? [
    1,
  ] : []
  after_cond = 1
  unbalanced = [1,
  2]
  idx_paren = (var.a)[0]
  neg_after_kw = [for x in var.l : -x]
  neg_after_arrow = {for k, v in var.m : k => -v}
  bang_paren = !(var.a && var.b)
  strip_ctl = "%{~ if var.a ~}x%{~ endif ~}"
  obj_in_tuple = [{a=1},{b=2}]
  call_multi = f(a,
    b,
  c)
  "quoted_attr_key" = 1
  splat_full = var.list[*]
  legacy = var.list.0.name
  mod = 10%3
  conditional_nested = a ? b ? 1 : 2 : 3
  empty_str = ""
  space_before_comma = [1 , 2 ,3]
}

block "a" "b" {}
block_no_label {
}
block  a  b  { x = 1 }
