terraform {
  required_version = ">= 1.10"
  required_providers {
    tencentcloud = {
      source  = "tencentcloudstack/tencentcloud"
      version = "~> 2.0"
    }
  }
  cloud {
    organization = "acme"
  }
}
