resource "azurerm_container_registry" "anonymous" {
  name                   = "acranonymous"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  anonymous_pull_enabled = false # want: AZ-ACR-002 col 28
}
