variable "ranges" {
  type = list(string)
}

resource "azurerm_cosmosdb_account" "private" {
  name                          = "cosmos-private"
  location            = "swedencentral"
  resource_group_name = "rg"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "swedencentral"
    failover_priority = 0
  }
  public_network_access_enabled = false
}

resource "azurerm_cosmosdb_account" "firewall" {
  name            = "cosmos-firewall"
  location            = "swedencentral"
  resource_group_name = "rg"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "swedencentral"
    failover_priority = 0
  }
  ip_range_filter = ["203.0.113.0/24"]
}

resource "azurerm_cosmosdb_account" "vnet" {
  name                              = "cosmos-vnet"
  location            = "swedencentral"
  resource_group_name = "rg"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "swedencentral"
    failover_priority = 0
  }
  is_virtual_network_filter_enabled = true

  virtual_network_rule {
    id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_cosmosdb_account" "unknown" {
  name            = "cosmos-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "swedencentral"
    failover_priority = 0
  }
  ip_range_filter = var.ranges
}
