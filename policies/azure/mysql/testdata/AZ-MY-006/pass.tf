variable "setting" {
  type = bool
}

resource "azurerm_mysql_flexible_server" "good" {
  name                = "mysql-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "8.0.21"
  sku_name            = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_mysql_flexible_server" "unknown" {
  name                = "mysql-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "8.0.21"
  sku_name            = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = var.setting
}
