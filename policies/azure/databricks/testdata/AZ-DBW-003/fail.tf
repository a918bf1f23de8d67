resource "azurerm_databricks_workspace" "by_default" {
  name                = "dbw-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"

  custom_parameters { # want: AZ-DBW-003 col 3
    no_public_ip = true
  }
}
