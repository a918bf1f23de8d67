variable "setting" {
  type = bool
}

resource "azurerm_application_insights" "good" {
  name                = "components-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  application_type    = "web"
  workspace_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"
  internet_ingestion_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_application_insights" "unknown" {
  name                = "components-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  application_type    = "web"
  workspace_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"
  internet_ingestion_enabled = var.setting
}
