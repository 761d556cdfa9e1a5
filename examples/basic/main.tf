# One SQL Server instance with SSL turned on in its next maintenance window and the
# certificate renewed 30 days before it expires. Validate with:
#   bin/sslform -chdir=examples/basic validate

provider "tencentcloud" {
  region   = "ap-guangzhou"
  endpoint = "http://127.0.0.1:9000" # leave out to reach the real cloud
}                                     # keys from TENCENTCLOUD_SECRET_ID / _SECRET_KEY

variable "instance_id" {
  type        = string
  description = "The SQL Server instance to protect."
  default     = "mssql-j8kv137v"

  validation {
    condition     = can(regex("^mssql-[a-z0-9]+$", var.instance_id))
    error_message = "instance_id must look like mssql-j8kv137v."
  }
}

resource "tencentcloud_sqlserver_maintenance_window" "orders" {
  instance_id = var.instance_id
  weekly      = [6, 7]   # Saturday and Sunday
  start_time  = "03:00"
  span        = 2
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id       = var.instance_id
  encryption        = "enable"         # or "disable"
  wait_switch       = 1                # 0 = now, 1 = in the next maintenance window
  renew_before_days = 30               # renew when the certificate expires sooner

  timeouts {
    create = "2h"
  }
}

output "certificate_expires" {
  value = tencentcloud_sqlserver_db_instance_ssl_config.orders.ssl_validity_period
}
