resource "azurerm_cosmosdb_account" "explicit" {
  name                               = "cosmos-writes"
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
  access_key_metadata_writes_enabled = false # want: AZ-COS-003 col 40
}

resource "azurerm_cosmosdb_account" "by_default" { # want: AZ-COS-003 col 1
  name = "cosmos-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  offer_type          = "Standard"
  access_key_metadata_writes_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "swedencentral"
    failover_priority = 0
  }
}
