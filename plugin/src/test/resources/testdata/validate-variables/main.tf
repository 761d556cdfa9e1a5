variable "days" {
  type = number
  validation {
    condition     = var.days >= 0 && var.days <= 60
    error_message = "days must be between 0 and 60."
  }
}

variable "ids" {
  type = list(string)
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "ssl" {
  count             = length(var.ids)
  instance_id       = var.ids[count.index]
  encryption        = "enable"
  renew_before_days = var.days
}
