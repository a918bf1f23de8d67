resource "azurerm_application_insights" "by_default" { # want: AZ-LOG-005 col 1
  name                = "appi-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  application_type    = "web"
}
