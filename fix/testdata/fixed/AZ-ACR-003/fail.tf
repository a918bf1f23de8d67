resource "azurerm_container_registry" "by_default" { # want: AZ-ACR-003 col 1
  name = "acrdefault"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  public_network_access_enabled = false
}

resource "azurerm_container_registry" "allow" {
  name = "acrallow"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  public_network_access_enabled = false

  network_rule_set {
    default_action = "Allow" # want: AZ-ACR-003 col 22
  }
}
