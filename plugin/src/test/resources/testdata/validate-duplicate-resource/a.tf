resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id = "mssql-j8kv137v"
  encryption  = "enable"
}
