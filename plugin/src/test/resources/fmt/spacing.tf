resource   "tencentcloud_sqlserver_db_instance_ssl_config"    "orders"   {
	instance_id   =   "mssql-1"   
    encryption="enable"
	  wait_switch =0
lifecycle{
prevent_destroy=true
}
    empty_block {}
    one_line { a = 1 }
}



terraform {
        required_version = ">= 1.0"
}
  
