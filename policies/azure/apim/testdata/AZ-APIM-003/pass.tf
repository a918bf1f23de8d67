variable "setting" {
  type = bool
}

resource "azurerm_api_management" "good" {
  name                = "apim-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"

  security {
    frontend_tls10_enabled = false
  }
}

# Not set: the default passes.
resource "azurerm_api_management" "by_default" {
  name                = "apim-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"

  security {
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_api_management" "unknown" {
  name                = "apim-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"

  security {
    frontend_tls10_enabled = var.setting
  }
}
