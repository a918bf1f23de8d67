variable "setting" {
  type = bool
}

resource "azurerm_mysql_flexible_server" "good" {
  name                = "mysql-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "8.0.21"
  sku_name            = "GP_Standard_D2s_v3"
  public_network_access_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_mysql_flexible_server" "unknown" {
  name                = "mysql-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "8.0.21"
  sku_name            = "GP_Standard_D2s_v3"
  public_network_access_enabled = var.setting
}

# Private access: injected into a delegated subnet.
resource "azurerm_mysql_flexible_server" "injected" {
  name                = "mysql-injected"
  location            = "swedencentral"
  resource_group_name = "rg"
  delegated_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db"
  private_dns_zone_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/db.private.mysql.database.azure.com"
  public_network_access_enabled = false
}
