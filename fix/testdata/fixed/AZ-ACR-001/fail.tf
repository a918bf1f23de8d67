resource "azurerm_container_registry" "admin" {
  name          = "acradmin"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  admin_enabled = false # want: AZ-ACR-001 col 19
}
