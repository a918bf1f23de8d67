variable "setting" {
  type = string
}

resource "azurerm_application_gateway" "good" {
  name                = "agw-good"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}

# Not set: the default passes.
resource "azurerm_application_gateway" "by_default" {
  name                = "agw-default"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    capacity = 2
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_application_gateway" "unknown" {
  name                = "agw-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = var.setting
    capacity = 2
  }
}
