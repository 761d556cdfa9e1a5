# One SQL Server instance: SSL turned on in its next maintenance window, and the certificate
# renewed 30 days before it expires.
#
#   bin/sslform -chdir=examples/basic validate
#   bin/sslform -chdir=examples/basic plan -var endpoint=http://127.0.0.1:9000   # against a local mockcloud
#   bin/sslform -chdir=examples/basic plan -var instance_id=mssql-xxxxxxxx       # against the real cloud
#
# Keys come from TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (mockcloud's default pair is
# AKIDmockcloud / mockcloud-secret).

variable "endpoint" {
  type        = string
  description = "Where the API is: unset for the real Tencent Cloud, http://127.0.0.1:9000 for a local mockcloud."
  default     = null
}

variable "region" {
  type    = string
  default = "ap-guangzhou"
}

variable "instance_id" {
  type        = string
  description = "The SQL Server instance: the primary, not a read-only replica (replicas follow it)."
  default     = "mssql-demo0001" # the primary that examples/demo/seed.yaml creates in mockcloud

  validation {
    condition     = can(regex("^mssql-[a-z0-9]+$", var.instance_id))
    error_message = "The instance_id must look like mssql-j8kv137v: a primary, not a replica (mssqlro-...)."
  }
}

provider "tencentcloud" {
  region   = var.region
  endpoint = var.endpoint
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id       = var.instance_id
  encryption        = "enable" # or "disable"
  wait_switch       = 1        # 0 = now, 1 = in the instance's next maintenance window
  renew_before_days = 30       # renew when the certificate expires sooner

  timeouts {
    create = "30m" # how long apply waits for a change made now (wait_switch = 0)
  }
}
