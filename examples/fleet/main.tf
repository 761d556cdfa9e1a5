# Every primary whose name contains var.name_filter: SSL on, now, and each certificate renewed
# 30 days before it expires. New instances that match join on the next plan.
#
#   bin/sslform -chdir=examples/fleet plan -var endpoint=http://127.0.0.1:9000
#   bin/sslform -chdir=examples/fleet plan -var name_filter=prod-       # against the real cloud
#
# Keys come from TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY.

variable "endpoint" {
  type        = string
  description = "Unset for the real Tencent Cloud; http://127.0.0.1:9000 for a local mockcloud."
  default     = null
}

variable "name_filter" {
  type        = string
  description = "Part of the instance name (the API's InstanceNameSet is a fuzzy match)."
  default     = "prod-"
}

provider "tencentcloud" {
  region   = "ap-guangzhou"
  endpoint = var.endpoint
}

data "tencentcloud_sqlserver_instances" "fleet" {
  name          = var.name_filter
  instance_type = "HA" # primaries only: read-only replicas follow their primary's SSL setting
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "fleet" {
  for_each = toset(data.tencentcloud_sqlserver_instances.fleet.ids)

  instance_id       = each.key
  encryption        = "enable"
  wait_switch       = 0  # now; set 1 to wait for each instance's own maintenance window
  renew_before_days = 30 # renew every certificate that expires within 30 days
}

output "instances" {
  value = data.tencentcloud_sqlserver_instances.fleet.ids
}
