resource "azurerm_log_analytics_workspace" "bad" {
  name                = "workspace-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "PerGB2018"
  internet_ingestion_enabled = false # want: AZ-LOG-002 col 32
}

resource "azurerm_log_analytics_workspace" "by_default" { # want: AZ-LOG-002 col 1
  name                       = "workspace-default"
  location                   = "swedencentral"
  resource_group_name        = "rg"
  sku                        = "PerGB2018"
  internet_ingestion_enabled = false
}
