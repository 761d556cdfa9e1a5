locals {
  upper = [for s in var.list : upper(s)]
  tight = [for s in var.list: upper(s) if s!=""]
  obj = {for k,v in var.map : k=>v}
  grouped = {for k, v in var.map : v => k...}
  literal_tuple = [for x in [1,2]: x*2]
  multi = {
    for name, inst in var.instances :
    name => inst.id
    if inst.enabled
  }
  nested = [for a in var.a : [for b in var.b : "${a}-${b}"]]
}
