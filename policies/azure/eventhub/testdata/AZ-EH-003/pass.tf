variable "setting" {
  type = string
}

resource "azurerm_eventhub_namespace" "good" {
  name                = "eventhub-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2"
}

# Not set: the default passes.
resource "azurerm_eventhub_namespace" "by_default" {
  name                = "eventhub-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
}

# An input without a default: unknown, so not reported.
resource "azurerm_eventhub_namespace" "unknown" {
  name                = "eventhub-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = var.setting
}
