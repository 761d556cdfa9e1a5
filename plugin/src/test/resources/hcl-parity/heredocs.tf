a = <<EOT
hello
  world ${var.x}
EOT
b = <<-EOT
    x
  
      y ${z}
  w
  EOT
c = <<EOT
  raw $${lit} %%{x}
EOT
d = <<-EOF
	tabbed
	  more
	EOF
e = <<-EOT
  first
 
    third
  EOT
f = <<EOT
%{ for s in var.list ~}
item ${s}
%{ endfor ~}
EOT
g = <<-EOT
${var.start} at line start
    indented
    EOT
h = <<EOT
EOT
i = [<<EOT
in a list
EOT
, "after"]
