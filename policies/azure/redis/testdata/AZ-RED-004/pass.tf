variable "setting" {
  type = bool
}

resource "azurerm_redis_cache" "good" {
  name                = "redis-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  access_keys_authentication_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_redis_cache" "unknown" {
  name                = "redis-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  access_keys_authentication_enabled = var.setting
}
