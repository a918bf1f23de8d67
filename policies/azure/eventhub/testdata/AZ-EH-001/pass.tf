variable "setting" {
  type = bool
}

resource "azurerm_eventhub_namespace" "good" {
  name                = "eventhub-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  local_authentication_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_eventhub_namespace" "unknown" {
  name                = "eventhub-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  local_authentication_enabled = var.setting
}
