provider "tencentcloud" {
  region = "ap-guangzhou"
}

variable "instances" {
  type    = set(string)
  default = ["mssql-a", "mssql-b"]
}

locals {
  renew = 30
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "ssl" {
  for_each          = var.instances
  instance_id       = each.value
  encryption        = "enable"
  wait_switch       = 1
  renew_before_days = local.renew
  timeouts {
    create = "45m"
  }
  lifecycle {
    prevent_destroy = true
  }
}

output "first" {
  value = "${tencentcloud_sqlserver_db_instance_ssl_config.ssl["mssql-a"].instance_id}-ok"
}
