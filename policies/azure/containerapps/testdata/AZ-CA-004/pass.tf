variable "setting" {
  type = bool
}

resource "azurerm_container_app_environment" "good" {
  name                = "cae-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  infrastructure_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
  internal_load_balancer_enabled = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_container_app_environment" "unknown" {
  name                = "cae-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  infrastructure_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
  internal_load_balancer_enabled = var.setting
}

resource "azurerm_container_app_environment" "private" {
  name                  = "cae-private"
  location              = "swedencentral"
  resource_group_name   = "rg"
  public_network_access = "Disabled"
}
