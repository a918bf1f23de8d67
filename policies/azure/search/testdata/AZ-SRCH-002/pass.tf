variable "local_auth" {
  type = bool
}

resource "azurerm_search_service" "entra" {
  name                = "srch-entra"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  local_authentication_enabled = false
}

# The setting is an input without a default: not evaluated.
resource "azurerm_search_service" "unknown" {
  name                = "srch-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  local_authentication_enabled = var.local_auth
}

