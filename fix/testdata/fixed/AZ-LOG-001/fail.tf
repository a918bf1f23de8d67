resource "azurerm_log_analytics_workspace" "bad" {
  name                = "workspace-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "PerGB2018"
  local_authentication_disabled = true # want: AZ-LOG-001 col 35
}

resource "azurerm_log_analytics_workspace" "by_default" { # want: AZ-LOG-001 col 1
  name                          = "workspace-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  sku                           = "PerGB2018"
  local_authentication_disabled = true
}
