# Two provider configurations: the default one (Guangzhou, keys from TENCENTCLOUD_SECRET_ID and
# TENCENTCLOUD_SECRET_KEY) and "sh" (Shanghai, another account's keys). Each resource names the
# configuration it is managed with; one without provider = uses the default.
#
#   bin/sslform -chdir=examples/multi-region validate
#   bin/sslform -chdir=examples/multi-region plan -var endpoint=http://127.0.0.1:9000 \
#       -var sh_secret_id=AKIDteamb -var sh_secret_key=team-b-secret    # against a local mockcloud

variable "endpoint" {
  type        = string
  description = "Where the API is: unset for the real Tencent Cloud, http://127.0.0.1:9000 for a local mockcloud."
  default     = null
}

variable "sh_secret_id" {
  type        = string
  description = "The Shanghai account's SecretId."
  sensitive   = true
}

variable "sh_secret_key" {
  type        = string
  description = "The Shanghai account's SecretKey."
  sensitive   = true
}

provider "tencentcloud" {
  region   = "ap-guangzhou"
  endpoint = var.endpoint
}

provider "tencentcloud" {
  alias      = "sh"
  region     = "ap-shanghai"
  endpoint   = var.endpoint
  secret_id  = var.sh_secret_id
  secret_key = var.sh_secret_key
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "guangzhou" {
  instance_id = "mssql-gz000001"
  encryption  = "enable"
}

# The Shanghai account's primaries, read with the "sh" configuration.
data "tencentcloud_sqlserver_instances" "shanghai" {
  provider      = tencentcloud.sh
  instance_type = "HA"
}

resource "tencentcloud_sqlserver_db_instance_ssl_config" "shanghai" {
  provider    = tencentcloud.sh
  for_each    = toset(data.tencentcloud_sqlserver_instances.shanghai.ids)
  instance_id = each.value
  encryption  = "enable"
}
