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
  local_authentication_enabled = true # want: AZ-COS-001 col 34
}

# The azurerm v3/v4 spelling.
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
  local_authentication_disabled = false # want: AZ-COS-001 col 35
}

resource "azurerm_cosmosdb_account" "by_default" { # want: AZ-COS-001 col 1
  name = "cosmos-default"
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
}
