variable "admin" {
  type = bool
}

# admin_enabled defaults to false.
resource "azurerm_container_registry" "by_default" {
  name = "acrdefault"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
}

resource "azurerm_container_registry" "explicit" {
  name          = "acrexplicit"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  admin_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_container_registry" "unknown" {
  name          = "acrunknown"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  admin_enabled = var.admin
}
