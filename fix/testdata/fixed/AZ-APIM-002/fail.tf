resource "azurerm_api_management" "bad" {
  name                = "apim-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"
  public_network_access_enabled = false # want: AZ-APIM-002 col 35
}

resource "azurerm_api_management" "by_default" { # want: AZ-APIM-002 col 1
  name                          = "apim-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  publisher_name                = "Fabrikam"
  publisher_email               = "api@fabrikam.example"
  sku_name                      = "Developer_1"
  public_network_access_enabled = false
}
