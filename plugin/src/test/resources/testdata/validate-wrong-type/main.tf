resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id        = ["mssql-j8kv137v"]
  encryption         = "enable"
  wait_switch        = "later"
  disable_on_destroy = "maybe"
}

resource "tencentcloud_sqlserver_maintenance_window" "w" {
  instance_id = "mssql-j8kv137v"
  weekly      = "weekends"
  start_time  = "03:00"
  span        = 2
}
