resource "x" "y" {
  script = <<EOT
  keep    this   spacing
    and this ${ var.name }
%{ if var.x }yes%{ endif }
EOT
  indented = <<-EOT
      indented heredoc
        more
      EOT
  after = 1
  short_name = "s"
}

locals {
  a   = <<EOF
hello
EOF
  bbb = 2
  list = [<<EOF
in a list
EOF
  , "b"]
  call = format(<<EOF
%s
EOF
    , "x")
}
