# Every primary whose name contains var.name_filter gets SSL through one local module,
# modules/ssl, called once per instance with for_each.
#
#   bin/sslform -chdir=examples/modules validate
#   bin/sslform -chdir=examples/modules plan -var endpoint=http://127.0.0.1:9000
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

# The child module inherits this default provider configuration, as in Terraform.
provider "tencentcloud" {
  region   = "ap-guangzhou"
  endpoint = var.endpoint
}

data "tencentcloud_sqlserver_instances" "fleet" {
  name          = var.name_filter
  instance_type = "HA" # primaries only: read-only replicas follow their primary's SSL setting
}

module "ssl" {
  source   = "./modules/ssl"
  for_each = toset(data.tencentcloud_sqlserver_instances.fleet.ids)

  instance_id       = each.key
  renew_before_days = 30
}

output "certificates" {
  description = "Each instance's certificate validity, by instance id."
  value       = { for id, m in module.ssl : id => m.ssl_validity_period }
}
