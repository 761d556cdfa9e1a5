locals {
  simple = "hello ${ var.name }!"
  strip = "${~ var.a ~}"
  directive = "%{ if var.enabled }on%{ else }off%{ endif }"
  loop = "%{ for x in var.list }${ x },%{ endfor }"
  escaped = "$${not} %%{this} \"quoted\" \\ \n"
  nested = "${ join(",", [for s in var.l : "${s}x"]) }"
  obj_interp = "${ {a=1}.a }"
  two = "${a}${b}"
  only = "${var.x}"
}
