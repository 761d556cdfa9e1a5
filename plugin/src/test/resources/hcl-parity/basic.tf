provider "tencentcloud" {
  region   = "ap-guangzhou"
  endpoint = "http://127.0.0.1:9000" # leave out to reach the real cloud
}

variable "instances" {
  type        = map(string)
  default     = { orders = "mssql-j8kv137v", billing = "mssql-0000001" }
  description = "Instances to protect"
  validation {
    condition     = length(var.instances) > 0
    error_message = "At least one instance is needed."
  }
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  for_each          = var.instances
  instance_id       = each.value
  encryption        = "enable"
  wait_switch       = 1
  renew_before_days = 30
  timeouts {
    create = "30m"
  }
  lifecycle {
    prevent_destroy = true
  }
}

data "tencentcloud_sqlserver_instances" "all" {
  zone = "ap-guangzhou-3"
}

output "ids" {
  value = [for k, v in tencentcloud_sqlserver_db_instance_ssl_config.orders : v.id]
}
