variable "cmk" {
  type = bool
}

resource "azurerm_search_service" "cmk" {
  name                = "srch-cmk"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  customer_managed_key_enforcement_enabled = true
}

# The setting is an input without a default: not evaluated.
resource "azurerm_search_service" "unknown" {
  name                = "srch-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  customer_managed_key_enforcement_enabled = var.cmk
}

