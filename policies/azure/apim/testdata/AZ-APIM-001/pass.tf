variable "setting" {
  type = string
}

resource "azurerm_api_management" "good" {
  name                = "apim-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"
  virtual_network_type = "Internal"
}

# An input without a default: unknown, so not reported.
resource "azurerm_api_management" "unknown" {
  name                = "apim-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"
  virtual_network_type = var.setting
}

resource "azurerm_api_management" "consumption" {
  name                = "apim-consumption"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Consumption_0"
}
