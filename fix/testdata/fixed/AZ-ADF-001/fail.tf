resource "azurerm_data_factory" "bad" {
  name                = "adf-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  public_network_enabled = false # want: AZ-ADF-001 col 28
}

resource "azurerm_data_factory" "by_default" { # want: AZ-ADF-001 col 1
  name                   = "adf-default"
  location               = "swedencentral"
  resource_group_name    = "rg"
  public_network_enabled = false
}
