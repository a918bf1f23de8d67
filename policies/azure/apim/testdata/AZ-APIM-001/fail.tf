resource "azurerm_api_management" "bad" {
  name                = "apim-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"
  virtual_network_type = "None" # want: AZ-APIM-001 col 26
}

resource "azurerm_api_management" "by_default" { # want: AZ-APIM-001 col 1
  name                = "apim-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"
}
