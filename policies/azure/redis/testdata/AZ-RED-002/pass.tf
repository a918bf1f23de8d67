variable "setting" {
  type = string
}

resource "azurerm_redis_cache" "good" {
  name                = "redis-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}

# Not set: the default passes.
resource "azurerm_redis_cache" "by_default" {
  name                = "redis-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

# An input without a default: unknown, so not reported.
resource "azurerm_redis_cache" "unknown" {
  name                = "redis-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = var.setting
}
