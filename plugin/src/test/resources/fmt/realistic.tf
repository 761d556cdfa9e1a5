terraform {
required_version=">= 1.5"
  backend "pg" {
  conn_str="postgres://localhost/sslform"
      schema_name = "sslform"
  }
}
variable "endpoint" {
  type=string
  default=null
  description = "mockcloud or the real API"
}
variable "instances" {
type = map(object({
  encryption = string
      wait_switch = optional(number, 0)
}))
}
provider "tencentcloud" {
 region   =   "ap-guangzhou"
 endpoint=var.endpoint
 rate_limit = 20 # calls per second
}
data "tencentcloud_sqlserver_instances" "fleet" {
  name = "orders-"   # prefix
}
resource "tencentcloud_sqlserver_db_instance_ssl_config" "this" {
for_each = { for k, v in var.instances : k => v if v.encryption != "" }
  instance_id = each.key
  encryption = each.value.encryption
  wait_switch = each.value.wait_switch
  lifecycle {
    ignore_changes = [ wait_switch ]
    precondition {
      condition = contains(["enable","disable"],each.value.encryption)
      error_message = "encryption must be enable or disable, not ${each.value.encryption}."
    }
  }
}
resource "tencentcloud_sqlserver_maintenance_window" "w" {
  count = length(data.tencentcloud_sqlserver_instances.fleet.ids)>0?1:0
  instance_id = data.tencentcloud_sqlserver_instances.fleet.ids[count.index]
  weekly = [1,2,3,4,5]
  start_time = "03:00"
  span = 2
}
output "expiry" {
  value = { for k, r in tencentcloud_sqlserver_db_instance_ssl_config.this : k => r.ssl_validity_period }
  description="When each certificate expires"
}
