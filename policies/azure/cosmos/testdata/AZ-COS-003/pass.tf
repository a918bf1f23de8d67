variable "writes" {
  type = bool
}

resource "azurerm_cosmosdb_account" "locked" {
  name                               = "cosmos-locked"
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
  access_key_metadata_writes_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_cosmosdb_account" "unknown" {
  name                               = "cosmos-unknown"
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
  access_key_metadata_writes_enabled = var.writes
}
