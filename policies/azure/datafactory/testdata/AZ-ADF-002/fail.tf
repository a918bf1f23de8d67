resource "azurerm_data_factory" "by_default" { # want: AZ-ADF-002 col 1
  name                = "adf-default"
  location            = "swedencentral"
  resource_group_name = "rg"
}
