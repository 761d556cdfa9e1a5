resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id = "mssql-j8kv137v"
  encryption  = "enable"

resource "tencentcloud_sqlserver_db_instance_ssl_config" "billing" {
  instance_id = "mssql-0000001"
  encryption  = "enable"
}
