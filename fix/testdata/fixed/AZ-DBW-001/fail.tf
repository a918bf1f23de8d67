resource "azurerm_databricks_workspace" "bad" {
  name                = "dbw-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"
  public_network_access_enabled = false # want: AZ-DBW-001 col 35
}

resource "azurerm_databricks_workspace" "by_default" { # want: AZ-DBW-001 col 1
  name                          = "dbw-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  sku                           = "premium"
  public_network_access_enabled = false
}
