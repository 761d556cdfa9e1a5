provider "tencentcloud" {
  alias  = "sh"
  region = "ap-shanghai"
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "orders" {
  instance_id = "mssql-1"
  encryption  = "enable"
  provider    = tencentcloud.sh
  lifecycle {
    create_before_destroy = true
  }
}

module "m" {
  source  = "./m"
  version = "1.0.0"
}
