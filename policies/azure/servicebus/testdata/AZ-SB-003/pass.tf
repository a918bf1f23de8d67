variable "setting" {
  type = string
}

resource "azurerm_servicebus_namespace" "good" {
  name                = "servicebus-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2"
}

# Not set: the default passes.
resource "azurerm_servicebus_namespace" "by_default" {
  name                = "servicebus-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
}

# An input without a default: unknown, so not reported.
resource "azurerm_servicebus_namespace" "unknown" {
  name                = "servicebus-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = var.setting
}
