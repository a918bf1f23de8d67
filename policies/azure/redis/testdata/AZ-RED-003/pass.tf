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
  public_network_access_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_redis_cache" "unknown" {
  name                = "redis-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  public_network_access_enabled = var.setting
}

# Injected into a subnet: private.
resource "azurerm_redis_cache" "injected" {
  name                = "redis-injected"
  location            = "swedencentral"
  resource_group_name = "rg"
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/redis"
}
