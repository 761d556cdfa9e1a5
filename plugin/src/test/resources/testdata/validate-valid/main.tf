provider "tencentcloud" {
  region = "ap-guangzhou"
}

variable "from_env" {
  type = string
}

data "tencentcloud_sqlserver_instances" "prod" {
  name = "prod-"
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "all" {
  for_each          = toset(data.tencentcloud_sqlserver_instances.prod.ids)
  instance_id       = each.key
  encryption        = "enable"
  wait_switch       = 1
  renew_before_days = 30
}
