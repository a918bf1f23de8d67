resource "azurerm_redis_cache" "bad" {
  name                = "redis-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2" # want: AZ-RED-002 col 25
}

resource "azurerm_redis_cache" "bad1" {
  name                = "redis-bad1"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2" # want: AZ-RED-002 col 25
}
