variable "local_auth" {
  type = bool
}

resource "azurerm_cosmosdb_account" "v5" {
  name                         = "cosmos-v5"
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
  local_authentication_enabled = false
}

resource "azurerm_cosmosdb_account" "v4" {
  name                          = "cosmos-v4"
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
  local_authentication_disabled = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_cosmosdb_account" "unknown" {
  name                         = "cosmos-unknown"
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
  local_authentication_enabled = var.local_auth
}
