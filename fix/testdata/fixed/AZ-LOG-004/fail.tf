resource "azurerm_application_insights" "bad" {
  name                = "components-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  application_type    = "web"
  workspace_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"
  internet_ingestion_enabled = false # want: AZ-LOG-004 col 32
}

resource "azurerm_application_insights" "by_default" { # want: AZ-LOG-004 col 1
  name                       = "components-default"
  location                   = "swedencentral"
  resource_group_name        = "rg"
  application_type           = "web"
  workspace_id               = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"
  internet_ingestion_enabled = false
}
