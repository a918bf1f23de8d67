variable "setting" {
  type = bool
}

resource "azurerm_databricks_workspace" "good" {
  name                = "dbw-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"
  public_network_access_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_databricks_workspace" "unknown" {
  name                = "dbw-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"
  public_network_access_enabled = var.setting
}
