resource "azurerm_redis_cache" "bad" {
  name                = "redis-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  non_ssl_port_enabled = true # want: AZ-RED-001 col 26
}

resource "azurerm_redis_cache" "v3" {
  name                = "redis-v3"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true # want: AZ-RED-001 col 25
}
