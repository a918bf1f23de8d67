variable "setting" {
  type = string
}

resource "azurerm_databricks_workspace" "good" {
  name                = "dbw-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
    virtual_network_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/dbw"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_databricks_workspace" "unknown" {
  name                = "dbw-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
    virtual_network_id = var.setting
  }
}
