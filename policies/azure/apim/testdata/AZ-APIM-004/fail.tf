resource "azurerm_api_management" "bad" {
  name                = "apim-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"

  security {
    triple_des_ciphers_enabled = true # want: AZ-APIM-004 col 34
  }
}
