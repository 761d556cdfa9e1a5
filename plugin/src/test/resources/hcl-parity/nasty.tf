/* a comment before anything */ locals { # comment after brace
  nested_templates = "a${"b${"c${var.d}c"}b"}a"
  interp_heredoc   = "x${<<EOT
inside
EOT
}y"
  for_if           = "%{ for i, v in var.l }%{ if i > 0 }, %{ endif }${v}%{ endfor }"
  mixed_seps       = { a = 1, b = 2
    c = 3,
    d = 4 }
  trailing         = [1, 2, 3, ]
  call_trailing    = max(1, 2, 3, )
  unicode_ident    = var.ünïcödé
  emoji            = "🔒 ${var.name} 🔑"
  escapes_in_interp = "${replace(var.s, "\"", "\\\"")}"
  empty_obj        = {}
  empty_tuple      = []
  neg_float        = -0.5
  exp              = 2.5e-3
  big_exp          = 1E10
  deep_index       = a[0][1]["x"].y[*].z
  not_not          = !!true
  cond_chain       = a ? b : c ? d : e
  paren_cond       = (a ? b : c)
  arith_mixed      = -a * -b + !c
  splat_index      = var.list[*].id[0]
  obj_in_list      = [{ a = 1 }, { b = [2, { c = 3 }] }]
  colon_obj        = { a : 1, "b" : 2 }
  template_only_if = "%{if var.x}${var.y}%{endif}"
  percent_literal  = "100%"
  dollar_literal   = "$5 and $ {x}"
  heredoc_interp_strip = <<-EOT
    %{~ for x in var.l ~}
    - ${x}
    %{~ endfor ~}
  EOT
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "x" /* between label and brace */ {
  instance_id = "mssql-${count.index}" // trailing
  count       = 3 # c
}

block_without_labels {}
