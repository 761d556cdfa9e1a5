resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id = "mssql-j8kv137v"
  encrytion   = "enable"
  wait_swich  = 1
  timeouts = {
    create = "30m"
  }
  lifecycle {
    prevent_destroi = true
  }
}
