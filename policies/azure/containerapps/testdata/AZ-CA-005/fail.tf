resource "azurerm_container_app_environment" "by_default" { # want: AZ-CA-005 col 1
  name                = "cae-default"
  location            = "swedencentral"
  resource_group_name = "rg"
}
