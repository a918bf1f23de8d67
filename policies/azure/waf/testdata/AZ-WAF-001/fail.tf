resource "azurerm_application_gateway" "bad" {
  name                = "agw-bad"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2" # want: AZ-WAF-001 col 16
    capacity = 2
  }
}
