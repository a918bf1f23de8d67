variable "setting" {
  type = string
}

resource "azurerm_container_app_environment" "good" {
  name                = "cae-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  infrastructure_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
}

# An input without a default: unknown, so not reported.
resource "azurerm_container_app_environment" "unknown" {
  name                = "cae-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  infrastructure_subnet_id = var.setting
}
