resource "azurerm_redis_cache" "bad" {
  name                = "redis-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  access_keys_authentication_enabled = true # want: AZ-RED-004 col 40
}

resource "azurerm_redis_cache" "by_default" { # want: AZ-RED-004 col 1
  name                = "redis-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}
