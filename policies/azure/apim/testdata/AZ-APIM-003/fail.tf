resource "azurerm_api_management" "bad" {
  name                = "apim-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"

  security {
    frontend_tls10_enabled = true # want: AZ-APIM-003 col 30
  }
}

resource "azurerm_api_management" "v3" {
  name                = "apim-v3"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"

  security {
    enable_backend_tls11 = true # want: AZ-APIM-003 col 28
  }
}
