a = 1
b = -1
c = !true
d = 1.50
e = 123456789012345678901234567890
f = 1e3
g = 0.000
h = null
i = true
j = [1, 2, "three", var.z,]
k = { a = 1, "b" = 2, (var.k) = 3 }
l = {
  x = 1
  y = "two"
  z = [
    1,
    2,
  ]
}
m = [for x in y : x if x > 1]
n = {for k, v in m : k => v...}
o = a.b[0].c[*].d
p = a.*.b
q = f(a...)
r = x ? "y" : z
s = 1 + 2 * 3 - 4 / 5 % 6
t = a == b && c != d || !e
u = (1 + 2) * 3
v = -x
w = a.0
x = upper("x")
y = merge({a = 1}, {b = 2})
z = var.list[count.index]
aa = data.tencentcloud_sqlserver_instances.all.instance_list[0].instance_id
ab = tencentcloud_x.y["key"].id
ac = a < b ? a >= c : a <= b
ad = each.key
ae = {
  "quoted key" = 1
  nested = { deeper = { deepest = [1, [2, [3]]] } }
}
af = [
  for i, v in var.list :
  upper(v)
]
ag = length(
  concat(
    [1],
    [2],
  )
)
ah = try(var.a.b, "fallback")
ai = var.m["k"]
aj = local.x[*]
ak = a.b.*.c
