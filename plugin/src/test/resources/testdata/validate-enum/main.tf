resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id       = "mssql-j8kv137v"
  encryption        = "on"
  wait_switch       = 2
  is_kms            = 1
  renew_before_days = -5
  timeouts {
    create = "half an hour"
  }
}

resource "tencentcloud_sqlserver_maintenance_window" "w" {
  instance_id = "mssql-j8kv137v"
  weekly      = [0, 1, 8]
  start_time  = "3pm"
  span        = 25
}
