variable "setting" {
  type = bool
}

resource "azurerm_postgresql_flexible_server" "good" {
  name                = "postgresql-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_postgresql_flexible_server" "unknown" {
  name                = "postgresql-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = var.setting
}
