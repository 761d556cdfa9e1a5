variable "instance" {
  default = "mssql-j8kv137v"
}

locals {
  prefix = "prod"
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id = var.instanse
  encryption  = local.mode
  cmk_id      = data.tencentcloud_sqlserver_instances.missing.ids[0]
  cmk_region  = each.key
  is_kms      = count.index
}

output "name" {
  value = tencentcloud_sqlserver_db_instance_ssl_config.order.id
}

output "scope" {
  value = vars.instance
}
