resource "azurerm_container_app_environment" "bad" {
  name                = "cae-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  infrastructure_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
  internal_load_balancer_enabled = false # want: AZ-CA-004 col 36
}

resource "azurerm_container_app_environment" "by_default" { # want: AZ-CA-004 col 1
  name                = "cae-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  infrastructure_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aca"
}
