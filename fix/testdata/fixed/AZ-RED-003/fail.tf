resource "azurerm_redis_cache" "bad" {
  name                = "redis-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  public_network_access_enabled = false # want: AZ-RED-003 col 35
}

resource "azurerm_redis_cache" "by_default" { # want: AZ-RED-003 col 1
  name                          = "redis-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}
