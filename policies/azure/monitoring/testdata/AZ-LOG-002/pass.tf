variable "setting" {
  type = bool
}

resource "azurerm_log_analytics_workspace" "good" {
  name                = "workspace-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "PerGB2018"
  internet_ingestion_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_log_analytics_workspace" "unknown" {
  name                = "workspace-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "PerGB2018"
  internet_ingestion_enabled = var.setting
}
