resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id = "mssql-1"
  encryption  = "enable"
  lifecycle {
    ignore_changes = [encryptoin, ssl_validity]
    precondition {
      condition = true
    }
    postcondition {
      condition     = self.encryption == "enable"
      error_message = "SSL must be on."
      severity      = "warning"
    }
  }
}

check "renewal" {
  assert {
    condition     = tencentcloud_sqlserver_db_instance_ssl_config.orders.renew_before_days >= 30
    error_message = "Renew a month ahead."
  }
}

check "empty" {
}
