resource "azurerm_api_management" "identity" {
  name                = "apim-identity"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"

  identity {
    type = "SystemAssigned"
  }
}
