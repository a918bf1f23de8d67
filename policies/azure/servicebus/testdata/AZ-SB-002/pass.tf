variable "setting" {
  type = bool
}

resource "azurerm_servicebus_namespace" "good" {
  name                = "servicebus-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  public_network_access_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_servicebus_namespace" "unknown" {
  name                = "servicebus-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  public_network_access_enabled = var.setting
}
