variable "setting" {
  type = string
}

resource "azurerm_application_insights" "good" {
  name                = "appi-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  application_type    = "web"
  workspace_id        = azurerm_log_analytics_workspace.law.id
}

# An input without a default: unknown, so not reported.
resource "azurerm_application_insights" "unknown" {
  name                = "appi-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  application_type    = "web"
  workspace_id        = var.setting
}
