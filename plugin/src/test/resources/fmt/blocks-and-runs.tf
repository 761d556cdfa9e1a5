resource "tencentcloud_sqlserver_db_instance_ssl_config" "a" {
  instance_id = "mssql-1"
  encryption = "enable"
  count = 2
  depends_on = [tencentcloud_sqlserver_db_instance_ssl_config.b]
  timeouts {
    create = "10m"
    delete_something_long = "5m"
  }
  wait_switch = 1
  lifecycle { prevent_destroy = true }
  for_each = toset(["a", "b"])
}
resource "tencentcloud_sqlserver_maintenance_window" "w" {
  instance_id                = "mssql-1"
  maintenance_start_time = "03:00"
  maintenance_time_span = 2
  weekly = [1, 2,
    3]
  after_multi_line_tuple_end = true
}
output "o" {
  value = {
    a = 1
  }["a"]
  sensitive = true
}
