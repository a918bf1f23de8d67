resource "azurerm_cosmosdb_account" "open" {
  name                          = "cosmos-open"
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
  public_network_access_enabled = false # want: AZ-COS-002 col 35
}

resource "azurerm_cosmosdb_account" "by_default" { # want: AZ-COS-002 col 1
  name = "cosmos-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  offer_type          = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "swedencentral"
    failover_priority = 0
  }
}
