variable "anonymous" {
  type = bool
}

# anonymous_pull_enabled defaults to false.
resource "azurerm_container_registry" "by_default" {
  name = "acrdefault"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
}

# An input without a default: unknown, so not reported.
resource "azurerm_container_registry" "unknown" {
  name                   = "acrunknown"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  anonymous_pull_enabled = var.anonymous
}
