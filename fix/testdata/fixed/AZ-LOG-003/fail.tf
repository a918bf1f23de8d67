resource "azurerm_application_insights" "bad" {
  name                = "components-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  application_type    = "web"
  workspace_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"
  local_authentication_disabled = true # want: AZ-LOG-003 col 35
}

resource "azurerm_application_insights" "by_default" { # want: AZ-LOG-003 col 1
  name                          = "components-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  application_type              = "web"
  workspace_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law"
  local_authentication_disabled = true
}
