variable "identity_type" {
  type = string
}

resource "azurerm_search_service" "system" {
  name                = "srch-system"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"

  identity {
    type = "SystemAssigned"
  }
}

# The identity type is an input without a default: not evaluated.
resource "azurerm_search_service" "unknown" {
  name                = "srch-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"

  identity {
    type = var.identity_type
  }
}

