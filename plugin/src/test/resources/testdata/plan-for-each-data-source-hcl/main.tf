# SSL on for every production HA instance, in the maintenance window.
data "tencentcloud_sqlserver_instances" "prod" {
  name          = "prod-"
  instance_type = "HA"
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "prod" {
  for_each    = { for i in data.tencentcloud_sqlserver_instances.prod.instance_list : i.instance_id => i }
  instance_id = each.key
  encryption  = "enable"
  wait_switch = 1
}
