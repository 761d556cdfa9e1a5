# SSL on one SQL Server instance, now, with its certificate renewed before it expires.

variable "instance_id" {
  type        = string
  description = "The SQL Server primary (mssql-…)."

  validation {
    condition     = can(regex("^mssql-[a-z0-9]+$", var.instance_id))
    error_message = "The instance_id must look like mssql-j8kv137v: a primary, not a replica (mssqlro-...)."
  }
}

variable "renew_before_days" {
  type    = number
  default = 30
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "this" {
  instance_id       = var.instance_id
  encryption        = "enable"
  wait_switch       = 0
  renew_before_days = var.renew_before_days
}

output "ssl_validity_period" {
  value = tencentcloud_sqlserver_db_instance_ssl_config.this.ssl_validity_period
}
